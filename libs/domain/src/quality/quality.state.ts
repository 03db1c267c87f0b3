import type { IsoDate } from '../calendar';
import type { QualityEvent } from './quality.events';

export type QualityState = Readonly<{
  providerId?: string;
  laCode?: string;
  assessments: Readonly<Record<string, Readonly<{ submittedOn: IsoDate; moderatedOn?: IsoDate }>>>;
}>;

export const initialQualityState = (): QualityState => ({ assessments: {} });

export function evolveQuality(state: QualityState, event: QualityEvent): QualityState {
  switch (event.type) {
    case 'SelfAssessmentSubmitted': {
      const { assessmentId, providerId, laCode, submittedOn } = event.data;
      return { providerId, laCode, assessments: { ...state.assessments, [assessmentId]: { submittedOn } } };
    }
    case 'SelfAssessmentModerated': {
      const current = state.assessments[event.data.assessmentId];
      if (!current) return state;
      const moderated = { ...current, moderatedOn: event.data.moderatedOn };
      return { ...state, assessments: { ...state.assessments, [event.data.assessmentId]: moderated } };
    }
    default:
      return state;
  }
}
