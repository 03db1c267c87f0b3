import { longDate } from '../words/dates';
import { escapeHtml } from '../views/html';
import { SECTIONS } from './sections/section-definitions';
import type { Field, SectionDefinition } from './sections/section-fields';

type Content = Record<string, unknown>;

/**
 * A section's answers as a GOV.UK summary card: each question with the answer in words (dates written out, codes
 * as their names, yes or no), the revealed questions only where they apply, and a change link when it may change.
 */
export function sectionSummaryCards(
  sections: Record<string, unknown>,
  options: { changeHref?: (section: string) => string; only?: readonly string[] } = {},
) {
  return SECTIONS.filter((s) => !options.only || options.only.includes(s.name)).map((definition) => {
    const content = sections[definition.name] as Content | undefined;
    return {
      card: {
        title: { text: definition.title },
        actions: options.changeHref
          ? {
              items: [
                {
                  href: options.changeHref(definition.name),
                  text: content ? 'Change' : 'Add',
                  visuallyHiddenText: definition.title.toLowerCase(),
                },
              ],
            }
          : undefined,
      },
      rows: content
        ? rowsFor(definition, content)
        : [{ key: { text: 'Not completed' }, value: { text: 'Not entered yet' } }],
    };
  });
}

function rowsFor(definition: SectionDefinition, content: Content) {
  const rows: { key: { text: string }; value: { html?: string; text?: string } }[] = [];
  const visit = (field: Field) => {
    const answer = field.virtual ? field.virtual(content) : field.path ? get(content, field.path) : undefined;
    if (!field.virtual && answer === undefined) return;
    if (!field.virtual)
      rows.push({ key: { text: field.label.replace(' (optional)', '') }, value: { html: display(field, answer) } });
    const chosen = field.kind === 'yesno' && !field.virtual ? (answer ? 'yes' : 'no') : String(answer ?? '');
    if ('conditional' in field) for (const child of field.conditional?.[chosen] ?? []) visit(child);
  };
  definition.fields.forEach(visit);
  return rows;
}

function display(field: Field, answer: unknown): string {
  switch (field.kind) {
    case 'date':
      return escapeHtml(longDate(String(answer)));
    case 'yesno':
      return answer ? 'Yes' : 'No';
    case 'lines':
      return `<ul class="govuk-list govuk-list--bullet">${(answer as string[]).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
    case 'radios':
    case 'select':
      return escapeHtml(field.options?.find((o) => o.value === String(answer))?.text ?? String(answer));
    case 'number':
      return escapeHtml(`${answer}${field.suffix === '%' ? '%' : field.suffix ? ` ${field.suffix}` : ''}`);
    default:
      return escapeHtml(String(answer)).replace(/\n/g, '<br>');
  }
}

const get = (content: Content, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Content | undefined)?.[key], content);
