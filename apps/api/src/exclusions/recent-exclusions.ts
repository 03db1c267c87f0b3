import {
  addCalendarDays,
  excludedSpan,
  type ExclusionEntry,
  type ExclusionType,
  type IsoDate,
  type SchoolCalendar,
} from '@ap/domain';

/**
 * Product decision (the school's home, short suspensions): an exclusion is "recent" while it is current or still to
 * come, and for 14 calendar days after its last excluded day: long enough to cover a fortnight's absence of the
 * business manager, short enough to stay a worklist. A permanent exclusion has no last day: it is listed for 14
 * calendar days from its first day (the pupil's case then lives with the LA and the school's referral).
 */
export const RECENT_CALENDAR_DAYS = 14;

export type ExclusionFacts = Readonly<{
  exclusionType: ExclusionType;
  startDate: IsoDate;
  startsPartWay: boolean;
  sessions: number | null;
}>;

/**
 * The last school day the exclusion covers on the school's calendar as it now stands (§0 day 1, then its sessions);
 * a lunchtime or afternoon-only exclusion's is its own date; a permanent exclusion has none.
 */
export function lastExcludedDay(facts: ExclusionFacts, calendar: SchoolCalendar): IsoDate | null {
  if (facts.exclusionType === 'PERM') return null;
  const span = excludedSpan(
    { ...facts, sessions: facts.sessions ?? undefined, cancelled: false } as unknown as ExclusionEntry,
    calendar,
  );
  return span?.last ?? facts.startDate;
}

/** The first day from which an exclusion's last day (a permanent one's first) keeps it on the list. */
export const recentSince = (today: IsoDate): IsoDate => addCalendarDays(today, -RECENT_CALENDAR_DAYS);

export const isRecent = (facts: ExclusionFacts, lastDay: IsoDate | null, today: IsoDate): boolean =>
  (lastDay ?? facts.startDate) >= recentSince(today);
