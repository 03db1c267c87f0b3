import { AUTUMN_2025, calendarWith } from '../calendar/calendar.fixtures';
import { placementTimelinesProcess } from './placement-timelines.process';
import type { ProcessInput } from './process';
import { referralTimelinesProcess } from './referral-timelines.process';
import { reintegrationProcess } from './reintegration.process';
import { dueInput, eventInput, observed, runProcess } from './testing';
import { DEFAULT_TIMELINES } from './timelines.settings';

const calendar = calendarWith({ id: 'cal', terms: AUTUMN_2025 });
const on = (streamId: string, recordedAt: string, type: string, data: object): ProcessInput =>
  eventInput(calendar, recordedAt, observed(streamId, type, data, recordedAt));

describe('referral timelines: provider response and information requests', () => {
  const opened = on('referral-r1', '2025-11-03T09:00:00.000Z', 'ReferralOpened', {
    commissioner: { kind: 'school', organisationId: '100001', laCode: '201' },
    reason: 'other',
  });
  const submitted = on('referral-r1', '2025-11-03T10:00:00.000Z', 'ReferralSubmitted', {
    providerId: 'prov-1',
    submittedAt: '2025-11-03T10:00:00.000Z',
  });

  it('escalates to the LA when the provider has not responded within 3 school days', () => {
    const inputs = [opened, submitted];
    const { state } = runProcess(referralTimelinesProcess, inputs);
    expect(state.deadlines['provider-response']).toBe('2025-11-07T00:00:00.000Z');
    const { events } = runProcess(referralTimelinesProcess, [
      ...inputs,
      dueInput(calendar, state, 'provider-response', '2025-11-07T00:00:01.000Z'),
    ]);
    expect(events.at(-1)).toEqual({
      type: 'ProviderResponseOverdue',
      data: { providerId: 'prov-1', dueBy: '2025-11-06', escalatedTo: '201' },
    });
  });

  it('uses the LA’s own provider-response deadline when it has set one', () => {
    const withSettings = (input: ProcessInput): ProcessInput =>
      input.kind === 'event' ? { ...input, settings: { ...DEFAULT_TIMELINES, providerResponse: 5 } } : input;
    const { state } = runProcess(referralTimelinesProcess, [opened, submitted].map(withSettings));
    expect(state.deadlines['provider-response']).toBe('2025-11-11T00:00:00.000Z');
  });

  it('escalates earlier when the exclusion’s day 6 comes first', () => {
    const pex = on('referral-r1', '2025-10-23T09:00:00.000Z', 'ReferralOpened', {
      commissioner: { kind: 'la', organisationId: '201', laCode: '201' },
      reason: 'permanent_exclusion',
      exclusion: { exclusionType: 'PERM', firstDay: '2025-10-23', reasons: ['PA'] },
    });
    const { events } = runProcess(referralTimelinesProcess, [pex, submitted]);
    expect(events.find((e) => e.type === 'ProviderResponseDue')?.data).toEqual({
      providerId: 'prov-1',
      dueBy: '2025-11-05',
      earlierForDay6: true,
    });
  });

  it('escalates before day 6 of consecutive suspensions that the worker found, though each alone was short', () => {
    const withDuty = (input: ProcessInput): ProcessInput =>
      input.kind === 'event' ? { ...input, dutyDay6: '2025-11-05' } : input;
    const { events } = runProcess(referralTimelinesProcess, [opened, withDuty(submitted)]);
    expect(events.find((e) => e.type === 'ProviderResponseDue')?.data).toEqual({
      providerId: 'prov-1',
      dueBy: '2025-11-04',
      earlierForDay6: true,
    });
  });

  it('cancels the escalation when the provider accepts', () => {
    const accepted = on('referral-r1', '2025-11-04T10:00:00.000Z', 'ReferralAccepted', { providerId: 'prov-1' });
    expect(runProcess(referralTimelinesProcess, [opened, submitted, accepted]).state.deadlines).toEqual({});
  });

  it('reminds the commissioner after one school day and escalates after two', () => {
    const asked = on('referral-r1', '2025-11-04T10:00:00.000Z', 'InformationRequested', {
      requestId: 'rq-1',
      items: ['sen'],
      requestedAt: '2025-11-04T10:00:00.000Z',
    });
    const { state } = runProcess(referralTimelinesProcess, [opened, submitted, asked]);
    expect(state.deadlines['information-reminder']).toBe('2025-11-06T00:00:00.000Z');
    expect(state.deadlines['information-escalation']).toBe('2025-11-07T00:00:00.000Z');
    const answered = on('referral-r1', '2025-11-05T10:00:00.000Z', 'InformationProvided', {
      requestId: 'rq-1',
      sections: ['sen'],
    });
    const after = runProcess(referralTimelinesProcess, [opened, submitted, asked, answered]);
    expect(after.state.deadlines['information-escalation']).toBeUndefined();
    expect(after.events.at(-3)).toEqual({
      type: 'InformationRequestClosed',
      data: { requestId: 'rq-1', outcome: 'answered' },
    });
  });
});

describe('placement timelines: induction, reviews and part-time timetables (counting school days after the start)', () => {
  const partTime = {
    reason: 'medical',
    detail: 'x',
    parentalAgreement: true,
    reviewDate: '2025-11-20',
    endDate: '2025-11-28',
  };
  const created = (timetable: object) =>
    on('placement-p1', '2025-11-03T09:00:00.000Z', 'PlacementCreated', {
      commissioner: { kind: 'school', organisationId: '100001', laCode: '201' },
      timetable,
      fullTime: false,
    });
  const started = on('placement-p1', '2025-11-03T09:30:00.000Z', 'PlacementStarted', {
    startedOn: '2025-11-03',
    hoursPerWeek: 12,
    fullTime: false,
  });

  it('sets induction deadlines at 5, 10 and 15 school days and a review at 30', () => {
    const { state } = runProcess(placementTimelinesProcess, [created({ hoursPerWeek: 25 }), started]);
    expect(state.deadlines).toEqual({
      'induction-meeting': '2025-11-11T00:00:00.000Z',
      'induction-baseline': '2025-11-18T00:00:00.000Z',
      'induction-plan': '2025-11-25T00:00:00.000Z',
      review: '2025-12-16T00:00:00.000Z',
    });
  });

  it('records an overdue induction meeting and escalates it', () => {
    const inputs = [created({ hoursPerWeek: 25 }), started];
    const { state } = runProcess(placementTimelinesProcess, inputs);
    const { events } = runProcess(placementTimelinesProcess, [
      ...inputs,
      dueInput(calendar, state, 'induction-meeting', '2025-11-11T00:00:01.000Z'),
    ]);
    expect(events.at(-1)).toEqual({
      type: 'InductionStepOverdue',
      data: { step: 'meeting', dueBy: '2025-11-10', escalatedTo: '201' },
    });
  });

  it('cancels the baseline deadline only when all three baselines are in', () => {
    const baseline = (area: string) => on('induction-p1', '2025-11-05T09:00:00.000Z', 'BaselineAssessed', { area });
    const two = runProcess(placementTimelinesProcess, [
      created({ hoursPerWeek: 25 }),
      started,
      baseline('literacy'),
      baseline('numeracy'),
    ]);
    expect(two.state.deadlines['induction-baseline']).toBeDefined();
    const three = runProcess(placementTimelinesProcess, [
      created({ hoursPerWeek: 25 }),
      started,
      baseline('literacy'),
      baseline('numeracy'),
      baseline('social_emotional'),
    ]);
    expect(three.state.deadlines['induction-baseline']).toBeUndefined();
  });

  it('reviews a part-time timetable every 10 school days and escalates at its end date when that comes before 30 school days', () => {
    const { state } = runProcess(placementTimelinesProcess, [created({ hoursPerWeek: 12, partTime }), started]);
    expect(state.deadlines['parttime-review']).toBe('2025-11-18T00:00:00.000Z');
    expect(state.deadlines['parttime-limit']).toBe('2025-11-29T00:00:00.000Z');
    const { events } = runProcess(placementTimelinesProcess, [
      created({ hoursPerWeek: 12, partTime }),
      started,
      dueInput(calendar, state, 'parttime-limit', '2025-11-29T00:00:01.000Z'),
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'PartTimeTimetableEscalated',
      data: { reason: 'end_date_passed', partTimeSince: '2025-11-03' },
    });
  });

  it('shows the part-time escalation as due on the day it fell due, not the day it was recorded', () => {
    const inputs = [created({ hoursPerWeek: 12, partTime }), started];
    const { state } = runProcess(placementTimelinesProcess, inputs);
    const { events } = runProcess(placementTimelinesProcess, [
      ...inputs,
      dueInput(calendar, state, 'parttime-limit', '2025-12-02T10:00:00.000Z'),
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'PartTimeTimetableEscalated', data: { dueBy: '2025-11-28' } });
  });

  it('honours a part-time review date agreed with the parents when it comes before 10 school days', () => {
    const early = { ...partTime, reviewDate: '2025-11-07' };
    const { state } = runProcess(placementTimelinesProcess, [created({ hoursPerWeek: 12, partTime: early }), started]);
    expect(state.deadlines['parttime-review']).toBe('2025-11-08T00:00:00.000Z');
  });

  it('caps the next review at the LA’s review interval however far ahead the review set it', () => {
    const reviewed = on('placement-p1', '2025-11-10T09:00:00.000Z', 'PlacementReviewed', {
      heldOn: '2025-11-10',
      nextReviewDate: '2026-06-30',
      attendancePercent: 90,
    });
    const every10: ProcessInput =
      reviewed.kind === 'event' ? { ...reviewed, settings: { ...DEFAULT_TIMELINES, placementReview: 10 } } : reviewed;
    const { state } = runProcess(placementTimelinesProcess, [created({ hoursPerWeek: 25 }), started, every10]);
    expect(state.deadlines['review']).toBe('2025-11-25T00:00:00.000Z');
  });

  it('does not escalate a part-time timetable twice when its hours change after the limit has passed', () => {
    const inputs = [created({ hoursPerWeek: 12, partTime }), started];
    const { state } = runProcess(placementTimelinesProcess, inputs);
    const limit = dueInput(calendar, state, 'parttime-limit', '2025-11-29T00:00:01.000Z');
    const moreHours = on('placement-p1', '2025-12-01T09:00:00.000Z', 'PlacementHoursChanged', {
      effectiveFrom: '2025-12-01',
      timetable: { hoursPerWeek: 15, partTime: { ...partTime, endDate: '2025-12-19' } },
      fullTime: false,
    });
    const { events, state: after } = runProcess(placementTimelinesProcess, [...inputs, limit, moreHours]);
    expect(events.filter((e) => e.type === 'PartTimeTimetableEscalated')).toHaveLength(1);
    expect(after.deadlines['parttime-limit']).toBeUndefined();
  });

  it('starts no part-time clocks for a full-time timetable that was given part-time terms', () => {
    const fullTimeWithTerms = on('placement-p1', '2025-11-03T09:00:00.000Z', 'PlacementCreated', {
      commissioner: { kind: 'school', organisationId: '100001', laCode: '201' },
      timetable: { hoursPerWeek: 25, partTime },
      fullTime: true,
    });
    const { state } = runProcess(placementTimelinesProcess, [fullTimeWithTerms, started]);
    expect(state.deadlines['parttime-review']).toBeUndefined();
  });

  it('stops the part-time clocks when the pupil moves to full-time hours', () => {
    const full = on('placement-p1', '2025-11-10T09:00:00.000Z', 'PlacementHoursChanged', {
      effectiveFrom: '2025-11-10',
      timetable: { hoursPerWeek: 25 },
      fullTime: true,
    });
    const { state } = runProcess(placementTimelinesProcess, [created({ hoursPerWeek: 12, partTime }), started, full]);
    expect(state.deadlines['parttime-limit']).toBeUndefined();
    expect(state.partTimeSince).toBeUndefined();
  });
});

describe('reintegration follow-up', () => {
  const confirmed = on('transition-p1', '2025-11-03T09:00:00.000Z', 'DestinationConfirmed', {
    destination: { kind: 'home_school' },
    startsOn: '2025-11-03',
  });

  it('records a missing follow-up 30 school days after the return', () => {
    const { state } = runProcess(reintegrationProcess, [confirmed]);
    expect(state.deadlines['follow-up']).toBe('2025-12-16T00:00:00.000Z');
    const { events } = runProcess(reintegrationProcess, [
      confirmed,
      dueInput(calendar, state, 'follow-up', '2025-12-16T01:00:00.000Z'),
    ]);
    expect(events.at(-1)).toEqual({ type: 'ReintegrationFollowUpMissed', data: { dueBy: '2025-12-15' } });
  });

  it('is done when the follow-up is recorded', () => {
    const followUp = on('transition-p1', '2025-12-10T09:00:00.000Z', 'TransitionFollowUpRecorded', {
      checkedOn: '2025-12-10',
      sustained: true,
    });
    expect(runProcess(reintegrationProcess, [confirmed, followUp]).state).toMatchObject({ done: true, deadlines: {} });
  });

  it('does not follow up a move to post-16', () => {
    const post16 = on('transition-p1', '2025-11-03T09:00:00.000Z', 'DestinationConfirmed', {
      destination: { kind: 'post16', post16: 'education' },
      startsOn: '2025-11-03',
    });
    expect(runProcess(reintegrationProcess, [post16]).events).toEqual([]);
  });
});
