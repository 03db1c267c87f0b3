import type { Decider } from '../shared';
import type { InductionCommand } from './induction.commands';
import { decideInduction } from './induction.decide';
import type { InductionEvent } from './induction.events';
import { evolveInduction, initialInductionState, type InductionState } from './induction.state';

export * from './induction.commands';
export * from './induction.events';
export * from './induction.state';
export { decideInduction, isInductionComplete } from './induction.decide';

/** One induction per placement. */
export const inductionStreamId = (placementId: string): string => `induction-${placementId}`;

export const inductionDecider: Decider<InductionState, InductionCommand, InductionEvent> = {
  decide: decideInduction,
  evolve: evolveInduction,
  initialState: initialInductionState,
};
