import { assertNever, IllegalStateError, RuleViolationError } from '../shared';
import type * as C from './voice.commands';
import { FEEDBACK_QUESTIONS, SPEAKERS, VOICE_STAGES, type VoiceEvent } from './voice.events';
import type { VoiceState } from './voice.state';

export function decideVoice(command: C.VoiceCommand, state: VoiceState): VoiceEvent[] {
  switch (command.type) {
    case 'RecordVoice':
      return record(command, state);
    case 'GiveFeedback':
      return feedback(command, state);
    default:
      return assertNever(command);
  }
}

const rule = (ok: boolean, code: string, message: string, field: string) => {
  if (!ok) throw new RuleViolationError(code, message, { field });
};

function record(command: C.RecordVoice, state: VoiceState): VoiceEvent[] {
  const d = command.data;
  if (state.voiceIds.includes(d.voiceId)) return [];
  rule(d.stage in VOICE_STAGES, 'VOICE_STAGE_INVALID', 'Unknown stage', 'stage');
  rule(d.speaker in SPEAKERS, 'SPEAKER_INVALID', 'Unknown speaker', 'speaker');
  rule(d.words.trim().length > 0, 'WORDS_REQUIRED', 'Record what they said, in their own words', 'words');
  rule(d.stage !== 'review' || Boolean(d.reviewId), 'REVIEW_ID_REQUIRED', 'Say which review', 'reviewId');
  rule(d.recordedOn <= command.metadata.now.slice(0, 10), 'RECORDED_IN_FUTURE', 'Not in the future', 'recordedOn');
  return [{ type: 'VoiceRecorded', data: { ...d } }];
}

function feedback(command: C.GiveFeedback, state: VoiceState): VoiceEvent[] {
  const { placementEndedOn, ...d } = command.data;
  const given = state.feedback[d.respondent];
  if (given === d.feedbackId) return [];
  if (given) throw new IllegalStateError('FEEDBACK_ALREADY_GIVEN', `The ${d.respondent} has already given feedback`);
  rule(placementEndedOn !== undefined, 'PLACEMENT_NOT_ENDED', 'Feedback is given after the placement ends', 'givenOn');
  rule(d.givenOn >= placementEndedOn!, 'FEEDBACK_BEFORE_END', 'Feedback is given after the placement ends', 'givenOn');
  rule(d.respondent in SPEAKERS, 'SPEAKER_INVALID', 'Unknown respondent', 'respondent');
  for (const question of Object.keys(FEEDBACK_QUESTIONS) as Array<keyof typeof FEEDBACK_QUESTIONS>) {
    const answer = d.answers[question];
    rule(
      Number.isInteger(answer) && answer >= 1 && answer <= 5,
      'ANSWER_INVALID',
      'Answer 1 to 5',
      `answers.${question}`,
    );
  }
  return [{ type: 'FeedbackGiven', data: { ...d, answers: { ...d.answers } } }];
}
