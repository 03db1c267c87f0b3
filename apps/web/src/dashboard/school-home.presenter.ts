import { longDate, shortDate } from '../words/dates';
import { reasonText, statusTag, yearGroupText } from '../words/codes';

export type HomeReferral = Readonly<{
  referralId: string;
  status: string;
  reason: string;
  pupilName?: string | null;
  yearGroup?: string | null;
  providerName?: string | null;
  informationDueBy?: string | null;
  updatedAt: string;
}>;

const GROUPS: ReadonlyArray<Readonly<{ status: string; heading: string }>> = [
  { status: 'draft', heading: 'Drafts' },
  { status: 'submitted', heading: 'Waiting for the provider' },
  { status: 'accepted', heading: 'Accepted' },
  { status: 'declined', heading: 'Declined: send to another provider' },
  { status: 'withdrawn', heading: 'Withdrawn' },
];

/** A school's home: information requests waiting for its answer first, then its referrals grouped by status. */
export function presentSchoolHome(referrals: readonly HomeReferral[]) {
  const waiting = referrals
    .filter((r) => r.status === 'information_requested')
    .sort((a, b) => (a.informationDueBy ?? '').localeCompare(b.informationDueBy ?? ''))
    .map((r) => ({
      href: `/referrals/${r.referralId}`,
      pupil: pupilName(r),
      due: r.informationDueBy ? `Answer by ${longDate(r.informationDueBy)}` : 'Answer as soon as you can',
      provider: r.providerName ?? '',
    }));
  const groups = GROUPS.map((g) => ({
    heading: g.heading,
    status: g.status,
    rows: referrals
      .filter((r) => r.status === g.status)
      .map((r) => ({
        href: r.status === 'draft' ? `/referrals/${r.referralId}/tasks` : `/referrals/${r.referralId}`,
        pupil: pupilName(r),
        year: yearGroupText(r.yearGroup),
        reason: reasonText(r.reason),
        provider: r.providerName ?? 'Not chosen yet',
        updated: shortDate(r.updatedAt),
        status: statusTag(r.status),
      })),
  })).filter((g) => g.rows.length > 0);
  return { waiting, groups, empty: referrals.length === 0 };
}

const pupilName = (r: HomeReferral): string => r.pupilName ?? 'Pupil not named yet';
