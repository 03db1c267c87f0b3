import type { IsoDate } from '../calendar';
import type { Event } from '../shared';
import type { QualityArea, QualityRating } from './quality-areas';

export type AreaSelfAssessment = Readonly<{ area: QualityArea; rating: QualityRating; evidence: string }>;
export type AreaAgreement = Readonly<{ area: QualityArea; rating: QualityRating; note?: string }>;
export type QualityAction = Readonly<{
  actionId: string;
  area: QualityArea;
  description: string;
  owner: string;
  dueDate: IsoDate;
}>;

export type SelfAssessmentSubmitted = Event<
  'SelfAssessmentSubmitted',
  { assessmentId: string; providerId: string; laCode: string; submittedOn: IsoDate; areas: AreaSelfAssessment[] }
>;
export type SelfAssessmentModerated = Event<
  'SelfAssessmentModerated',
  { assessmentId: string; moderatedOn: IsoDate; moderatedBy: string; agreed: AreaAgreement[]; actions: QualityAction[] }
>;

export type QualityEvent = SelfAssessmentSubmitted | SelfAssessmentModerated;
