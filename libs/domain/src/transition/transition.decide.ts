import { isPost16Destination } from '../identifiers';
import { assertNever, IllegalStateError, RuleViolationError, sameContent } from '../shared';
import type * as C from './transition.commands';
import { DESTINATION_KINDS, type Destination, type TransitionEvent } from './transition.events';
import type { TransitionState } from './transition.state';

export function decideTransition(command: C.TransitionCommand, state: TransitionState): TransitionEvent[] {
  switch (command.type) {
    case 'PlanTransition':
      return plan(command, state);
    case 'RecordTransitionMeeting':
      if (state.status === 'none') throw new IllegalStateError('TRANSITION_NOT_PLANNED', 'Plan the transition first');
      return [{ type: 'TransitionMeetingHeld', data: { ...command.data } }];
    case 'ConfirmDestination':
      return confirm(command, state);
    case 'RecordTransitionFollowUp':
      return followUp(command, state);
    case 'RecordPost16Destination':
      return post16(command, state);
    default:
      return assertNever(command);
  }
}

function validateDestination(destination: Destination): void {
  const field = (name: string) => ({ field: `destination.${name}` });
  if (!(destination.kind in DESTINATION_KINDS))
    throw new RuleViolationError('DESTINATION_INVALID', 'Unknown destination kind', field('kind'));
  if (destination.kind === 'post16' && !(destination.post16 && isPost16Destination(destination.post16))) {
    throw new RuleViolationError('POST16_DESTINATION_REQUIRED', 'Name the post-16 destination', field('post16'));
  }
  if (['mainstream_school', 'other_ap', 'specialist'].includes(destination.kind) && !destination.organisationId) {
    throw new RuleViolationError(
      'DESTINATION_SETTING_REQUIRED',
      'Name the school or setting the pupil moves to',
      field('organisationId'),
    );
  }
}

function plan(command: C.PlanTransition, state: TransitionState): TransitionEvent[] {
  if (state.status === 'confirmed')
    throw new IllegalStateError('TRANSITION_ALREADY_CONFIRMED', 'The destination is already confirmed');
  validateDestination(command.data.destination);
  if (
    state.status === 'planned' &&
    sameContent(state.destination, command.data.destination) &&
    state.plannedDate === command.data.plannedDate
  ) {
    return [];
  }
  return [{ type: 'TransitionPlanned', data: { ...command.data } }];
}

function confirm(command: C.ConfirmDestination, state: TransitionState): TransitionEvent[] {
  if (state.status === 'confirmed') return [];
  if (state.status === 'none') throw new IllegalStateError('TRANSITION_NOT_PLANNED', 'Plan the transition first');
  if (!state.meetingHeldOn)
    throw new IllegalStateError(
      'TRANSITION_MEETING_REQUIRED',
      'Hold the transition meeting before confirming the destination',
    );
  return [
    {
      type: 'DestinationConfirmed',
      data: { destination: state.destination, startsOn: command.data.startsOn, confirmedAt: command.metadata.now },
    },
  ];
}

function followUp(command: C.RecordTransitionFollowUp, state: TransitionState): TransitionEvent[] {
  if (state.status !== 'confirmed')
    throw new IllegalStateError('DESTINATION_NOT_CONFIRMED', 'Confirm the destination before following up');
  if (state.followUps.includes(command.data.followUpId)) return [];
  if (command.data.checkedOn < state.startsOn)
    throw new RuleViolationError('FOLLOW_UP_BEFORE_START', 'A follow-up comes after the pupil has moved', {
      field: 'checkedOn',
    });
  return [{ type: 'TransitionFollowUpRecorded', data: { ...command.data } }];
}

function post16(command: C.RecordPost16Destination, state: TransitionState): TransitionEvent[] {
  if (state.status !== 'confirmed' || state.destination.kind !== 'post16') {
    throw new IllegalStateError(
      'NOT_A_POST16_TRANSITION',
      'Only a confirmed post-16 transition has a post-16 destination',
    );
  }
  if (!isPost16Destination(command.data.destination))
    throw new RuleViolationError('DESTINATION_INVALID', 'Unknown post-16 destination', { field: 'destination' });
  return [{ type: 'Post16DestinationRecorded', data: { ...command.data } }];
}
