import { addCalendarDays, dayOfWeek, isIsoDate } from './iso-date';

describe('ISO dates', () => {
  it.each(['2026-02-28', '2028-02-29', '2025-12-31'])('accepts the real date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-2-3', '2026-02-03T00:00:00Z', '', '03/02/2026'])(
    'rejects %s',
    (value) => expect(isIsoDate(value)).toBe(false),
  );

  it('adds calendar days across a month and a year end', () => {
    expect([addCalendarDays('2025-12-31', 1), addCalendarDays('2026-03-01', -1)]).toEqual(['2026-01-01', '2026-02-28']);
  });

  it('knows Thu 23 Oct 2025 is a Thursday and dates before 1970 still work', () => {
    expect([dayOfWeek('2025-10-23'), dayOfWeek('1969-12-31')]).toEqual([4, 3]);
  });
});
