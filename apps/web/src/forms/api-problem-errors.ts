import { ApiError } from '../api/api-client';
import { fieldError, type FieldError } from './form-result';

/**
 * A form the API refused (400 or 422 naming a field) becomes an error beside that field, in the words the page
 * gives for it; anything else is rethrown for the error pages. The field the API names is looked up whole
 * (`timetable.partTime.reason`), then by its first part (`timetable`); `field` names the question it belongs to
 * on the page when that differs.
 */
export function apiFieldErrors(
  error: unknown,
  fields: Readonly<Record<string, Readonly<{ href: string; message?: string; field?: string }>>>,
  fallback: string,
): FieldError[] {
  if (!(error instanceof ApiError) || ![400, 409, 422].includes(error.status)) throw error;
  const path = String(error.problem.field ?? '');
  const field = fields[path] ? path : (path.split('.')[0] ?? '');
  const known = fields[field];
  const message = known?.message ?? error.problem.detail ?? error.problem.title;
  const at = known ? known.href : (Object.values(fields)[0]?.href ?? '#main-content');
  return [fieldError(known ? (known.field ?? field) : 'form', known ? message : `${fallback}: ${message}`, at)];
}
