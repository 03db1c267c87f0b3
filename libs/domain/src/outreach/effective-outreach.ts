import { addCalendarDays, type IsoDate } from '../calendar';

/** One closed outreach episode, and the exclusions recorded for its pupil (any school). */
export type OutreachEpisode = Readonly<{ outreachId: string; upn: string; providerId: string; closedOn: IsoDate }>;
export type ExclusionFact = Readonly<{ upn: string; exclusionType: string; startDate: IsoDate; cancelled: boolean }>;

/**
 * Product decision for the national framework's "effective outreach" measure (REFERENCE §1.9): a pupil stayed in
 * school when, within a term after the outreach closed, they were neither permanently excluded nor suspended again.
 * A term is taken as 13 weeks (a third of the school year) so that it is the same for every school; an episode
 * whose term has not yet passed by `asOf` is not yet assessable. Cancelled or overturned exclusions count for nothing.
 */
export const OUTREACH_FOLLOW_UP_DAYS = 13 * 7;

export type OutreachMeasure = Readonly<{
  episodes: number;
  assessable: number;
  stayedInSchool: number;
  stayedInSchoolPercent: number | null;
}>;

export function stayedInSchool(episode: OutreachEpisode, exclusions: readonly ExclusionFact[]): boolean {
  const windowEnd = addCalendarDays(episode.closedOn, OUTREACH_FOLLOW_UP_DAYS);
  return !exclusions.some(
    (e) =>
      e.upn === episode.upn &&
      !e.cancelled &&
      (e.exclusionType === 'PERM' || e.exclusionType === 'SUSP') &&
      e.startDate > episode.closedOn &&
      e.startDate <= windowEnd,
  );
}

export function effectiveOutreach(
  episodes: readonly OutreachEpisode[],
  exclusions: readonly ExclusionFact[],
  asOf: IsoDate,
): OutreachMeasure {
  const assessable = episodes.filter((e) => addCalendarDays(e.closedOn, OUTREACH_FOLLOW_UP_DAYS) <= asOf);
  const stayed = assessable.filter((e) => stayedInSchool(e, exclusions)).length;
  return {
    episodes: episodes.length,
    assessable: assessable.length,
    stayedInSchool: stayed,
    stayedInSchoolPercent: assessable.length > 0 ? Math.round((1000 * stayed) / assessable.length) / 10 : null,
  };
}
