import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { LA_ACTOR, metadata, PROVIDER_ACTOR } from '../shared/testing/fixtures';
import {
  QUALITY_AREA_CODES,
  qualityDecider,
  type ModerateSelfAssessment,
  type QualityEvent,
  type SubmitSelfAssessment,
} from '.';

const spec = DeciderSpecification.for(qualityDecider);
const submission: SubmitSelfAssessment['data'] = {
  assessmentId: 'qa-1',
  providerId: 'prov-1',
  laCode: '201',
  submittedOn: '2025-11-03',
  areas: QUALITY_AREA_CODES.map((area) => ({ area, rating: 3, evidence: `Evidence for ${area}` })),
};
const submit = (data = submission): SubmitSelfAssessment => ({
  type: 'SubmitSelfAssessment',
  data,
  metadata: metadata(PROVIDER_ACTOR),
});
const moderation: ModerateSelfAssessment['data'] = {
  assessmentId: 'qa-1',
  moderatedOn: '2025-11-20',
  agreed: QUALITY_AREA_CODES.map((area) => ({ area, rating: area === 'post16' ? 2 : 3 })),
  actions: [
    {
      actionId: 'qa-a1',
      area: 'post16',
      description: 'Track destinations for two terms',
      owner: 'Head of centre',
      dueDate: '2026-03-31',
    },
  ],
};
const moderate = (data = moderation): ModerateSelfAssessment => ({
  type: 'ModerateSelfAssessment',
  data,
  metadata: metadata(LA_ACTOR),
});
const submitted: QualityEvent = { type: 'SelfAssessmentSubmitted', data: submission };

describe('quality: no self-assessment yet', () => {
  it('takes a self-assessment of all 13 IntegratED areas with evidence', () => {
    spec.given([]).when(submit()).then([submitted]);
  });

  it('names the areas left out', () => {
    spec
      .given([])
      .when(submit({ ...submission, areas: submission.areas.slice(2) }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) =>
        expect(e.details['missing']).toEqual(['workforce', 'home_family']),
      );
  });

  it('refuses an area without evidence', () => {
    const areas = submission.areas.map((a) => (a.area === 'qualifications' ? { ...a, evidence: ' ' } : a));
    spec
      .given([])
      .when(submit({ ...submission, areas }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) =>
        expect(e.details['missing']).toEqual(['qualifications']),
      );
  });

  it('cannot moderate what was not submitted', () => {
    spec.given([]).when(moderate()).thenThrows(IllegalStateError);
  });
});

describe('quality: submitted', () => {
  it('is moderated by the LA with agreed ratings and actions, once', () => {
    const events = spec.given([submitted]).when(moderate()).events();
    expect(events).toEqual([{ type: 'SelfAssessmentModerated', data: { ...moderation, moderatedBy: '201' } }]);
    spec
      .given([submitted, ...events])
      .when(moderate())
      .thenNothingHappened();
  });

  it('refuses an agreed rating outside the scale', () => {
    const agreed = moderation.agreed.map((a) => (a.area === 'induction' ? { ...a, rating: 5 as never } : a));
    spec
      .given([submitted])
      .when(moderate({ ...moderation, agreed }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['badRating']).toEqual(['induction']));
  });
});
