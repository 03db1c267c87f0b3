import { fieldLabel, validationSentence } from './validation-messages';

describe('validation messages for people', () => {
  it('asks for a missing name in words', () => {
    expect(validationSentence('fullName', 'isNotEmpty', 'fullName should not be empty')).toBe(
      "Enter the pupil's full name",
    );
  });

  it('names a nested field by its last part', () => {
    expect(fieldLabel('exclusion.firstDay')).toBe('first day');
    expect(validationSentence('exclusion.firstDay', 'isIsoDate', 'x')).toBe(
      'Enter the first day as a date, like 2026-03-02',
    );
  });

  it('keeps the limits and choices of the rule', () => {
    expect(validationSentence('percent', 'max', 'percent must not be greater than 100')).toBe(
      'The percent must be 100 or less',
    );
    expect(validationSentence('reason', 'isIn', 'reason must be one of the following values: suspension, other')).toBe(
      'Choose the reason from: suspension, other',
    );
  });

  it('tells the sender to remove a field the request does not have', () => {
    expect(validationSentence('colour', 'whitelistValidation', 'property colour should not exist')).toBe(
      'Remove colour: the request has no such field',
    );
  });
});
