import type { FormErrors, PostedBody } from './form-result';

/**
 * The GOV.UK date input: three fields `<name>-day`, `<name>-month`, `<name>-year`. Errors follow the Design
 * System's wording ("<Label> must include a month", "<Label> must be a real date") and link to the first field
 * at fault.
 */
export type DateParts = Readonly<{ day: string; month: string; year: string }>;

export const dateParts = (body: PostedBody, name: string): DateParts => ({
  day: String(body[`${name}-day`] ?? '').trim(),
  month: String(body[`${name}-month`] ?? '').trim(),
  year: String(body[`${name}-year`] ?? '').trim(),
});

/** An ISO date ('2025-11-06') as the three parts the date input shows. */
export const partsOf = (iso: string | null | undefined): DateParts => {
  if (!iso) return { day: '', month: '', year: '' };
  const [year, month, day] = iso.slice(0, 10).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? '' };
};

/**
 * Parses a date input, adding an error to `errors` when it is missing or not a real date. `label` is how the
 * question names the date in a sentence ("the date the attendance figure was taken").
 */
export function parseDate(
  body: PostedBody,
  name: string,
  errors: FormErrors,
  messages: Readonly<{ missing: string; label: string }>,
): string | undefined {
  const parts = dateParts(body, name);
  const missing = (['day', 'month', 'year'] as const).filter((p) => parts[p] === '');
  if (missing.length === 3) {
    errors.add(name, messages.missing, `#${name}-day`);
    return undefined;
  }
  if (missing.length > 0) {
    errors.add(name, `${capitalise(messages.label)} must include a ${missing.join(' and ')}`, `#${name}-${missing[0]}`);
    return undefined;
  }
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    /^\d{4}$/.test(parts.year) &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!real) {
    errors.add(name, `${capitalise(messages.label)} must be a real date`, `#${name}-day`);
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** `items` for govukDateInput, marking the fields in error. */
export function dateInputItems(parts: DateParts, hasError: boolean) {
  const error = hasError ? ' govuk-input--error' : '';
  return [
    { name: 'day', label: 'Day', classes: `govuk-input--width-2${error}`, value: parts.day },
    { name: 'month', label: 'Month', classes: `govuk-input--width-2${error}`, value: parts.month },
    { name: 'year', label: 'Year', classes: `govuk-input--width-4${error}`, value: parts.year },
  ];
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
