import type { Decider } from '../shared';
import type { CafeCommand } from './cafe.commands';
import { decideCafe } from './cafe.decide';
import type { CafeEvent } from './cafe.events';
import { evolveCafe, initialCafeState, type CafeState } from './cafe.state';

export * from './cafe.commands';
export * from './cafe.events';
export * from './cafe.state';
export { decideCafe } from './cafe.decide';

export const cafeStreamId = (reviewId: string): string => `cafe-${reviewId}`;

export const cafeDecider: Decider<CafeState, CafeCommand, CafeEvent> = {
  decide: decideCafe,
  evolve: evolveCafe,
  initialState: initialCafeState,
};
