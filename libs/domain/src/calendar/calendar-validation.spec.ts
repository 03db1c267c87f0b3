import { validateCalendar } from './calendar-validation';
import { calendarWith } from './calendar.fixtures';

describe('validating a calendar sent to the API', () => {
  it('reports a term that ends before it starts', () => {
    expect(validateCalendar(calendarWith({ terms: [{ start: '2026-01-09', end: '2026-01-05' }] }))).toEqual([
      'Term 2026-01-09 – 2026-01-05 ends before it starts',
    ]);
  });

  it('reports overlapping terms', () => {
    const terms = [
      { start: '2026-01-05', end: '2026-02-13' },
      { start: '2026-02-10', end: '2026-03-27' },
    ];
    expect(validateCalendar(calendarWith({ terms }))).toEqual([
      'Term 2026-02-10 – 2026-03-27 overlaps term 2026-01-05 – 2026-02-13',
    ]);
  });

  it('reports dates that do not exist', () => {
    const calendar = calendarWith({ terms: [{ start: '2026-01-05', end: '2026-02-30' }], closures: ['2026-13-01'] });
    expect(validateCalendar(calendar)).toEqual([
      'Term date "2026-02-30" is not a real date (YYYY-MM-DD)',
      'Closure "2026-13-01" is not a real date (YYYY-MM-DD)',
    ]);
  });

  it('reports an INSET day outside every term', () => {
    expect(validateCalendar(calendarWith({ insetDays: ['2025-10-29'] }))).toEqual([
      'INSET day 2025-10-29 is outside every term',
    ]);
  });

  it('reports a calendar with no terms or no name', () => {
    expect(validateCalendar(calendarWith({ terms: [], name: ' ' }))).toEqual([
      'The calendar needs a name',
      'The calendar has no terms',
    ]);
  });

  it('reports session times given in the wrong order', () => {
    expect(
      validateCalendar(calendarWith({ sessionTimes: { morningStarts: '15:30', afternoonEnds: '08:45' } })),
    ).toEqual(['The morning session must start before the afternoon session ends']);
  });
});
