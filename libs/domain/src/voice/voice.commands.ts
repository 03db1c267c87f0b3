import type { IsoDate } from '../calendar';
import type { Command } from '../shared';
import type { FeedbackGiven, VoiceRecorded } from './voice.events';

export type RecordVoice = Command<'RecordVoice', VoiceRecorded['data']>;
/** `placementEndedOn` is the placement as the API reads it now: feedback comes after the placement. */
export type GiveFeedback = Command<'GiveFeedback', FeedbackGiven['data'] & { placementEndedOn?: IsoDate }>;

export type VoiceCommand = RecordVoice | GiveFeedback;
