import type { Speaker, VoiceEvent } from './voice.events';

export type VoiceState = Readonly<{
  voiceIds: readonly string[];
  /** Feedback id by respondent: one form each. */
  feedback: Readonly<Partial<Record<Speaker, string>>>;
}>;

export const initialVoiceState = (): VoiceState => ({ voiceIds: [], feedback: {} });

export function evolveVoice(state: VoiceState, event: VoiceEvent): VoiceState {
  switch (event.type) {
    case 'VoiceRecorded':
      return { ...state, voiceIds: [...state.voiceIds, event.data.voiceId] };
    case 'FeedbackGiven':
      return { ...state, feedback: { ...state.feedback, [event.data.respondent]: event.data.feedbackId } };
    default:
      return state;
  }
}
