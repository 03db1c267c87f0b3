/** One field's error as GOV.UK shows it: in the error summary (linking to `href`) and beside the field. */
export type FieldError = Readonly<{ field: string; href: string; message: string }>;

/** What a Form returns: the values to send to the API, or the errors to show with what the user typed. */
export type FormResult<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; errors: readonly FieldError[] }>;

export type PostedBody = Readonly<Record<string, unknown>>;

export const fieldError = (field: string, message: string, href = `#${field}`): FieldError => ({
  field,
  href,
  message,
});

/** `govukErrorSummary` arguments, or undefined when there is nothing to show. */
export function errorSummary(errors: readonly FieldError[]): object | undefined {
  if (errors.length === 0) return undefined;
  return {
    titleText: 'There is a problem',
    errorList: errors.map((e) => ({ text: e.message, href: e.href })),
  };
}

/** `errorMessage` for a component: the first error of the field, if any. */
export function errorMessageFor(errors: readonly FieldError[], field: string): { text: string } | undefined {
  const error = errors.find((e) => e.field === field);
  return error ? { text: error.message } : undefined;
}

/** A trimmed text input ('' when absent or not text). */
export const text = (body: PostedBody, name: string): string => {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** Every checked value of a checkbox group (one value arrives as a string, several as an array). */
export const checked = (body: PostedBody, name: string): string[] => {
  const value = body[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
};

/** A form that failed the API's own check (422 or 400 naming a field) becomes a field error on the page. */
export class FormErrors {
  private readonly list: FieldError[] = [];

  add(field: string, message: string, href?: string): void {
    this.list.push(fieldError(field, message, href));
  }

  get errors(): readonly FieldError[] {
    return this.list;
  }

  result<T>(value: () => T): FormResult<T> {
    return this.list.length > 0 ? { ok: false, errors: this.list } : { ok: true, value: value() };
  }
}
