import { FormErrors } from './form-result';
import { parseDate, partsOf } from './date-input';

const messages = { missing: 'Enter the first day of the exclusion', label: 'the first day of the exclusion' };
const parse = (day: string, month: string, year: string) => {
  const errors = new FormErrors();
  const value = parseDate(
    { 'first-day-day': day, 'first-day-month': month, 'first-day-year': year },
    'first-day',
    errors,
    messages,
  );
  return { value, errors: errors.errors };
};

describe('the GOV.UK date input', () => {
  it('reads a real date as an ISO date', () => {
    expect(parse('6', '11', '2025')).toEqual({ value: '2025-11-06', errors: [] });
  });

  it('asks for the date when nothing is entered, linking to the day field', () => {
    expect(parse('', '', '').errors).toEqual([
      { field: 'first-day', href: '#first-day-day', message: 'Enter the first day of the exclusion' },
    ]);
  });

  it('names the missing parts and links to the first of them', () => {
    expect(parse('6', '', '').errors).toEqual([
      {
        field: 'first-day',
        href: '#first-day-month',
        message: 'The first day of the exclusion must include a month and year',
      },
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(parse('31', '2', '2025').errors[0]!.message).toBe('The first day of the exclusion must be a real date');
    expect(parse('1', '1', '25').errors[0]!.message).toBe('The first day of the exclusion must be a real date');
  });

  it('shows an ISO date back as its three parts', () => {
    expect(partsOf('2025-11-06')).toEqual({ day: '6', month: '11', year: '2025' });
  });
});
