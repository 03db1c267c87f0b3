import { isFullTimeForRegistration } from '../timetable';
import { assertRegistrationThreshold, assertTimetable, yearGroupOn } from './placement.rules';
import { agreeCriteria, assertCriteriaReviewed, extend, plannedShape } from './placement.tiers';
import { assertNever, IllegalStateError, RuleViolationError, sameContent } from '../shared';
import type * as C from './placement.commands';
import type { PlacementEvent } from './placement.events';
import type { PlacementState } from './placement.state';

export function decidePlacement(command: C.PlacementCommand, state: PlacementState): PlacementEvent[] {
  switch (command.type) {
    case 'CreatePlacement':
      return create(command, state);
    case 'StartPlacement':
      return start(command, state);
    case 'RecordPlacementReview':
      return review(command, state);
    case 'ChangePlacementHours':
      return changeHours(command, state);
    case 'EndPlacement':
      return end(command, state);
    case 'AgreeReintegrationCriteria':
      return agreeCriteria(command, state);
    case 'ExtendPlacement':
      return extend(command, state);
    default:
      return assertNever(command);
  }
}

function create(command: C.CreatePlacement, state: PlacementState): PlacementEvent[] {
  if (state.status !== 'none') return [];
  const d = command.data;
  const fullTime = assertTimetable(d.yearGroup, d.timetable, d.startDate);
  const plan = plannedShape(d);
  assertRegistrationThreshold(d.provider, {
    yearGroup: d.yearGroup,
    hoursPerWeek: d.timetable.hoursPerWeek,
    lookedAfterOrEhcp: d.lookedAfterOrEhcp,
  });
  const { placementId, referralId, providerId, commissioner, upn, yearGroup, startDate, dualRegistered } = d;
  // A full-time timetable carries no part-time terms (they would start part-time clocks).
  const timetable = fullTime ? { hoursPerWeek: d.timetable.hoursPerWeek } : d.timetable;
  return [
    {
      type: 'PlacementCreated',
      data: {
        placementId,
        referralId,
        providerId,
        commissioner,
        upn,
        ...(d.homeLaCode ? { homeLaCode: d.homeLaCode } : {}),
        yearGroup,
        startDate,
        timetable,
        fullTime,
        lookedAfterOrEhcp: d.lookedAfterOrEhcp,
        dualRegistered,
        createdAt: command.metadata.now,
        ...plan,
      },
    },
  ];
}

function start(command: C.StartPlacement, state: PlacementState): PlacementEvent[] {
  if (state.status === 'active' || state.status === 'ended') {
    throw new IllegalStateError('PLACEMENT_ALREADY_STARTED', `The placement started on ${state.startedOn}`);
  }
  if (state.status === 'none') throw new IllegalStateError('PLACEMENT_NOT_FOUND', 'No such placement');
  if (command.data.startedOn > command.metadata.now.slice(0, 10)) {
    throw new RuleViolationError('START_IN_FUTURE', 'Record the start on or after the day it happens', {
      field: 'startedOn',
    });
  }
  return [
    {
      type: 'PlacementStarted',
      data: { startedOn: command.data.startedOn, hoursPerWeek: state.timetable.hoursPerWeek, fullTime: state.fullTime },
    },
  ];
}

function review(command: C.RecordPlacementReview, state: PlacementState): PlacementEvent[] {
  if (state.status !== 'active')
    throw new IllegalStateError('PLACEMENT_NOT_ACTIVE', 'Only a started placement that has not ended can be reviewed');
  if (state.reviewIds.includes(command.data.reviewId)) return [];
  const d = command.data;
  if (d.heldOn < state.startedOn)
    throw new RuleViolationError('REVIEW_BEFORE_START', 'A review cannot be held before the placement started', {
      field: 'heldOn',
    });
  if (d.nextReviewDate <= d.heldOn)
    throw new RuleViolationError('NEXT_REVIEW_DATE_INVALID', 'The next review must be after this one', {
      field: 'nextReviewDate',
    });
  if (!(d.attendancePercent >= 0 && d.attendancePercent <= 100)) {
    throw new RuleViolationError('ATTENDANCE_INVALID', 'Attendance is a percentage from 0 to 100', {
      field: 'attendancePercent',
    });
  }
  const reintegrationProgress = d.reintegrationProgress ?? [];
  assertCriteriaReviewed(state, reintegrationProgress);
  return [{ type: 'PlacementReviewed', data: { ...d, reintegrationProgress } }];
}

function changeHours(command: C.ChangePlacementHours, state: PlacementState): PlacementEvent[] {
  if (state.status === 'none' || state.status === 'ended')
    throw new IllegalStateError('PLACEMENT_NOT_ACTIVE', 'The placement is not open');
  const d = command.data;
  if (sameContent(d.timetable, state.timetable)) return [];
  const yearGroup = yearGroupOn(state.yearGroup, state.startDate, d.effectiveFrom);
  const fullTime = assertTimetable(yearGroup, d.timetable, d.effectiveFrom);
  // Rising to full-time (for registration) counts a pupil the provider did not count before (§0 unregistered providers).
  if (
    d.provider &&
    isFullTimeForRegistration(d.timetable.hoursPerWeek) &&
    !isFullTimeForRegistration(state.timetable.hoursPerWeek)
  ) {
    assertRegistrationThreshold(d.provider, {
      yearGroup,
      hoursPerWeek: d.timetable.hoursPerWeek,
      lookedAfterOrEhcp: state.lookedAfterOrEhcp,
    });
  }
  return [
    {
      type: 'PlacementHoursChanged',
      data: {
        effectiveFrom: d.effectiveFrom,
        timetable: fullTime ? { hoursPerWeek: d.timetable.hoursPerWeek } : d.timetable,
        fullTime,
      },
    },
  ];
}

function end(command: C.EndPlacement, state: PlacementState): PlacementEvent[] {
  if (state.status === 'ended') return [];
  if (state.status !== 'active')
    throw new IllegalStateError('PLACEMENT_NOT_STARTED', 'A placement cannot end before it has started');
  if (command.data.endedOn < state.startedOn)
    throw new RuleViolationError('END_BEFORE_START', 'The end date is before the start', { field: 'endedOn' });
  const { endedOn, reason, note } = command.data;
  return [{ type: 'PlacementEnded', data: { endedOn, reason, ...(note ? { note } : {}) } }];
}
