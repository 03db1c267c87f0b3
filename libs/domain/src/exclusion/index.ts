import type { Decider } from '../shared';
import type { ExclusionCommand } from './exclusion.commands';
import { decideExclusion } from './exclusion.decide';
import type { ExclusionEvent } from './exclusion.events';
import { evolveExclusion, initialExclusionState, type ExclusionEntry, type ExclusionState } from './exclusion.state';
import { upcastExclusionEvent } from './exclusion.upcasters';

export * from './exclusion.commands';
export * from './exclusion.events';
export * from './exclusion.state';
export * from './exclusion-duties';
export * from './compulsory-school-age';
export { upcastExclusionEvent } from './exclusion.upcasters';
export {
  planExclusionMigration,
  carriedOverTimeline,
  type LegacyEvent,
  type PlannedStream,
} from './exclusion-migration';
export { decideExclusion, MAX_SUSPENSION_SESSIONS_PER_YEAR } from './exclusion.decide';

export * from './exclusion.streams';

export const exclusionDecider: Decider<ExclusionState, ExclusionCommand, ExclusionEvent> = {
  decide: decideExclusion,
  evolve: (state, event) => evolveExclusion(state, upcastExclusionEvent(event)),
  initialState: initialExclusionState,
};

/** The exclusions a caller may see: a school its own, an LA those of its schools or of pupils living in it. */
export function exclusionVisibleTo(entry: ExclusionEntry, actor: { role: string; organisationId: string }): boolean {
  if (actor.role === 'school') return entry.schoolUrn === actor.organisationId;
  if (actor.role === 'la_officer' || actor.role === 'la_auditor')
    return entry.schoolLaCode === actor.organisationId || entry.homeLaCode === actor.organisationId;
  return false;
}
