import type { Decider } from '../shared';
import type { ExclusionCommand } from './exclusion.commands';
import { decideExclusion } from './exclusion.decide';
import type { ExclusionEvent } from './exclusion.events';
import { evolveExclusion, initialExclusionState, type ExclusionState } from './exclusion.state';

export * from './exclusion.commands';
export * from './exclusion.events';
export * from './exclusion.state';
export { decideExclusion } from './exclusion.decide';

export const exclusionStreamId = (upn: string): string => `exclusions-${upn}`;

export const exclusionDecider: Decider<ExclusionState, ExclusionCommand, ExclusionEvent> = {
  decide: decideExclusion,
  evolve: evolveExclusion,
  initialState: initialExclusionState,
};
