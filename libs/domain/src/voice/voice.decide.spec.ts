import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { metadata, SCHOOL_ACTOR } from '../shared/testing/fixtures';
import { voiceDecider, type GiveFeedback, type RecordVoice, type VoiceEvent } from '.';

const spec = DeciderSpecification.for(voiceDecider);
const meta = metadata(SCHOOL_ACTOR, '2026-02-20T12:00:00.000Z');
const voice: RecordVoice['data'] = {
  voiceId: 'v-1',
  upn: 'B801200005001',
  stage: 'referral',
  speaker: 'pupil',
  words: 'I just want to be somewhere smaller where people don’t shout',
  recordedOn: '2025-11-03',
};
const form: GiveFeedback['data'] = {
  feedbackId: 'f-1',
  upn: 'B801200005001',
  providerId: 'prov-1',
  respondent: 'parent',
  answers: { helped: 5, listenedTo: 4, safe: 5, wouldRecommend: 4 },
  comments: 'They got him back on track',
  givenOn: '2026-02-20',
  placementEndedOn: '2026-02-13',
};
const recordVoice = (data: RecordVoice['data']): RecordVoice => ({ type: 'RecordVoice', data, metadata: meta });
const give = (data: GiveFeedback['data']): GiveFeedback => ({ type: 'GiveFeedback', data, metadata: meta });
const { placementEndedOn: _ended, ...given } = form;
const feedbackGiven: VoiceEvent = { type: 'FeedbackGiven', data: given };

describe('voice: nothing recorded yet', () => {
  it('records the pupil’s words at referral exactly as given', () => {
    spec
      .given([])
      .when(recordVoice(voice))
      .then([{ type: 'VoiceRecorded', data: voice }]);
  });

  it('needs the review a review-stage view belongs to', () => {
    spec
      .given([])
      .when(recordVoice({ ...voice, stage: 'review' }))
      .thenThrows(RuleViolationError);
  });

  it('takes the feedback form only after the placement has ended', () => {
    spec.given([]).when(give(form)).then([feedbackGiven]);
    const { placementEndedOn: _, ...open } = form;
    spec
      .given([])
      .when(give(open))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PLACEMENT_NOT_ENDED'));
  });

  it('refuses an answer outside 1 to 5', () => {
    spec
      .given([])
      .when(give({ ...form, answers: { ...form.answers, safe: 7 } }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['field']).toBe('answers.safe'));
  });
});

describe('voice: feedback given', () => {
  it('keeps one form per respondent: a repeat changes nothing, a second form is refused', () => {
    spec.given([feedbackGiven]).when(give(form)).thenNothingHappened();
    spec
      .given([feedbackGiven])
      .when(give({ ...form, feedbackId: 'f-2' }))
      .thenThrows(IllegalStateError);
    expect(
      spec
        .given([feedbackGiven])
        .when(give({ ...form, feedbackId: 'f-3', respondent: 'pupil' }))
        .events(),
    ).toHaveLength(1);
  });
});
