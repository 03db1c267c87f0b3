import { FormErrors, text, type FormResult, type PostedBody } from '../forms/form-result';
import { prefixed, type FieldValues, type SectionDefinition } from '../forms/question-fields';
import { parseSection, valuesFromContent } from '../forms/questions.form';
import { sectionNamed } from './section-definitions';

type Content = Record<string, unknown>;
type Referral = Readonly<{
  openRequest: Readonly<{ items: readonly string[] }> | null;
  sections: Readonly<Record<string, unknown>>;
}>;

export type RequestedSection = Readonly<{ name: string; definition: SectionDefinition }>;
export type Answer = Readonly<{ sections: { section: string; content: Content }[]; note?: string }>;

export const NOTHING_ANSWERED = 'Update the requested sections or add a note for the provider';

/** The sections an information request names (items such as `sen.ehcpCaseworker` name their section). */
export function requestedSections(referral: Referral): RequestedSection[] {
  const names = [...new Set((referral.openRequest?.items ?? []).map((item) => item.split('.')[0]!))];
  return names.flatMap((name) => {
    const definition = sectionNamed(name);
    return definition ? [{ name, definition: prefixed(definition, name) }] : [];
  });
}

/** The requested sections' current answers, so the school changes what is asked rather than typing it again. */
export function answerValues(referral: Referral): FieldValues {
  return Object.assign(
    {},
    ...requestedSections(referral).map((s) => valuesFromContent(s.definition, saved(referral, s.name))),
  );
}

/**
 * The school's answer: the requested sections it changed (or all of them, when it confirms they are right as they
 * are) and its note. An answer that does none of these is refused: the provider would otherwise be told
 * information was provided when nothing was.
 */
export function parseAnswer(referral: Referral, body: PostedBody): FormResult<Answer> {
  const errors = new FormErrors();
  const parsed = requestedSections(referral).map((s) => ({ ...s, form: parseSection(s.definition, body) }));
  for (const p of parsed) if (!p.form.ok) p.form.errors.forEach((e) => errors.add(e.field, e.message, e.href));
  const note = text(body, 'note') || undefined;
  const confirmed = text(body, 'confirmed') === 'yes';
  const sections = parsed
    .filter((p) => confirmed || !sameAnswers(p.definition, p.form.ok ? p.form.value : {}, saved(referral, p.name)))
    .map((p) => ({ section: p.name, content: p.form.ok ? p.form.value : {} }));
  if (errors.errors.length === 0 && sections.length === 0 && !note) errors.add('note', NOTHING_ANSWERED, '#note');
  return errors.result(() => ({ sections, ...(note ? { note } : {}) }));
}

const saved = (referral: Referral, name: string): Content | undefined => referral.sections[name] as Content | undefined;

/** Compared as the form shows them, so a number saved as 71.5 and typed as "71.5" are the same answer. */
function sameAnswers(definition: SectionDefinition, posted: Content, current: Content | undefined): boolean {
  return (
    JSON.stringify(valuesFromContent(definition, posted)) === JSON.stringify(valuesFromContent(definition, current))
  );
}
