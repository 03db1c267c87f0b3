import type { Decider } from '../shared';
import type { TransitionCommand } from './transition.commands';
import { decideTransition } from './transition.decide';
import type { TransitionEvent } from './transition.events';
import { evolveTransition, initialTransitionState, type TransitionState } from './transition.state';

export * from './transition.commands';
export * from './transition.events';
export * from './transition.state';
export { decideTransition } from './transition.decide';

/** One transition per placement. */
export const transitionStreamId = (placementId: string): string => `transition-${placementId}`;

export const transitionDecider: Decider<TransitionState, TransitionCommand, TransitionEvent> = {
  decide: decideTransition,
  evolve: evolveTransition,
  initialState: initialTransitionState,
};
