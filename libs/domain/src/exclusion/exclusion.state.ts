import type { ExclusionEvent, ExclusionRecorded } from './exclusion.events';

/** One exclusion as recorded, with whether it was later cancelled and its place in the recording order. */
export type ExclusionEntry = Readonly<
  Omit<ExclusionRecorded['data'], 'schemaVersion'> & {
    cancelled: boolean;
    /** Recording order: only names a duty (its id), never decides whether one exists. */
    seq: number;
  }
>;

export type DutyException = Readonly<{ exception: 'y11_exams_over' | 'ehcp_fewer_hours'; planHours?: number }>;

/**
 * One organisation's exclusion records for one pupil: stream `exclusions-<urn>-<upn>` (a school's exclusions, the
 * duties it holds and its notices) or `exclusions-<la>-<upn>` (an LA's own records for the duties it holds). No
 * other organisation writes or reads it, so its version reveals nothing about anyone else.
 */
export type ExclusionState = Readonly<{
  exclusions: Readonly<Record<string, ExclusionEntry>>;
  exceptions: Readonly<Record<string, DutyException>>;
  /** exclusionId -> the notices given about it. */
  notices: Readonly<Record<string, Readonly<{ first?: string; provision?: string }>>>;
}>;

export const initialExclusionState = (): ExclusionState => ({ exclusions: {}, exceptions: {}, notices: {} });

export function evolveExclusion(state: ExclusionState, event: ExclusionEvent): ExclusionState {
  switch (event.type) {
    case 'ExclusionRecorded': {
      const { schemaVersion: _v, ...facts } = event.data;
      const seq = Object.keys(state.exclusions).length;
      return {
        ...state,
        exclusions: { ...state.exclusions, [facts.exclusionId]: { ...facts, cancelled: false, seq } },
      };
    }
    case 'ExclusionCancelled': {
      const entry = state.exclusions[event.data.exclusionId];
      return entry
        ? { ...state, exclusions: { ...state.exclusions, [entry.exclusionId]: { ...entry, cancelled: true } } }
        : state;
    }
    case 'Day6ExceptionRecorded': {
      const { dutyId, exception, planHours } = event.data;
      const recorded = planHours !== undefined ? { exception, planHours } : { exception };
      return { ...state, exceptions: { ...state.exceptions, [dutyId]: recorded } };
    }
    case 'ParentNoticeGiven': {
      const { exclusionId, kind, givenAt } = event.data;
      const notices = { ...state.notices[exclusionId], [kind]: givenAt };
      return { ...state, notices: { ...state.notices, [exclusionId]: notices } };
    }
    default:
      // evolve trusts history and never throws: schema-1 duty events and unknown types change nothing.
      return state;
  }
}
