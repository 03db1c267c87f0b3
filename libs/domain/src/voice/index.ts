import type { Decider } from '../shared';
import type { VoiceCommand } from './voice.commands';
import { decideVoice } from './voice.decide';
import type { VoiceEvent } from './voice.events';
import { evolveVoice, initialVoiceState, type VoiceState } from './voice.state';

export * from './voice.commands';
export * from './voice.events';
export * from './voice.state';
export { decideVoice } from './voice.decide';

/** One stream per referral and the placement that shares its id: voice at referral, induction and reviews, and feedback. */
export const voiceStreamId = (referralId: string): string => `voice-${referralId}`;

export const voiceDecider: Decider<VoiceState, VoiceCommand, VoiceEvent> = {
  decide: decideVoice,
  evolve: evolveVoice,
  initialState: initialVoiceState,
};
