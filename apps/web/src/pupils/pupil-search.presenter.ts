import { fullDate } from '../words/dates';
import { statusTag, yearGroupText } from '../words/codes';

export type PupilMatch = Readonly<{
  upn: string | null;
  pupilName: string;
  dateOfBirth: string | null;
  yearGroup: string | null;
  referralId: string;
  status: string;
  commissionerName?: string | null;
}>;

/** Search results: the pupils the user may see whose name or UPN matches, closest first (typos allowed). */
export function presentPupilSearch(query: string, matches: readonly PupilMatch[]) {
  return {
    query,
    heading: query
      ? matches.length === 0
        ? `No pupils found for ‘${query}’`
        : `${matches.length} ${matches.length === 1 ? 'pupil' : 'pupils'} found for ‘${query}’`
      : undefined,
    results: matches.map((m) => ({
      name: m.pupilName,
      href: `/referrals/${m.referralId}`,
      details: [
        yearGroupText(m.yearGroup),
        m.dateOfBirth ? `born ${fullDate(m.dateOfBirth)}` : undefined,
        m.upn ? `UPN ${m.upn}` : 'No UPN',
        m.commissionerName ?? undefined,
      ]
        .filter(Boolean)
        .join(', '),
      status: statusTag(m.status),
    })),
  };
}
