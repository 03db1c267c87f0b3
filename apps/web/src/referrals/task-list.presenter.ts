import { SECTIONS, TASK_GROUPS } from './sections/section-definitions';
import type { MissingItem } from './missing-items';

type Status = Readonly<{ text: string; tag?: Readonly<{ text: string; classes: string }> }>;

const COMPLETED: Status = { text: 'Completed' };
const NOT_STARTED: Status = { tag: { text: 'Not started', classes: 'govuk-tag--blue' }, text: 'Not started' };
const IN_PROGRESS: Status = { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' }, text: 'In progress' };
const OUT_OF_DATE: Status = { tag: { text: 'Out of date', classes: 'govuk-tag--yellow' }, text: 'Out of date' };

/**
 * The referral task list: each section with its status. A section is completed when saved with nothing missing,
 * in progress when saved with something still missing, out of date when its figure is older than 6 months.
 */
export function presentTaskList(referral: {
  referralId: string;
  sections: Record<string, unknown>;
  missing: readonly MissingItem[];
}) {
  const statusOf = (name: string): Status => {
    if (referral.sections[name] === undefined) return NOT_STARTED;
    const missing = referral.missing.filter((m) => m.item === name || m.item.startsWith(`${name}.`));
    if (missing.some((m) => m.problem === 'out_of_date')) return OUT_OF_DATE;
    return missing.length > 0 ? IN_PROGRESS : COMPLETED;
  };
  const groups = TASK_GROUPS.map((group) => ({
    heading: group.heading,
    tasks: group.sections.map((name) => ({
      name,
      title: SECTIONS.find((s) => s.name === name)!.title,
      href: `/referrals/${referral.referralId}/sections/${name}`,
      status: statusOf(name),
    })),
  }));
  const all = groups.flatMap((g) => g.tasks);
  const completed = all.filter((t) => t.status === COMPLETED).length;
  return {
    groups,
    completed,
    total: all.length,
    summary: `You have completed ${completed} of ${all.length} sections.`,
    ready: referral.missing.length === 0,
  };
}
