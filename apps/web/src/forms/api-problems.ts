import { ApiError } from '../api/api-client';
import { fieldError, type FieldError } from './form-result';

/**
 * A refusal the user can fix (a 400 or 422 problem) as errors on the page: on the field the problem names when the
 * form has it (`fields` maps API field names to form ids), otherwise at the top of the form. Anything else rethrows.
 */
export function problemAsErrors(
  error: unknown,
  fields: Readonly<Record<string, string>> = {},
  fallback = 'form',
): FieldError[] {
  if (!(error instanceof ApiError) || ![400, 409, 412, 422].includes(error.status)) throw error;
  const { problem } = error;
  const message = String(problem.detail ?? problem.title);
  const named = problem.field ? (fields[problem.field] ?? fields[problem.field.split('.')[0]!]) : undefined;
  if (error.status === 409 || error.status === 412)
    return [
      fieldError(fallback, 'Someone else changed this record while you were working on it. Check it and try again.'),
    ];
  return [fieldError(named ?? fallback, sentence(message), named ? `#${named}` : `#${fallback}`)];
}

const sentence = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
