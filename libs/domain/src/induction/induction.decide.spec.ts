import fc from 'fast-check';
import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { metadata, PROVIDER_ACTOR } from '../shared/testing/fixtures';
import { replayFromStorage, runCommands } from '../shared/testing/replay.property';
import { inductionDecider, type InductionCommand } from '.';

const spec = DeciderSpecification.for(inductionDecider);
const meta = metadata(PROVIDER_ACTOR, '2025-11-20T09:00:00.000Z');
const cmd = <T extends InductionCommand['type']>(
  type: T,
  data: Extract<InductionCommand, { type: T }>['data'],
): InductionCommand => ({ type, data, metadata: meta }) as InductionCommand;

const open = cmd('OpenInduction', {
  placementId: 'pl-1',
  upn: 'B801200005001',
  providerId: 'prov-1',
  placementStartedOn: '2025-11-10',
});
const meeting = cmd('RecordInductionMeeting', {
  heldOn: '2025-11-12',
  attendees: ['pupil', 'parent_or_carer', 'school'],
});
const baselines = (['literacy', 'numeracy', 'social_emotional'] as const).map((area) =>
  cmd('RecordBaselineAssessment', { area, assessedOn: '2025-11-14', result: 'Reading age 10.5' }),
);
const needs = cmd('RecordIdentifiedNeeds', { needs: ['Speech and language support'] });
const voice = cmd('RecordPupilAndFamilyVoice', {
  pupilVoice: 'Wants to go back to school',
  familyVoice: 'Worried about friendships',
});
const plan = cmd('AgreeInductionPlan', { agreedOn: '2025-11-19', targets: ['Attend 90%'] });
const history = (...commands: InductionCommand[]) => runCommands(inductionDecider, commands).events;

describe('induction: not open', () => {
  it('opens for a started placement', () => {
    expect(spec.given([]).when(open).events()).toHaveLength(1);
  });
  it('refuses recording a step before the placement has started', () => {
    spec.given([]).when(meeting).thenThrows(IllegalStateError);
  });
});

describe('induction: in progress', () => {
  const opened = history(open);

  it('records who attended the meeting and requires the pupil', () => {
    spec
      .given(opened)
      .when(meeting)
      .then([
        {
          type: 'InductionMeetingHeld',
          data: { heldOn: '2025-11-12', attendees: ['pupil', 'parent_or_carer', 'school'] },
        },
      ]);
    spec
      .given(opened)
      .when(cmd('RecordInductionMeeting', { heldOn: '2025-11-12', attendees: ['school'] }))
      .thenThrows(RuleViolationError);
  });

  it('refuses a meeting dated before the placement started or in the future', () => {
    spec
      .given(opened)
      .when(cmd('RecordInductionMeeting', { heldOn: '2025-11-07', attendees: ['pupil'] }))
      .thenThrows(RuleViolationError);
    spec
      .given(opened)
      .when(cmd('RecordInductionMeeting', { heldOn: '2025-11-21', attendees: ['pupil'] }))
      .thenThrows(RuleViolationError);
  });

  it('is not complete while any baseline is missing', () => {
    const almost = history(open, meeting, ...baselines.slice(0, 2), needs, voice);
    expect(
      spec
        .given(almost)
        .when(plan)
        .events()
        .map((e) => e.type),
    ).toEqual(['InductionPlanAgreed']);
  });

  it('completes when the meeting, all three baselines, needs, voice and plan are in', () => {
    const almost = history(open, meeting, ...baselines, needs, voice);
    expect(
      spec
        .given(almost)
        .when(plan)
        .events()
        .map((e) => e.type),
    ).toEqual(['InductionPlanAgreed', 'InductionCompleted']);
  });
});

describe('induction: replay', () => {
  it('gives the same state when the events it produced are replayed from storage', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(meeting, ...baselines, needs, voice, plan), { maxLength: 12 }), (steps) => {
        const { state, events } = runCommands(inductionDecider, [open, ...steps]);
        expect(replayFromStorage(inductionDecider, events)).toEqual(state);
      }),
    );
  });
});
