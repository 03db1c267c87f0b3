import type { IsoDate } from '../calendar';
import type { ExclusionEvent, ExclusionRecorded } from './exclusion.events';

export type Day6Period = Readonly<{
  periodId: string;
  exclusionIds: readonly string[];
  day1: IsoDate;
  /** Last school day of the period; absent once a permanent exclusion is part of it. */
  lastDay?: IsoDate;
  schoolDays: number;
  permanent: boolean;
  dutyArisen: boolean;
  /** Who holds the day-6 duty once it has arisen. */
  responsibleKind?: 'la' | 'school';
  ended: boolean;
}>;

export type ExclusionEntry = Readonly<{
  periodId: string;
  schoolDays: number;
  permanent: boolean;
  cancelled: boolean;
  /** Who it belongs to: the excluding school, its LA and the pupil's home LA. */
  schoolUrn: string;
  schoolLaCode: string;
  homeLaCode: string;
}>;

/** All exclusions of one pupil (stream `exclusions-<upn>`), so consecutive suspensions can aggregate. */
export type ExclusionState = Readonly<{
  /** exclusionId -> periodId, and whether it was cancelled. */
  exclusions: Readonly<Record<string, ExclusionEntry>>;
  yearGroup?: number | 'R';
  /** Schools and LAs involved, for scoping who may see the pupil's exclusions. */
  schools: readonly string[];
  las: readonly string[];
  /** The latest period of consecutive exclusion. */
  period?: Day6Period;
}>;

export const initialExclusionState = (): ExclusionState => ({ exclusions: {}, schools: [], las: [] });

export function evolveExclusion(state: ExclusionState, event: ExclusionEvent): ExclusionState {
  switch (event.type) {
    case 'ExclusionRecorded':
      return {
        exclusions: { ...state.exclusions, [event.data.exclusionId]: entryOf(event.data) },
        yearGroup: event.data.yearGroup,
        schools: union(state.schools, [event.data.schoolUrn]),
        las: union(state.las, [event.data.schoolLaCode, event.data.homeLaCode]),
        period: event.data.exclusionType === 'LNCH' ? state.period : joinPeriod(state.period, event.data),
      };
    case 'Day6DutyArose':
      return state.period
        ? { ...state, period: { ...state.period, dutyArisen: true, responsibleKind: event.data.responsible.kind } }
        : state;
    case 'Day6ResponsibilityMoved':
      return state.period
        ? { ...state, period: { ...state.period, responsibleKind: event.data.responsible.kind } }
        : state;
    case 'ExclusionCancelled': {
      const entry = state.exclusions[event.data.exclusionId];
      return entry
        ? { ...state, exclusions: { ...state.exclusions, [event.data.exclusionId]: { ...entry, cancelled: true } } }
        : state;
    }
    case 'Day6DutyEnded':
      return state.period ? { ...state, period: { ...state.period, ended: true } } : state;
    case 'Day6ExceptionRecorded':
    case 'ParentNoticeGiven':
      return state;
    default:
      // evolve trusts history and never throws: an event type this version does not know changes nothing.
      return state;
  }
}

function joinPeriod(current: Day6Period | undefined, d: ExclusionRecorded['data']): Day6Period {
  const permanent = d.exclusionType === 'PERM';
  if (current && current.periodId === d.periodId) {
    return {
      ...current,
      exclusionIds: [...current.exclusionIds, d.exclusionId],
      lastDay: permanent || current.permanent ? undefined : (d.periodLastDay ?? d.lastDay),
      schoolDays: d.periodSchoolDays ?? current.schoolDays + (d.lengthSchoolDays ?? 0),
      permanent: current.permanent || permanent,
    };
  }
  return {
    periodId: d.periodId,
    exclusionIds: [d.exclusionId],
    day1: d.day1,
    lastDay: d.lastDay,
    schoolDays: d.lengthSchoolDays ?? 0,
    permanent,
    dutyArisen: false,
    ended: false,
  };
}

const entryOf = (d: ExclusionRecorded['data']): ExclusionEntry => ({
  periodId: d.periodId,
  schoolDays: d.lengthSchoolDays ?? 0,
  permanent: d.exclusionType === 'PERM',
  cancelled: false,
  schoolUrn: d.schoolUrn,
  schoolLaCode: d.schoolLaCode,
  homeLaCode: d.homeLaCode,
});

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
