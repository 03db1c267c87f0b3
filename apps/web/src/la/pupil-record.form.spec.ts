import { readRecordAt, ukInstant } from './pupil-record.form';

const TODAY = '2026-11-30';

describe('"show the record as it was on"', () => {
  it('reads a UK clock time in winter and in summer as the instant it names', () => {
    expect(ukInstant('2025-11-06', '09:30')).toBe('2025-11-06T09:30:00.000Z');
    expect(ukInstant('2026-06-01', '09:30')).toBe('2026-06-01T08:30:00.000Z');
  });

  it('takes the end of the day when no time is given, and a second date to compare with', () => {
    const read = readRecordAt(
      {
        'at-day': '6',
        'at-month': '11',
        'at-year': '2025',
        'compare-day': '7',
        'compare-month': '11',
        'compare-year': '2025',
        'compare-time': '8:00',
      },
      TODAY,
    );
    expect(read).toEqual({ asOf: '2025-11-06T23:59:00.000Z', compareTo: '2025-11-07T08:00:00.000Z', errors: [] });
  });

  it('says what to fix when the date is not real or the time is not a time', () => {
    const read = readRecordAt({ 'at-day': '31', 'at-month': '2', 'at-year': '2025', 'at-time': '25:00' }, TODAY);
    expect(read?.errors.map((e) => e.message)).toEqual([
      'The date must be a real date',
      'Enter the time as hours and minutes, like 14:30',
    ]);
  });

  it('refuses a date after today, first or second, and takes today itself', () => {
    const read = readRecordAt(
      {
        ...{ 'at-day': '1', 'at-month': '1', 'at-year': '2030' },
        ...{ 'compare-day': '1', 'compare-month': '12', 'compare-year': '2026' },
      },
      TODAY,
    );
    expect(read?.errors.map((e) => [e.field, e.message])).toEqual([
      ['at', 'The date must be today or in the past'],
      ['compare', 'The second date must be today or in the past'],
    ]);
    expect(readRecordAt({ 'at-day': '30', 'at-month': '11', 'at-year': '2026' }, TODAY)?.errors).toEqual([]);
  });
});
