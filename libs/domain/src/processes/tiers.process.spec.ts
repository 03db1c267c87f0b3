import { AUTUMN_2025, calendarWith } from '../calendar/calendar.fixtures';
import { destinationFollowUpProcess } from './destination-follow-up.process';
import { placementTimelinesProcess } from './placement-timelines.process';
import type { ProcessInput } from './process';
import { dueInput, eventInput, observed, runProcess } from './testing';

const calendar = calendarWith({ id: 'cal', terms: AUTUMN_2025 });
const on = (streamId: string, recordedAt: string, type: string, data: object): ProcessInput =>
  eventInput(calendar, recordedAt, observed(streamId, type, data, recordedAt));

describe('placement timelines: a tier-2 placement’s planned end', () => {
  const created = on('placement-p1', '2025-11-03T09:00:00.000Z', 'PlacementCreated', {
    commissioner: { kind: 'school', organisationId: '100001', laCode: '201' },
    timetable: { hoursPerWeek: 25 },
    fullTime: true,
    tier: 2,
    plannedEndDate: '2025-12-12',
  });

  it('raises an overrun for the LA when the placement is still open after its planned end', () => {
    const { state } = runProcess(placementTimelinesProcess, [created]);
    expect(state.deadlines['planned-end']).toBe('2025-12-13T00:00:00.000Z');
    const { events } = runProcess(placementTimelinesProcess, [
      created,
      dueInput(calendar, state, 'planned-end', '2025-12-13T00:00:01.000Z'),
    ]);
    expect(events.at(-1)).toEqual({
      type: 'PlacementOverran',
      data: { plannedEndDate: '2025-12-12', escalatedTo: '201' },
    });
  });

  it('moves the planned end when the placement is extended, so the old date changes nothing', () => {
    const extended = on('placement-p1', '2025-12-01T09:00:00.000Z', 'PlacementExtended', {
      plannedEndDate: '2026-02-13',
      reason: 'More time',
    });
    const before = runProcess(placementTimelinesProcess, [created]).state;
    const { state, events } = runProcess(placementTimelinesProcess, [
      created,
      extended,
      dueInput(calendar, before, 'planned-end', '2025-12-13T00:00:01.000Z'),
    ]);
    expect(state.deadlines['planned-end']).toBe('2026-02-14T00:00:00.000Z');
    expect(events.some((e) => e.type === 'PlacementOverran')).toBe(false);
  });

  it('does not overrun once the placement has ended', () => {
    const ended = on('placement-p1', '2025-12-10T09:00:00.000Z', 'PlacementEnded', {
      endedOn: '2025-12-10',
      reason: 'returned_to_home_school',
    });
    const { state } = runProcess(placementTimelinesProcess, [created, ended]);
    expect(state.deadlines['planned-end']).toBeUndefined();
  });

  it('sets no planned end for a placement recorded before tiers existed', () => {
    const old = on('placement-p2', '2025-11-03T09:00:00.000Z', 'PlacementCreated', {
      commissioner: { kind: 'school', organisationId: '100001', laCode: '201' },
      timetable: { hoursPerWeek: 25 },
      fullTime: true,
    });
    expect(runProcess(placementTimelinesProcess, [old]).state.deadlines).toEqual({});
  });
});

describe('destination follow-up (tier 3)', () => {
  const confirmed = (kind: string, startsOn = '2025-11-10') =>
    on('transition-p1', `${startsOn}T09:00:00.000Z`, 'DestinationConfirmed', {
      destination: { kind, ...(kind === 'post16' ? { post16: 'education' } : {}) },
      startsOn,
      confirmedAt: `${startsOn}T09:00:00.000Z`,
    });
  const followUp = (checkedOn: string, sustained = true) =>
    on('transition-p1', `${checkedOn}T09:00:00.000Z`, 'TransitionFollowUpRecorded', {
      followUpId: checkedOn,
      checkedOn,
      sustained,
    });

  it('checks a post-16 destination two terms (26 weeks) after it starts', () => {
    const { events, state } = runProcess(destinationFollowUpProcess, [confirmed('post16', '2025-09-08')]);
    expect(events[0]).toEqual({
      type: 'DestinationFollowUpDue',
      data: { destinationKind: 'post16', startsOn: '2025-09-08', dueBy: '2026-03-09' },
    });
    expect(state.deadlines['sustained-check']).toBe('2026-03-10T00:00:00.000Z');
  });

  it('does not take an early check as proof that a post-16 destination was sustained', () => {
    const inputs = [confirmed('post16', '2025-09-08'), followUp('2025-10-01')];
    const { state, events } = runProcess(destinationFollowUpProcess, inputs);
    expect(events.some((e) => e.type === 'DestinationFollowUpDone')).toBe(false);
    const missed = runProcess(destinationFollowUpProcess, [
      ...inputs,
      dueInput(calendar, state, 'sustained-check', '2026-03-10T00:00:01.000Z'),
    ]);
    expect(missed.events.at(-1)).toEqual({
      type: 'DestinationFollowUpMissed',
      data: { dueBy: '2026-03-09', destinationKind: 'post16' },
    });
  });

  it('closes the check when the destination is followed up after two terms', () => {
    const { events, state } = runProcess(destinationFollowUpProcess, [
      confirmed('post16', '2025-09-08'),
      followUp('2026-03-09', false),
    ]);
    expect(events).toContainEqual({
      type: 'DestinationFollowUpDone',
      data: { checkedOn: '2026-03-09', sustained: false },
    });
    expect(state.deadlines).toEqual({});
  });

  it('checks another AP or a specialist setting after 30 school days, and leaves returns to school to reintegration', () => {
    expect(runProcess(destinationFollowUpProcess, [confirmed('specialist', '2025-09-08')]).events[0]).toMatchObject({
      data: { destinationKind: 'specialist', dueBy: '2025-10-20' },
    });
    expect(runProcess(destinationFollowUpProcess, [confirmed('home_school')]).events).toEqual([]);
  });
});
