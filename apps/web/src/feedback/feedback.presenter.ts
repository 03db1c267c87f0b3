import { longDate } from '../words/dates';
import { FEEDBACK_QUESTION_TEXT, SPEAKER_TEXT } from '../voice/voice.presenter';

export type ProviderFeedback = Readonly<{
  providerId: string;
  responses: number;
  helped: number;
  listenedTo: number;
  safe: number;
  wouldRecommend: number;
  comments: ReadonlyArray<Readonly<{ respondent: string; comments: string; givenOn: string }>> | null;
}>;

const score = (value: number) => `${value.toFixed(1)} out of 5`;

/** Feedback per provider for the LA: averages of each answer, and every comment with who gave it and when. */
export function presentFeedbackPerProvider(providers: readonly ProviderFeedback[], names: ReadonlyMap<string, string>) {
  return providers.map((p) => ({
    name: names.get(p.providerId) ?? p.providerId,
    responses: p.responses === 1 ? '1 response' : `${p.responses} responses`,
    scores: (Object.keys(FEEDBACK_QUESTION_TEXT) as Array<keyof typeof FEEDBACK_QUESTION_TEXT>).map((q) => ({
      question: FEEDBACK_QUESTION_TEXT[q],
      score: score(p[q]),
    })),
    comments: (p.comments ?? []).map((c) => ({
      who: `${SPEAKER_TEXT[c.respondent] ?? c.respondent}, ${longDate(c.givenOn)}`,
      text: c.comments,
    })),
  }));
}

export type PlacementForFeedback = Readonly<{ placementId: string; status: string; endedOn?: string }>;

/** The form is open once the placement has ended (the API refuses it before). */
export const feedbackOpen = (placement: PlacementForFeedback): boolean => placement.status === 'ended';
