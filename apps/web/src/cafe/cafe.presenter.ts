import { longDate, shortDate } from '../words/dates';

export const CAFE_REASON_TEXT: Readonly<Record<string, string>> = {
  no_provision_after_day6: 'No provision from day 6',
  part_time_timetable: 'Part-time timetable',
  below_benchmark: 'Below full-time hours',
  ill_out_of_school: 'Ill and out of school',
};

export type WorklistPupil = Readonly<{
  upn: string;
  reasons: string[];
  facts: ReadonlyArray<Record<string, unknown>>;
  lastReviewedOn: string | null;
  openActions: number;
}>;

/** A school by name; an LA (a permanent exclusion's referral names the LA's code) as the LA. */
const schoolText = (name: string, id: string) =>
  name || (/^\d{3}$/.test(id) ? `local authority ${id}` : `the school with URN ${id}`);

/** One fact as the panel reads it: "15 hours a week at Bridges Learning since 3 November 2025 (tier 2)". */
function factText(fact: Record<string, unknown>): string {
  const s = (k: string) => (fact[k] === null || fact[k] === undefined ? '' : String(fact[k]));
  switch (fact['reason']) {
    case 'no_provision_after_day6':
      return `Day 6 was ${longDate(s('day6'))}; excluded by ${schoolText(s('schoolName'), s('schoolUrn'))}`;
    case 'part_time_timetable':
    case 'below_benchmark':
      return `${s('hoursPerWeek')} hours a week at ${s('providerName') || s('providerId')} since ${longDate(s('since'))}${
        fact['endDate'] ? `, to end ${longDate(s('endDate'))}` : ''
      }${fact['tier'] ? ` (tier ${s('tier')})` : ''}`;
    case 'ill_out_of_school':
      return `Referred by ${schoolText(s('commissionerName'), s('commissionerId'))} on ${longDate(s('since'))}`;
    default:
      return '';
  }
}

/** The CAFE panel's worklist: never reviewed first, each pupil with why and the facts. */
export function presentWorklist(pupils: readonly WorklistPupil[]) {
  return pupils.map((p) => ({
    upn: p.upn,
    reasons: p.reasons.map((r) => CAFE_REASON_TEXT[r] ?? r),
    facts: p.facts.map(factText).filter((f) => f !== ''),
    lastReviewed: p.lastReviewedOn ? shortDate(p.lastReviewedOn) : 'Not reviewed',
    openActions: p.openActions,
    reviewHref: `/la/cafe/review?upn=${encodeURIComponent(p.upn)}&reasons=${encodeURIComponent(p.reasons.join(','))}`,
    reviewsHref: `/la/cafe/reviews?upn=${encodeURIComponent(p.upn)}`,
  }));
}

export type CafeReviewRecord = Readonly<{
  reviewId: string;
  upn: string;
  heldOn: string;
  attendees: string[];
  reasons: string[];
  recommendations: string[];
  actions: ReadonlyArray<{
    actionId: string;
    description: string;
    owner: string;
    dueDate: string;
    completedOn: string | null;
    overdue: boolean;
  }>;
}>;

export function presentReviews(reviews: readonly CafeReviewRecord[]) {
  return reviews.map((r) => ({
    reviewId: r.reviewId,
    heading: `Review on ${longDate(r.heldOn)}`,
    attendees: r.attendees.join(', '),
    reasons: r.reasons.map((x) => CAFE_REASON_TEXT[x] ?? x).join(', '),
    recommendations: r.recommendations,
    actions: r.actions.map((a) => ({
      actionId: a.actionId,
      description: a.description,
      owner: a.owner,
      due: longDate(a.dueDate),
      status: a.completedOn
        ? { text: `Done ${shortDate(a.completedOn)}`, classes: 'govuk-tag--green' }
        : a.overdue
          ? { text: 'Overdue', classes: 'govuk-tag--red' }
          : { text: 'To do', classes: 'govuk-tag--grey' },
      done: Boolean(a.completedOn),
    })),
  }));
}
