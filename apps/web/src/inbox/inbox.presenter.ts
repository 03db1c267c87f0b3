import { daysBetween, longDate, shortDate } from '../words/dates';
import { providerStatusTag, reasonText, yearGroupText } from '../words/codes';

/** One row of the provider's inbox as the API lists it. */
export type InboxItem = Readonly<{
  referralId: string;
  status: string;
  reason: string;
  commissionerId: string;
  commissionerName?: string | null;
  pupilName?: string | null;
  yearGroup?: string | number | null;
  submittedAt?: string | null;
  respondBy?: string | null;
  informationDueBy?: string | null;
}>;

export type InboxRow = Readonly<{
  href: string;
  pupil: string;
  year: string;
  /** The school or the LA that made the referral. */
  referredBy: string;
  reason: string;
  respondBy: string;
  respondBySort: string;
  overdue: boolean;
  waitingForReferrer: boolean;
  status: Readonly<{ text: string; classes: string }>;
}>;

/**
 * The provider's inbox: referrals waiting for its response, the most urgent first (the earliest respond-by date,
 * then the longest waiting). A response past its date is tagged overdue.
 */
export function presentInbox(items: readonly InboxItem[], today: string) {
  const rows = items.map((item) => row(item, today)).sort(byUrgency);
  return {
    rows,
    overdueCount: rows.filter((r) => r.overdue).length,
    // The table's caption, for screen readers: the page's heading already says what the table holds.
    caption: `${rows.length === 1 ? '1 referral' : `${rows.length} referrals`}, the most urgent first`,
  };
}

function row(item: InboxItem, today: string): InboxRow {
  const due = item.respondBy ?? null;
  const referredBy = item.commissionerName ?? item.commissionerId;
  const overdue = due !== null && daysBetween(today, due) < 0 && item.status === 'submitted';
  return {
    href: `/referrals/${item.referralId}`,
    pupil: item.pupilName ?? 'Name not given yet',
    year: yearGroupText(item.yearGroup),
    referredBy,
    reason: reasonText(item.reason),
    respondBy: due ? shortDate(due) : item.submittedAt ? `Sent ${shortDate(item.submittedAt)}` : '',
    respondBySort: due ?? item.submittedAt ?? '',
    overdue,
    waitingForReferrer: item.status === 'information_requested',
    status: overdue
      ? { text: 'Overdue', classes: 'govuk-tag--red' }
      : item.status === 'information_requested'
        ? {
            text: `Waiting for ${referredBy}${item.informationDueBy ? ` (due ${longDate(item.informationDueBy)})` : ''}`,
            classes: 'govuk-tag--yellow',
          }
        : providerStatusTag(item.status),
  };
}

const byUrgency = (a: InboxRow, b: InboxRow): number =>
  Number(b.overdue) - Number(a.overdue) ||
  Number(a.waitingForReferrer) - Number(b.waitingForReferrer) ||
  a.respondBySort.localeCompare(b.respondBySort);
