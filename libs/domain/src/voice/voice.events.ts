import type { IsoDate } from '../calendar';
import type { Event } from '../shared';

/** The pupil's own view, and the parent's, at referral, induction and each review (REFERENCE §1.5). */
export const VOICE_STAGES = { referral: 'At referral', induction: 'At induction', review: 'At a review' } as const;
export type VoiceStage = keyof typeof VOICE_STAGES;
export const SPEAKERS = { pupil: 'Pupil', parent: 'Parent or carer' } as const;
export type Speaker = keyof typeof SPEAKERS;

/** The short form after a placement: each question answered 1 (not at all) to 5 (very much). */
export const FEEDBACK_QUESTIONS = {
  helped: 'The placement helped',
  listenedTo: 'I was listened to',
  safe: 'I felt safe',
  wouldRecommend: 'I would recommend it',
} as const;
export type FeedbackQuestion = keyof typeof FEEDBACK_QUESTIONS;
export type FeedbackAnswers = Readonly<Record<FeedbackQuestion, number>>;

export type VoiceRecorded = Event<
  'VoiceRecorded',
  {
    voiceId: string;
    upn: string;
    stage: VoiceStage;
    reviewId?: string;
    speaker: Speaker;
    /** In their own words: stored as given. */
    words: string;
    recordedOn: IsoDate;
  }
>;
export type FeedbackGiven = Event<
  'FeedbackGiven',
  {
    feedbackId: string;
    upn: string;
    providerId: string;
    respondent: Speaker;
    answers: FeedbackAnswers;
    comments: string;
    givenOn: IsoDate;
  }
>;

export type VoiceEvent = VoiceRecorded | FeedbackGiven;
