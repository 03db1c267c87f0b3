import { assertNever, IllegalStateError, RuleViolationError } from '../shared';
import type * as C from './induction.commands';
import { BASELINE_AREAS, type InductionEvent } from './induction.events';
import { evolveInduction, type InductionProgress, type InductionState } from './induction.state';

export function decideInduction(command: C.InductionCommand, state: InductionState): InductionEvent[] {
  if (command.type === 'OpenInduction')
    return state.status === 'none' ? [{ type: 'InductionOpened', data: { ...command.data } }] : [];
  if (state.status === 'none')
    throw new IllegalStateError('INDUCTION_NOT_OPEN', 'The placement has not started, so there is no induction yet');
  const events = stepEvents(command, state);
  return withCompletion(state, events, command.metadata.now.slice(0, 10));
}

function stepEvents(command: Exclude<C.InductionCommand, C.OpenInduction>, state: InductionProgress): InductionEvent[] {
  const today = command.metadata.now.slice(0, 10);
  const notBeforeStart = (date: string, field: string) => {
    if (date < state.placementStartedOn || date > today) {
      throw new RuleViolationError(
        'DATE_OUT_OF_RANGE',
        `The date must be between the placement start (${state.placementStartedOn}) and today`,
        { field },
      );
    }
  };
  switch (command.type) {
    case 'RecordInductionMeeting': {
      notBeforeStart(command.data.heldOn, 'heldOn');
      if (!command.data.attendees.includes('pupil')) {
        throw new RuleViolationError(
          'PUPIL_MUST_ATTEND',
          'The induction meeting is held with the pupil: record who attended',
          { field: 'attendees' },
        );
      }
      return [{ type: 'InductionMeetingHeld', data: { ...command.data } }];
    }
    case 'RecordBaselineAssessment':
      notBeforeStart(command.data.assessedOn, 'assessedOn');
      return [{ type: 'BaselineAssessed', data: { ...command.data } }];
    case 'RecordIdentifiedNeeds':
      if (command.data.needs.length === 0)
        throw new RuleViolationError('NEEDS_REQUIRED', 'List the needs identified', { field: 'needs' });
      return [{ type: 'NeedsIdentified', data: { needs: command.data.needs, recordedOn: today } }];
    case 'RecordPupilAndFamilyVoice':
      return [{ type: 'PupilAndFamilyVoiceRecorded', data: { ...command.data, recordedOn: today } }];
    case 'AgreeInductionPlan':
      notBeforeStart(command.data.agreedOn, 'agreedOn');
      if (command.data.targets.length === 0)
        throw new RuleViolationError('TARGETS_REQUIRED', 'A plan has at least one target', { field: 'targets' });
      return [{ type: 'InductionPlanAgreed', data: { ...command.data } }];
    default:
      return assertNever(command);
  }
}

export const isInductionComplete = (p: InductionProgress): boolean =>
  p.meetingHeldOn !== undefined &&
  BASELINE_AREAS.every((a) => p.baselines[a]) &&
  p.needsIdentified &&
  p.voiceRecorded &&
  p.planAgreedOn !== undefined;

/** Issue 3: the induction is completed when all of its parts are in. */
function withCompletion(state: InductionState, events: InductionEvent[], today: string): InductionEvent[] {
  if (state.status !== 'in_progress') return events;
  const after = events.reduce(evolveInduction, state);
  return after.status === 'in_progress' && isInductionComplete(after)
    ? [...events, { type: 'InductionCompleted', data: { completedOn: today } }]
    : events;
}
