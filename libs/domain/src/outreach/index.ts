import type { Decider } from '../shared';
import type { OutreachCommand } from './outreach.commands';
import { decideOutreach } from './outreach.decide';
import type { OutreachEvent } from './outreach.events';
import { evolveOutreach, initialOutreachState, type OutreachState } from './outreach.state';

export * from './outreach.commands';
export * from './outreach.events';
export * from './outreach.state';
export * from './effective-outreach';
export { decideOutreach } from './outreach.decide';

export const outreachStreamId = (outreachId: string): string => `outreach-${outreachId}`;

export const outreachDecider: Decider<OutreachState, OutreachCommand, OutreachEvent> = {
  decide: decideOutreach,
  evolve: evolveOutreach,
  initialState: initialOutreachState,
};
