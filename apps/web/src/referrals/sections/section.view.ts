import { dateInputItems } from '../../forms/date-input';
import { errorMessageFor, type FieldError } from '../../forms/form-result';
import type { Field, FieldValues, SectionDefinition } from './section-fields';

/** One GOV.UK component call: the macro, its arguments, and the questions an answer reveals. */
export type Component = Readonly<{
  macro: 'govukInput' | 'govukTextarea' | 'govukDateInput' | 'govukRadios' | 'govukSelect';
  args: Record<string, unknown>;
  conditionals?: Readonly<Record<string, readonly Component[]>>;
}>;

/** The components of a section form, filled with `values` and marked with `errors`. */
export function sectionComponents(
  definition: SectionDefinition,
  values: FieldValues,
  errors: readonly FieldError[],
): Component[] {
  return definition.fields.map((field) => component(field, values, errors));
}

function component(field: Field, values: FieldValues, errors: readonly FieldError[]): Component {
  const value = (id: string) => {
    const v = values[id];
    return Array.isArray(v) ? (v[0] ?? '') : ((v as string | undefined) ?? '');
  };
  const base = {
    id: field.id,
    name: field.id,
    hint: field.hint ? { text: field.hint } : undefined,
    errorMessage: errorMessageFor(errors, field.id),
  };
  const label = { text: field.label, classes: 'govuk-label--s' };
  const legend = { legend: { text: field.label, classes: 'govuk-fieldset__legend--s' } };
  switch (field.kind) {
    case 'text':
      return {
        macro: 'govukInput',
        args: {
          ...base,
          label,
          value: value(field.id),
          classes: field.width,
          type: field.inputType,
          autocomplete: field.autocomplete,
          spellcheck: field.spellcheck,
        },
      };
    case 'textarea':
    case 'lines':
      return {
        macro: 'govukTextarea',
        args: { ...base, label, value: value(field.id), rows: field.kind === 'lines' ? 4 : 5 },
      };
    case 'number':
      return {
        macro: 'govukInput',
        args: {
          ...base,
          label,
          value: value(field.id),
          classes: 'govuk-input--width-5',
          inputmode: field.integer ? 'numeric' : 'decimal',
          spellcheck: false,
          suffix: field.suffix ? { text: field.suffix } : undefined,
        },
      };
    case 'date':
      return {
        macro: 'govukDateInput',
        args: {
          ...base,
          namePrefix: field.id,
          fieldset: legend,
          items: dateInputItems(
            { day: value(`${field.id}-day`), month: value(`${field.id}-month`), year: value(`${field.id}-year`) },
            Boolean(base.errorMessage),
          ),
        },
      };
    case 'select':
      return {
        macro: 'govukSelect',
        args: {
          ...base,
          label,
          items: [
            ...(field.options?.some((o) => o.value === '') ? [] : [{ value: '', text: 'Select one' }]),
            ...(field.options ?? []).map((o) => ({
              value: o.value,
              text: o.text,
              selected: o.value === value(field.id),
            })),
          ],
        },
      };
    case 'radios':
    case 'yesno': {
      const options =
        field.kind === 'yesno'
          ? [
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]
          : (field.options ?? []);
      const conditionals = Object.fromEntries(
        Object.entries(field.conditional ?? {}).map(([answer, children]) => [
          answer,
          children.map((child) => component(child, values, errors)),
        ]),
      );
      return {
        macro: 'govukRadios',
        args: {
          ...base,
          fieldset: legend,
          classes: field.inline && !field.conditional ? 'govuk-radios--inline' : undefined,
          items: options.map((o) => ({
            value: o.value,
            text: o.text,
            hint: o.hint ? { text: o.hint } : undefined,
            checked: o.value === value(field.id),
          })),
        },
        conditionals,
      };
    }
  }
}
