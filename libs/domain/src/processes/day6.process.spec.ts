import { AUTUMN_2025, calendarWith } from '../calendar/calendar.fixtures';
import type { Day6DutyArose } from '../exclusion';
import { day6Process } from './day6.process';
import { dueInput, eventInput, observed, runProcess } from './testing';
import type { ProcessInput } from './process';

const calendar = calendarWith({ id: 'cal', terms: AUTUMN_2025 });
const duty: Day6DutyArose['data'] = {
  periodId: 'ex-1',
  upn: 'B801200005001',
  schoolUrn: '100001',
  schoolLaCode: '201',
  responsible: { kind: 'la', organisationId: '201' },
  exclusionIds: ['ex-1'],
  day1: '2025-10-23',
  day6: '2025-11-06',
  calendarId: 'cal',
};
const at = (now: string, type: string, data: object, streamId = 'exclusions-B801200005001') =>
  eventInput(calendar, now, observed(streamId, type, data, now));
const arose = at('2025-10-23T10:00:00.000Z', 'Day6DutyArose', duty);
const types = (inputs: ProcessInput[]) => runProcess(day6Process, inputs).events.map((e) => e.type);

/** Delivers a named deadline at `now`, after the inputs so far. */
function fire(inputs: ProcessInput[], name: string, now: string): ProcessInput {
  return dueInput(calendar, runProcess(day6Process, inputs).state, name, now);
}

describe('day-6 process: when the duty arises', () => {
  it('schedules reminders on school days 3 and 5, the day-6 check and the first parent notice', () => {
    const { state } = runProcess(day6Process, [arose]);
    expect(state.deadlines).toEqual({
      'reminder-day3': '2025-11-03T00:00:00.000Z',
      'reminder-day5': '2025-11-05T00:00:00.000Z',
      day6: '2025-11-06T00:00:00.000Z',
      'first-notice': '2025-10-24T00:00:00.000Z',
    });
  });

  it('ignores the same duty delivered twice', () => {
    expect(types([arose, arose]).filter((t) => t === 'Day6TimelineStarted')).toHaveLength(1);
  });
});

describe('day-6 process: reminders and breach', () => {
  it('reminds on day 3 when no placement has been accepted', () => {
    const inputs = [arose];
    expect(types([...inputs, fire(inputs, 'reminder-day3', '2025-11-03T00:00:05.000Z')])).toContain(
      'Day6ReminderIssued',
    );
  });

  it('breaches day 6 and escalates to the LA when no full-time placement has started', () => {
    const inputs = [arose];
    const { events, state } = runProcess(day6Process, [...inputs, fire(inputs, 'day6', '2025-11-06T00:00:01.000Z')]);
    expect(events.at(-1)).toEqual({
      type: 'Day6Breached',
      data: { day6: '2025-11-06', responsible: duty.responsible, escalatedTo: '201', placementAccepted: false },
    });
    expect(state.status).toBe('breached');
  });

  it('changes nothing when the day-6 deadline is delivered again, late or after it was cancelled', () => {
    const inputs = [arose];
    const once = fire(inputs, 'day6', '2025-11-06T00:00:01.000Z');
    expect(types([...inputs, once, once]).filter((t) => t === 'Day6Breached')).toHaveLength(1);
    const early = fire(inputs, 'day6', '2025-11-05T23:00:00.000Z');
    expect(types([...inputs, early])).not.toContain('Day6Breached');
  });

  it('stops reminding once a placement is accepted', () => {
    const accepted = at(
      '2025-10-24T10:00:00.000Z',
      'ReferralAccepted',
      { startDate: '2025-11-04', fullTime: true },
      'referral-r1',
    );
    const inputs = [arose, accepted];
    expect(runProcess(day6Process, inputs).state.deadlines['reminder-day3']).toBeUndefined();
    expect(types([...inputs, fire([arose], 'reminder-day3', '2025-11-03T00:00:05.000Z')])).not.toContain(
      'Day6ReminderIssued',
    );
  });
});

describe('day-6 process: provision starts', () => {
  const started = (startedOn: string, fullTime = true) =>
    at(
      `${startedOn}T09:00:00.000Z`,
      'PlacementStarted',
      { startedOn, hoursPerWeek: fullTime ? 25 : 12, fullTime },
      'placement-r1',
    );

  it('is met when a full-time placement starts on or before day 6, and the day-6 check is cancelled', () => {
    const { events, state } = runProcess(day6Process, [arose, started('2025-11-05')]);
    expect(events.map((e) => e.type)).toContain('Day6Met');
    expect(state.status).toBe('met');
    expect(state.deadlines['day6']).toBeUndefined();
  });

  it('is met, not breached, when a full-time placement accepted for day 6 starts on day 6', () => {
    const accepted = at(
      '2025-11-05T10:00:00.000Z',
      'ReferralAccepted',
      { startDate: '2025-11-06', fullTime: true },
      'referral-r1',
    );
    const inputs = [arose, accepted];
    const atStart = [...inputs, fire(inputs, 'day6', '2025-11-06T00:00:01.000Z')];
    expect(runProcess(day6Process, atStart).state.deadlines['day6-end']).toBe('2025-11-07T00:00:00.000Z');
    const { events, state } = runProcess(day6Process, [...atStart, started('2025-11-06')]);
    expect(events.map((e) => e.type)).not.toContain('Day6Breached');
    expect(state).toMatchObject({ status: 'met', deadlines: {} });
  });

  it('breaches at the end of day 6 when the placement accepted for day 6 does not start', () => {
    const accepted = at(
      '2025-11-05T10:00:00.000Z',
      'ReferralAccepted',
      { startDate: '2025-11-06', fullTime: true },
      'referral-r1',
    );
    const atStart = [arose, accepted, fire([arose, accepted], 'day6', '2025-11-06T00:00:01.000Z')];
    expect(
      runProcess(day6Process, [...atStart, fire(atStart, 'day6-end', '2025-11-07T00:00:01.000Z')]).events.at(-1)?.type,
    ).toBe('Day6Breached');
  });

  it('records the breach before a late start even when the start is seen before the day-6 check fires', () => {
    const { events, state } = runProcess(day6Process, [arose, started('2025-11-07')]);
    expect(events.filter((e) => !e.type.startsWith('Deadline')).map((e) => e.type)).toEqual([
      'Day6TimelineStarted',
      'Day6Breached',
      'Day6ProvisionStartedLate',
      'ParentNoticeMissing',
    ]);
    expect(state.deadlines['day6']).toBeUndefined();
  });

  it('records a part-time start as such and still breaches at day 6', () => {
    const inputs = [arose, started('2025-11-04', false)];
    const { events } = runProcess(day6Process, [...inputs, fire(inputs, 'day6', '2025-11-06T00:00:01.000Z')]);
    expect(events.find((e) => e.type === 'Day6Met')?.data).toMatchObject({ fullTime: false });
    expect(events.at(-1)?.type).toBe('Day6Breached');
  });

  it('flags a missing provision notice when none was given 48 hours before the start', () => {
    const notice = at('2025-11-03T12:00:00.000Z', 'ParentNoticeGiven', {
      periodId: 'ex-1',
      kind: 'provision',
      givenAt: '2025-11-03T12:00:00.000Z',
      method: 'letter',
    });
    expect(types([arose, notice, started('2025-11-04')])).toContain('ParentNoticeMissing');
    expect(types([arose, notice, started('2025-11-06')])).not.toContain('ParentNoticeMissing');
  });
});

describe('day-6 process: exceptions', () => {
  const started = (startedOn: string, hoursPerWeek: number) =>
    at(
      `${startedOn}T09:00:00.000Z`,
      'PlacementStarted',
      { startedOn, hoursPerWeek, fullTime: hoursPerWeek >= 24 },
      'placement-r1',
    );
  const ehcp = at('2025-10-24T10:00:00.000Z', 'Day6ExceptionRecorded', {
    periodId: 'ex-1',
    exception: 'ehcp_fewer_hours',
    assertedBy: 'la',
    note: 'Plan: 15 hours',
    planHours: 15,
  });

  it('measures provision against the EHC plan’s hours when it specifies fewer', () => {
    const { events, state } = runProcess(day6Process, [arose, ehcp, started('2025-11-05', 15)]);
    expect(events.find((e) => e.type === 'Day6Met')?.data).toMatchObject({ fullTime: true });
    expect(state.status).toBe('met');
  });

  it('still breaches when provision falls short of the plan’s hours', () => {
    const inputs = [arose, ehcp, started('2025-11-05', 10)];
    const { events } = runProcess(day6Process, [...inputs, fire(inputs, 'day6', '2025-11-06T00:00:01.000Z')]);
    expect(events.at(-1)?.type).toBe('Day6Breached');
  });

  it('closes the timeline for a Year 11 pupil whose exams are over', () => {
    const y11 = at('2025-10-24T10:00:00.000Z', 'Day6ExceptionRecorded', {
      periodId: 'ex-1',
      exception: 'y11_exams_over',
      assertedBy: 'la',
      note: 'Exams over',
    });
    expect(runProcess(day6Process, [arose, y11]).state).toMatchObject({ status: 'closed', deadlines: {} });
  });
});

describe('day-6 process: notices and endings', () => {
  it('flags the first parent notice when none was given by the end of day 1', () => {
    const inputs = [arose];
    expect(types([...inputs, fire(inputs, 'first-notice', '2025-10-24T00:00:01.000Z')])).toContain(
      'ParentNoticeMissing',
    );
    const given = at('2025-10-23T15:00:00.000Z', 'ParentNoticeGiven', {
      periodId: 'ex-1',
      kind: 'first',
      givenAt: '2025-10-23T15:00:00.000Z',
      method: 'email',
    });
    const { events, state } = runProcess(day6Process, [arose, given]);
    expect(events.at(-2)).toMatchObject({ type: 'ParentNoticeRecorded', data: { onTime: true } });
    expect(state.deadlines['first-notice']).toBeUndefined();
  });

  it('closes and cancels every deadline when the exclusion is overturned', () => {
    const ended = at('2025-10-28T10:00:00.000Z', 'Day6DutyEnded', { periodId: 'ex-1', reason: 'exclusion_overturned' });
    const { state } = runProcess(day6Process, [arose, ended]);
    expect(state).toMatchObject({ status: 'closed', deadlines: {} });
  });
});
