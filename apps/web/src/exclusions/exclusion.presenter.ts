import { EXCLUSION_REASONS, EXCLUSION_TYPES, yearGroupText } from '../words/codes';
import { dateTime, longDate } from '../words/dates';
import { responsibleName, type ResponsibleBody } from '../words/organisations';
import { NOTICE_KINDS } from './parent-notice.form';

export type ExclusionEntryView = Readonly<{
  exclusionId: string;
  upn: string;
  exclusionType: string;
  startDate: string;
  startsPartWay: boolean;
  sessions?: number;
  reasons: readonly string[];
  yearGroup: number | string;
  lookedAfter?: boolean;
  ehcPlan?: boolean;
  cancelled: boolean;
}>;
type Duty = Readonly<{
  exclusionIds: readonly string[];
  day6: string;
  responsible: ResponsibleBody;
}>;
export type PupilExclusions = Readonly<{
  exclusions: Readonly<Record<string, ExclusionEntryView>>;
  duties: readonly Duty[];
  notices?: Readonly<Record<string, Readonly<{ first?: string; provision?: string }>>>;
}>;

const BANNERS: Readonly<Record<string, string>> = {
  notice: 'Parent notice recorded',
  cancelled: 'Exclusion cancelled: it no longer counts towards day 6',
};

const lengthText = (e: ExclusionEntryView): string => {
  if (e.exclusionType === 'PERM') return 'Permanent';
  if (e.exclusionType === 'LNCH') return 'One lunchtime';
  const days = (e.sessions ?? 0) / 2;
  return `${days} school day${days === 1 ? '' : 's'}`;
};

const row = (key: string, text: string, id?: string) => ({
  key: { text: key },
  value: id ? { html: `<span id="${id}">${text}</span>` } : { text },
});

/**
 * One exclusion as the school recorded it: its facts, the day-6 duty it is part of, the parent notices given, and
 * what the school may still do (record a notice; cancel while it stands). `done` names what was just done.
 */
export function presentExclusion(records: PupilExclusions, exclusionId: string, schoolName: string, done?: string) {
  const entry = records.exclusions[exclusionId];
  if (!entry) return null;
  const notices = records.notices?.[exclusionId] ?? {};
  const duty = records.duties.filter((d) => d.exclusionIds.includes(exclusionId)).at(-1);
  const responsible = duty ? responsibleName(duty.responsible, schoolName) : undefined;
  return {
    title: EXCLUSION_TYPES[entry.exclusionType] ?? 'Exclusion',
    caption: `UPN ${entry.upn}, ${yearGroupText(entry.yearGroup)}`,
    status: entry.cancelled
      ? { text: 'Cancelled', classes: 'govuk-tag--grey' }
      : { text: 'In force', classes: 'govuk-tag--blue' },
    banner: done ? BANNERS[done] : undefined,
    facts: [
      row('First day', `${longDate(entry.startDate)}${entry.startsPartWay ? ' (from the afternoon)' : ''}`),
      row('Length', lengthText(entry)),
      row('Reasons', entry.reasons.map((r) => EXCLUSION_REASONS[r] ?? r).join(', ')),
      // REFERENCE §0: looked after means provision from day 1; an EHC plan allows the reg 5 exception.
      row('Looked after', entry.lookedAfter ? 'Yes: provision expected from day 1' : 'No'),
      row('EHC plan', entry.ehcPlan ? 'Yes' : 'No'),
      ...(duty && !entry.cancelled ? [row('Day 6', `${longDate(duty.day6)}: ${responsible} is responsible`)] : []),
    ],
    notices: (['first', 'provision'] as const).map((kind) =>
      row(
        NOTICE_KINDS[kind].text,
        notices[kind] ? `Given ${dateTime(notices[kind])}` : 'Not recorded',
        `notice-${kind}`,
      ),
    ),
    canChange: !entry.cancelled,
  };
}
