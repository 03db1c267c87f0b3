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
  day1?: IsoDate;
  lastDay?: IsoDate;
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
  /** Every period of consecutive exclusion, by id: an earlier period's duty can still be ended or acted on. */
  periods: Readonly<Record<string, Day6Period>>;
  /** The latest period of consecutive exclusion. */
  period?: Day6Period;
}>;

export const initialExclusionState = (): ExclusionState => ({ exclusions: {}, schools: [], las: [], periods: {} });

/** Updates one period, keeping `period` (the latest) in step. */
function updatePeriod(state: ExclusionState, periodId: string, change: (p: Day6Period) => Day6Period): ExclusionState {
  const found = state.periods[periodId];
  if (!found) return state;
  const updated = change(found);
  return {
    ...state,
    periods: { ...state.periods, [periodId]: updated },
    period: state.period?.periodId === periodId ? updated : state.period,
  };
}

export function evolveExclusion(state: ExclusionState, event: ExclusionEvent): ExclusionState {
  switch (event.type) {
    case 'ExclusionRecorded': {
      const d = event.data;
      const base = {
        ...state,
        exclusions: { ...state.exclusions, [d.exclusionId]: entryOf(d) },
        yearGroup: d.yearGroup,
        schools: union(state.schools, [d.schoolUrn]),
        las: union(state.las, [d.schoolLaCode, d.homeLaCode]),
      };
      if (d.exclusionType === 'LNCH') return base;
      const period = joinPeriod(state.periods[d.periodId], d);
      return { ...base, periods: { ...state.periods, [d.periodId]: period }, period };
    }
    case 'Day6DutyArose':
      return updatePeriod(state, event.data.periodId, (p) => ({
        ...p,
        dutyArisen: true,
        responsibleKind: event.data.responsible.kind,
      }));
    case 'Day6ResponsibilityMoved':
      return updatePeriod(state, event.data.periodId, (p) => ({ ...p, responsibleKind: event.data.responsible.kind }));
    case 'ExclusionCancelled': {
      const entry = state.exclusions[event.data.exclusionId];
      return entry
        ? { ...state, exclusions: { ...state.exclusions, [event.data.exclusionId]: { ...entry, cancelled: true } } }
        : state;
    }
    case 'Day6DutyEnded':
      return updatePeriod(state, event.data.periodId, (p) => ({ ...p, ended: true }));
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
  day1: d.day1,
  ...(d.lastDay ? { lastDay: d.lastDay } : {}),
  schoolDays: d.lengthSchoolDays ?? 0,
  permanent: d.exclusionType === 'PERM',
  cancelled: false,
  schoolUrn: d.schoolUrn,
  schoolLaCode: d.schoolLaCode,
  homeLaCode: d.homeLaCode,
});

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
