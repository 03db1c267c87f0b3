import type { Command } from '../shared';
import type { SelfAssessmentModerated, SelfAssessmentSubmitted } from './quality.events';

export type SubmitSelfAssessment = Command<'SubmitSelfAssessment', SelfAssessmentSubmitted['data']>;
export type ModerateSelfAssessment = Command<
  'ModerateSelfAssessment',
  Omit<SelfAssessmentModerated['data'], 'moderatedBy'>
>;

export type QualityCommand = SubmitSelfAssessment | ModerateSelfAssessment;
