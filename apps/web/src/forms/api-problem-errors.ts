import { ApiError } from '../api/api-client';
import { fieldError, type FieldError } from './form-result';

/**
 * A form the API refused (400 or 422 naming a field) becomes an error beside that field, in the words the page
 * gives for it; anything else is rethrown for the error pages.
 */
export function apiFieldErrors(
  error: unknown,
  fields: Readonly<Record<string, Readonly<{ href: string; message?: string }>>>,
  fallback: string,
): FieldError[] {
  if (!(error instanceof ApiError) || ![400, 409, 422].includes(error.status)) throw error;
  const field = String(error.problem.field ?? '').split('.')[0] ?? '';
  const known = fields[field];
  const message = known?.message ?? error.problem.detail ?? error.problem.title;
  const at = known ? known.href : (Object.values(fields)[0]?.href ?? '#main-content');
  return [fieldError(known ? field : 'form', known ? message : `${fallback}: ${message}`, at)];
}
