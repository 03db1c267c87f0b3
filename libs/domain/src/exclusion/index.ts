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
export { decideExclusion, MAX_SUSPENSION_SESSIONS_PER_YEAR } from './exclusion.decide';

/**
 * One organisation's exclusion records for one pupil: `<org>` is the excluding school's URN (its exclusions, its
 * duties' exceptions and notices) or an LA code (the LA's own records for the duties it holds). Id: `<org>-<upn>`.
 */
export const exclusionRecordsId = (organisationId: string, upn: string): string => `${organisationId}-${upn}`;
export const exclusionStreamId = (recordsId: string): string => `exclusions-${recordsId}`;
/** Schema 1 kept every school's and LA's exclusions of a pupil in one stream; read only by the migration. */
export const legacyExclusionStreamId = (upn: string): string => `exclusions-${upn}`;
/** The organisation and pupil a records stream id belongs to (`exclusions-<org>-<upn>`). */
export function exclusionRecordsOwner(streamId: string): { organisationId: string; upn: string } | undefined {
  const match = /^exclusions-([^-]+)-([^-]+)$/.exec(streamId);
  return match ? { organisationId: match[1]!, upn: match[2]! } : undefined;
}

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
