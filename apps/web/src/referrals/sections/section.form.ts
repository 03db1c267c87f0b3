import { dateParts, parseDate, partsOf } from '../../forms/date-input';
import { checked, FormErrors, text, type FormResult, type PostedBody } from '../../forms/form-result';
import type { Field, FieldValues, SectionDefinition } from './section-fields';

type Content = Record<string, unknown>;

/**
 * Parses a posted section form into the content the API takes, or the errors to show. Questions revealed by an
 * answer (a social worker's details when there is one) are read only when that answer was given.
 */
export function parseSection(definition: SectionDefinition, body: PostedBody): FormResult<Content> {
  const errors = new FormErrors();
  const content: Content = {};
  for (const field of definition.fields) parseField(field, body, errors, content);
  return errors.result(() => content);
}

function parseField(field: Field, body: PostedBody, errors: FormErrors, content: Content): void {
  const empty = () => {
    if (field.required)
      errors.add(field.id, field.required, field.kind === 'date' ? `#${field.id}-day` : `#${field.id}`);
  };
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const value = field.transform === 'upper' ? text(body, field.id).toUpperCase() : text(body, field.id);
      if (value === '') return empty();
      if (field.maxLength && value.length > field.maxLength)
        return errors.add(field.id, `${plainLabel(field.label)} must be ${field.maxLength} characters or fewer`);
      if (field.pattern && !field.pattern.regex.test(value)) return errors.add(field.id, field.pattern.message);
      return set(content, field.path, value);
    }
    case 'lines': {
      const lines = text(body, field.id)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (lines.length === 0) return empty();
      return set(content, field.path, lines);
    }
    case 'number': {
      const raw = text(body, field.id).replace(/%$/, '').trim();
      if (raw === '') return empty();
      const value = Number(raw);
      const valid =
        /^\d+(\.\d+)?$/.test(raw) &&
        value >= field.min &&
        value <= field.max &&
        (!field.integer || Number.isInteger(value));
      if (!valid) return errors.add(field.id, field.invalid);
      return set(content, field.path, value);
    }
    case 'date': {
      const parts = dateParts(body, field.id);
      if (!parts.day && !parts.month && !parts.year && !field.required) return;
      const value = parseDate(body, field.id, errors, { missing: field.required ?? '', label: field.inSentence });
      return value ? set(content, field.path, value) : undefined;
    }
    case 'radios':
    case 'select':
    case 'yesno': {
      const allowed = field.kind === 'yesno' ? ['yes', 'no'] : (field.options ?? []).map((o) => o.value);
      const value = checked(body, field.id)[0] ?? '';
      if (value === '' || !allowed.includes(value)) return empty();
      if (!field.virtual)
        set(
          content,
          field.path,
          field.kind === 'yesno' ? value === 'yes' : field.toValue ? field.toValue(value) : value,
        );
      for (const child of field.conditional?.[value] ?? []) parseField(child, body, errors, content);
      return;
    }
  }
}

/** The saved section content as the values its form shows. */
export function valuesFromContent(definition: SectionDefinition, content: Content | undefined): FieldValues {
  const values: Record<string, string> = {};
  if (!content) return values;
  const visit = (field: Field) => {
    const saved = field.path ? get(content, field.path) : undefined;
    switch (field.kind) {
      case 'date': {
        const parts = partsOf(typeof saved === 'string' ? saved : undefined);
        values[`${field.id}-day`] = parts.day;
        values[`${field.id}-month`] = parts.month;
        values[`${field.id}-year`] = parts.year;
        break;
      }
      case 'lines':
        values[field.id] = Array.isArray(saved) ? saved.join('\n') : '';
        break;
      case 'yesno':
        values[field.id] = field.virtual ? field.virtual(content) : saved === undefined ? '' : saved ? 'yes' : 'no';
        break;
      default:
        values[field.id] = field.virtual
          ? field.virtual(content)
          : saved === undefined || saved === null
            ? ''
            : String(saved);
    }
    if ('conditional' in field) for (const children of Object.values(field.conditional ?? {})) children.forEach(visit);
  };
  definition.fields.forEach(visit);
  return values;
}

/** What the user posted, as the values the form shows again beside the errors. */
export function valuesFromBody(body: PostedBody): FieldValues {
  return Object.fromEntries(
    Object.entries(body)
      .filter(([key]) => key !== '_csrf')
      .map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : String(value ?? '')]),
  );
}

const plainLabel = (label: string): string => label.replace(/ \(optional\)$/, '').replace(/\?$/, '');

function set(content: Content, path: string | undefined, value: unknown): void {
  if (!path) return;
  const keys = path.split('.');
  let target = content;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Content;
  target[keys[keys.length - 1]!] = value;
}

function get(content: Content, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Content | undefined)?.[key], content);
}
