import type { Decider } from '../shared';
import type { QualityCommand } from './quality.commands';
import { decideQuality } from './quality.decide';
import type { QualityEvent } from './quality.events';
import { evolveQuality, initialQualityState, type QualityState } from './quality.state';

export * from './quality-areas';
export * from './quality.commands';
export * from './quality.events';
export * from './quality.state';
export { decideQuality } from './quality.decide';

export const qualityStreamId = (providerId: string): string => `quality-${providerId}`;

export const qualityDecider: Decider<QualityState, QualityCommand, QualityEvent> = {
  decide: decideQuality,
  evolve: evolveQuality,
  initialState: initialQualityState,
};
