import { AUTUMN_2025, calendarWith } from '../calendar/calendar.fixtures';
import { day6Duties, type ExclusionEntry } from '../exclusion';
import { exclusionEntry } from '../exclusion/exclusion.fixtures';
import type { SchoolCalendar } from '../calendar';
import { day6Process } from './day6.process';
import type { ProcessInput } from './process';
import { dueInput, observed, runProcess } from './testing';

const calendar = calendarWith({ id: 'school', terms: AUTUMN_2025 });
const snowDay = calendarWith({ id: 'school', terms: AUTUMN_2025, closures: ['2025-11-04'] });

/** An event as the worker routes it to the holder's instance: with the holder's duties as they now stand. */
const routed = (
  holder: string,
  entries: readonly ExclusionEntry[],
  type: string,
  data: object = {},
  now = '2025-10-23T09:00:00.000Z',
  cal: SchoolCalendar = calendar,
  streamId = 'exclusions-100001-B801200005001',
): ProcessInput => ({
  kind: 'event',
  event: observed(streamId, type, data, now),
  calendar: cal,
  now,
  duties: day6Duties(entries, cal).filter((d) => d.responsible.organisationId === holder),
});
const run = (inputs: readonly ProcessInput[]) => runProcess(day6Process, inputs);
const fire = (inputs: readonly ProcessInput[], name: string, now: string) => {
  const { state } = run(inputs);
  return run([...inputs, dueInput(calendar, state, name, now)]);
};
const types = (events: readonly { type: string }[]) =>
  events.map((e) => e.type).filter((t) => !t.startsWith('Deadline'));

describe('a school’s suspension of more than five school days (Thu 23 Oct 2025, half term 27–31 Oct)', () => {
  const ten = exclusionEntry({ exclusionId: 'ten' });
  const recorded = routed('100001', [ten], 'ExclusionRecorded');

  it('reminds the school on school days 3 and 5 and checks day 6 on Thu 6 Nov', () => {
    const { state } = run([recorded]);
    expect(state.deadlines).toMatchObject({
      'ten:reminder-3': '2025-11-03T00:00:00.000Z',
      'ten:reminder-5': '2025-11-05T00:00:00.000Z',
      'ten:day6': '2025-11-06T00:00:00.000Z',
    });
  });

  it('expects the first parent notice by the end of the afternoon session of the first day excluded, not midnight', () => {
    expect(run([recorded]).state.deadlines['ten:first-notice']).toBe('2025-10-23T14:15:00.000Z');
  });

  it('moves day 6 and every reminder when a snow closure is published after the exclusion was recorded', () => {
    const snow = routed('100001', [ten], 'CalendarPublished', {}, '2025-11-03T07:00:00.000Z', snowDay, 'school-100001');
    const { state, events } = run([recorded, snow]);
    expect(types(events)).toEqual(['Day6TimelineStarted', 'Day6TimelineMoved']);
    expect(state.deadlines).toMatchObject({
      'ten:reminder-5': '2025-11-06T00:00:00.000Z',
      'ten:day6': '2025-11-07T00:00:00.000Z',
    });
  });

  it('breaches day 6 when no full-time placement has started', () => {
    expect(types(fire([recorded], 'ten:day6', '2025-11-06T00:00:01.000Z').events)).toContain('Day6Breached');
  });

  it('does not close the duty when part-time provision starts, and a later full-time acceptance meets it', () => {
    const partTime = routed('100001', [ten], 'PlacementStarted', {
      startedOn: '2025-11-03',
      fullTime: false,
      hoursPerWeek: 10,
    });
    const accepted = routed(
      '100001',
      [ten],
      'ReferralAccepted',
      { startDate: '2025-11-06', fullTime: true, hoursPerWeek: 25 },
      '2025-11-04T09:00:00.000Z',
      calendar,
      'referral-r2',
    );
    const { events, state } = fire([recorded, partTime, accepted], 'ten:day6', '2025-11-06T00:00:01.000Z');
    expect(types(events)).toEqual(['Day6TimelineStarted', 'Day6PartTimeStarted', 'Day6PlacementAccepted']);
    expect(state.deadlines['ten:day6-end']).toBe('2025-11-07T00:00:00.000Z');
  });

  it('keeps the breach on the record when the suspension is cancelled after day 6', () => {
    const breached = fire([recorded], 'ten:day6', '2025-11-06T00:00:01.000Z');
    const inputs = [recorded, dueInput(calendar, run([recorded]).state, 'ten:day6', '2025-11-06T00:00:01.000Z')];
    const cancelled = routed(
      '100001',
      [{ ...ten, cancelled: true }],
      'ExclusionCancelled',
      {},
      '2025-11-07T09:00:00.000Z',
    );
    const { state, events } = run([...inputs, cancelled]);
    expect(types(breached.events)).toContain('Day6Breached');
    expect(events).toContainEqual({
      type: 'Day6TimelineClosed',
      data: { dutyId: 'ten', reason: 'duty_no_longer_arises' },
    });
    expect(state.duties['ten']?.status).toBe('breached');
  });

  it('ends the duty, with nothing left to fire, when the suspension is cancelled before day 6', () => {
    const cancelled = routed('100001', [{ ...ten, cancelled: true }], 'ExclusionCancelled');
    const { state } = run([recorded, cancelled]);
    expect(state.duties['ten']?.status).toBe('closed');
    expect(Object.keys(state.deadlines)).toEqual([]);
  });
});

describe('suspensions recorded out of date order', () => {
  it('keeps one duty whose day 1 and day 6 move back when an earlier suspension is recorded late', () => {
    const later = exclusionEntry({ exclusionId: 'later', startDate: '2025-10-24', sessions: 20 });
    const earlier = exclusionEntry({ exclusionId: 'earlier', startDate: '2025-10-23', sessions: 2 });
    const { state, events } = run([
      routed('100001', [later], 'ExclusionRecorded'),
      routed('100001', [later, earlier], 'ExclusionRecorded'),
    ]);
    expect(types(events)).toEqual(['Day6TimelineStarted', 'Day6TimelineMoved']);
    expect(state.duties['later']).toMatchObject({ day1: '2025-10-23', day6: '2025-11-06', status: 'open' });
  });
});

describe('a permanent exclusion straight after a suspension whose duty was met', () => {
  const suspension = exclusionEntry({ exclusionId: 'susp', startDate: '2025-11-03', sessions: 20 });
  const pex = exclusionEntry({
    exclusionId: 'pex',
    exclusionType: 'PERM',
    startDate: '2025-11-17',
    sessions: undefined,
  });

  it('gives the home LA a duty of its own from the permanent exclusion’s day 1', () => {
    const { state, events } = run([
      routed('202', [suspension, pex], 'ExclusionRecorded', {}, '2025-11-14T15:00:00.000Z'),
    ]);
    expect(types(events)).toEqual(['Day6TimelineStarted']);
    expect(state.duties['pex']).toMatchObject({
      responsible: { kind: 'la', organisationId: '202' },
      day6: '2025-11-17',
    });
  });

  it('leaves the school its own met record', () => {
    const met = routed(
      '100001',
      [suspension],
      'PlacementStarted',
      { startedOn: '2025-11-10', fullTime: true, hoursPerWeek: 25 },
      '2025-11-10T09:00:00.000Z',
      calendar,
      'placement-p1',
    );
    const { state } = run([
      routed('100001', [suspension], 'ExclusionRecorded'),
      met,
      routed('100001', [suspension, pex], 'ExclusionRecorded', {}, '2025-11-14T15:00:00.000Z'),
    ]);
    expect(state.duties['susp']?.status).toBe('met');
  });
});

describe('a looked-after child', () => {
  it('is flagged from day 1: a reminder falls due at the start of day 1', () => {
    const lac = exclusionEntry({ exclusionId: 'lac', lookedAfter: true });
    const { state } = run([routed('100001', [lac], 'ExclusionRecorded')]);
    expect(state.deadlines['lac:reminder-1']).toBe('2025-10-23T00:00:00.000Z');
    expect(state.duties['lac']?.lookedAfter).toBe(true);
  });
});

describe('the EHC-plan exception', () => {
  it('measures provision against the plan’s hours, so a 15-hour placement meets it', () => {
    const ten = exclusionEntry({ exclusionId: 'ehc', ehcPlan: true });
    const exception = routed('100001', [ten], 'Day6ExceptionRecorded', {
      dutyId: 'ehc',
      exception: 'ehcp_fewer_hours',
      planHours: 15,
    });
    const started = routed(
      '100001',
      [ten],
      'PlacementStarted',
      { startedOn: '2025-11-05', fullTime: false, hoursPerWeek: 15 },
      '2025-11-05T09:00:00.000Z',
      calendar,
      'placement-p2',
    );
    const { state } = run([routed('100001', [ten], 'ExclusionRecorded'), exception, started]);
    expect(state.duties['ehc']?.status).toBe('met');
  });
});

describe('parent notices', () => {
  it('can be recorded before any duty arises and then count for it', () => {
    const three = exclusionEntry({ exclusionId: 'a', sessions: 6 });
    const notice = routed(
      '100001',
      [three],
      'ParentNoticeGiven',
      { exclusionId: 'b', kind: 'first', givenAt: '2025-11-03T12:00:00.000Z' },
      '2025-11-03T12:00:00.000Z',
    );
    const next = exclusionEntry({ exclusionId: 'b', startDate: '2025-11-03', sessions: 10 });
    const { state } = run([
      routed('100001', [three], 'ExclusionRecorded'),
      notice,
      routed('100001', [three, next], 'ExclusionRecorded'),
    ]);
    expect(state.duties['a']?.firstNotice.exclusionId).toBe('b');
    expect(state.deadlines['a:first-notice']).toBeUndefined();
  });
});

describe('events read back from the store', () => {
  it('change nothing when the same duties arrive again with their keys in another order', () => {
    const ten = exclusionEntry({ exclusionId: 'k' });
    const { events } = run([routed('100001', [ten], 'ExclusionRecorded')]);
    const reordered = events.map((e) => ({
      ...e,
      data: Object.fromEntries(Object.entries(e.data as object).reverse()),
    })) as typeof events;
    const state = reordered.reduce((s, e) => day6Process.evolve(s, e as never), day6Process.initialState());
    expect(day6Process.decide(routed('100001', [ten], 'ReferralDeclined'), state)).toEqual([]);
  });
});

describe('a schema-1 timeline carried over by the migration', () => {
  it('is not started again, nor breached again, when the copied exclusions reach the worker', () => {
    const ten = exclusionEntry({ exclusionId: 'old' });
    const [duty] = day6Duties([ten], calendar);
    const { dutyId, upn, schoolUrn, responsible, escalateTo, exclusionIds, day1, day6, lookedAfter } = duty!;
    const carried = {
      type: 'Day6TimelineCarriedOver',
      data: { dutyId, upn, schoolUrn, responsible, escalateTo, exclusionIds, day1, day6, lookedAfter },
    };
    const state = day6Process.evolve(day6Process.initialState(), {
      ...carried,
      data: {
        ...carried.data,
        reminders: [],
        firstNotice: duty!.firstNotice,
        sessionTimes: duty!.sessionTimes,
        status: 'breached',
        from: 'day6-old',
      },
    } as never);
    expect(
      day6Process.decide(routed('100001', [ten], 'ExclusionRecorded', {}, '2026-01-05T09:00:00.000Z'), state),
    ).toEqual([]);
  });
});
