import { easterSunday, englandAndWalesBankHolidays, ENGLAND_AND_WALES_BANK_HOLIDAYS } from './bank-holidays';
import { dayOfWeek } from './iso-date';

describe('England and Wales bank holidays for any year', () => {
  it('match REFERENCE §3.1 for 2025–2027, substitute days included', () => {
    expect(englandAndWalesBankHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(englandAndWalesBankHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('keep going after 2027: Easter 2030 falls on 21 April, Christmas 2032 on a Saturday', () => {
    expect(easterSunday(2030)).toBe('2030-04-21');
    expect(englandAndWalesBankHolidays(2032)).toEqual(expect.arrayContaining(['2032-12-27', '2032-12-28']));
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.has('2030-04-19')).toBe(true);
  });

  it('know the days moved and the one-offs announced: the 2022 jubilee and funeral, the 2023 coronation', () => {
    expect(englandAndWalesBankHolidays(2022)).toEqual(
      expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19', '2022-12-26', '2022-12-27']),
    );
    expect(englandAndWalesBankHolidays(2022)).not.toContain('2022-05-30');
    expect(englandAndWalesBankHolidays(2023)).toContain('2023-05-08');
    expect(englandAndWalesBankHolidays(2020)).toContain('2020-05-08');
  });
});

describe('bank-holiday rules over two centuries', () => {
  const years = Array.from({ length: 200 }, (_, i) => 1980 + i);
  it('put Easter on a Sunday between 22 March and 25 April', () => {
    for (const year of years) {
      const easter = easterSunday(year);
      expect([dayOfWeek(easter), easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25']).toEqual([0, true]);
    }
  });
  it('give at least eight weekday holidays a year and none at a weekend', () => {
    for (const year of years) {
      const days = englandAndWalesBankHolidays(year);
      expect(days.length).toBeGreaterThanOrEqual(8);
      expect(days.filter((d) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6)).toEqual([]);
    }
  });
});
