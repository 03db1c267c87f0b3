import type { Decider } from '../shared';
import type { PlacementCommand } from './placement.commands';
import { decidePlacement } from './placement.decide';
import type { PlacementEvent } from './placement.events';
import { evolvePlacement, initialPlacementState, type PlacementState } from './placement.state';
import { upcastPlacementEvent } from './placement.upcasters';

export * from './placement.commands';
export * from './placement.events';
export * from './placement.state';
export { decidePlacement } from './placement.decide';
export * from './placement.rules';
export * from './placement.upcasters';
export { plannedShape } from './placement.tiers';

export const placementStreamId = (placementId: string): string => `placement-${placementId}`;

export const placementDecider: Decider<PlacementState, PlacementCommand, PlacementEvent> = {
  decide: decidePlacement,
  // Readers may hand over events of any stored shape: each is upcast before it is folded.
  evolve: (state, event) => evolvePlacement(state, upcastPlacementEvent(event)),
  initialState: initialPlacementState,
};
