import fc from 'fast-check';
import { AUTUMN_2025, calendarWith, withInset } from '../calendar/calendar.fixtures';
import { IllegalStateError, RuleViolationError, DomainError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { LA_ACTOR, metadata, SCHOOL_ACTOR } from '../shared/testing/fixtures';
import { replayFromStorage, runCommands } from '../shared/testing/replay.property';
import { exclusionDecider, type ExclusionEvent, type RecordExclusion } from '.';

const calendar = calendarWith({ id: 'cal-100001', terms: AUTUMN_2025 });
const spec = DeciderSpecification.for(exclusionDecider);
const UPN = 'B801200005001';

const record = (overrides: Partial<RecordExclusion['data']> = {}): RecordExclusion => ({
  type: 'RecordExclusion',
  data: {
    exclusionId: 'ex-1',
    upn: UPN,
    schoolUrn: '100001',
    schoolLaCode: '201',
    homeLaCode: '201',
    exclusionType: 'SUSP',
    startDate: '2025-11-10',
    startsPartWay: false,
    lengthSchoolDays: 3,
    reasons: ['PA'],
    yearGroup: 9,
    calendar,
    ...overrides,
  },
  metadata: metadata(SCHOOL_ACTOR),
});

const recorded = (command: RecordExclusion): ExclusionEvent[] => spec.given([]).when(command).events();

describe('exclusions: no exclusion yet', () => {
  it('starts the day-6 duty for the home LA when a pupil is permanently excluded (REFERENCE §1.1 example)', () => {
    const events = recorded(record({ exclusionType: 'PERM', startDate: '2025-10-23', lengthSchoolDays: undefined }));
    expect(events.map((e) => e.type)).toEqual(['ExclusionRecorded', 'Day6DutyArose']);
    expect(events[1]!.data).toMatchObject({
      day1: '2025-10-23',
      day6: '2025-11-06',
      responsible: { kind: 'la', organisationId: '201' },
    });
  });

  it('moves day 6 to Friday when the school has an INSET day on 3 November', () => {
    const events = recorded(
      record({
        exclusionType: 'PERM',
        startDate: '2025-10-23',
        lengthSchoolDays: undefined,
        calendar: withInset(calendar, '2025-11-03'),
      }),
    );
    expect(events[1]!.data).toMatchObject({ day6: '2025-11-07' });
  });

  it('counts day 1 from the next school day when the notice starts at lunchtime', () => {
    const events = recorded(
      record({ exclusionType: 'PERM', startDate: '2025-10-23', startsPartWay: true, lengthSchoolDays: undefined }),
    );
    expect(events[1]!.data).toMatchObject({ day1: '2025-10-24', day6: '2025-11-07' });
  });

  it('makes the excluding school responsible when a single suspension is longer than five school days', () => {
    const events = recorded(record({ lengthSchoolDays: 6 }));
    expect(events[1]!.data).toMatchObject({
      day1: '2025-11-10',
      day6: '2025-11-17',
      responsible: { kind: 'school', organisationId: '100001' },
    });
  });

  it('starts no duty for a suspension of five school days or fewer', () => {
    expect(recorded(record({ lengthSchoolDays: 5 })).map((e) => e.type)).toEqual(['ExclusionRecorded']);
  });

  it('starts no duty for a lunchtime suspension', () => {
    expect(recorded(record({ exclusionType: 'LNCH', lengthSchoolDays: undefined })).map((e) => e.type)).toEqual([
      'ExclusionRecorded',
    ]);
  });

  it('refuses an invalid UPN, naming the rule', () => {
    spec
      .given([])
      .when(record({ upn: 'A801200005001' }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => {
        expect(e.code).toBe('UPN_INVALID');
        expect(e.details).toMatchObject({ field: 'upn', rule: 'WRONG_CHECK_LETTER' });
      });
  });

  it('refuses more than three reasons or an unknown reason code', () => {
    spec
      .given([])
      .when(record({ reasons: ['PA', 'PP', 'VA', 'BU'] }))
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(record({ reasons: ['OT' as never] }))
      .thenThrows(RuleViolationError);
  });

  it('refuses a suspension without a length, or longer than 45 school days', () => {
    spec
      .given([])
      .when(record({ lengthSchoolDays: undefined }))
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(record({ lengthSchoolDays: 46 }))
      .thenThrows(RuleViolationError);
  });
});

describe('exclusions: after a short suspension', () => {
  const first = recorded(record());

  it('aggregates a suspension that starts the next school day into one period (SI 2014/3216)', () => {
    const events = spec
      .given(first)
      .when(record({ exclusionId: 'ex-2', startDate: '2025-11-13' }))
      .events();
    expect(events[0]!.data).toMatchObject({ periodId: 'ex-1' });
    expect(events[1]).toMatchObject({
      type: 'Day6DutyArose',
      data: { day1: '2025-11-10', day6: '2025-11-17', exclusionIds: ['ex-1', 'ex-2'] },
    });
  });

  it('does not aggregate a suspension after a gap of a school day', () => {
    const events = spec
      .given(first)
      .when(record({ exclusionId: 'ex-2', startDate: '2025-11-14' }))
      .events();
    expect(events.map((e) => e.type)).toEqual(['ExclusionRecorded']);
    expect(events[0]!.data).toMatchObject({ periodId: 'ex-2' });
  });

  it('counts overlapping suspensions once: 3 days from Mon then 3 from Tue is 4 school days, no duty', () => {
    const events = spec
      .given(recorded(record({ startDate: '2025-11-03' })))
      .when(record({ exclusionId: 'ex-2', startDate: '2025-11-04' }))
      .events();
    expect(events.map((e) => e.type)).toEqual(['ExclusionRecorded']);
    expect(events[0]!.data).toMatchObject({ periodId: 'ex-1', periodLastDay: '2025-11-06', periodSchoolDays: 4 });
  });

  it('does not join an exclusion that started before the current period (recorded late)', () => {
    const events = spec
      .given(first)
      .when(record({ exclusionId: 'ex-2', startDate: '2025-09-08' }))
      .events();
    expect(events[0]!.data).toMatchObject({ periodId: 'ex-2' });
  });

  it('starts a new period after the current one was cancelled, so cancelled days never count', () => {
    const cancelled = [
      ...first,
      {
        type: 'ExclusionCancelled' as const,
        data: { exclusionId: 'ex-1', outcome: 'cancelled' as const, decidedOn: '2025-11-10' },
      },
    ];
    const events = spec
      .given(cancelled)
      .when(record({ exclusionId: 'ex-2', startDate: '2025-11-13', lengthSchoolDays: 3 }))
      .events();
    expect(events.map((e) => e.type)).toEqual(['ExclusionRecorded']);
    expect(events[0]!.data).toMatchObject({ periodId: 'ex-2' });
  });

  it('treats recording the same exclusion again as nothing happening', () => {
    spec.given(first).when(record()).thenNothingHappened();
  });
});

describe('exclusions: with a day-6 duty', () => {
  const perm = recorded(
    record({ exclusionType: 'PERM', startDate: '2025-10-23', lengthSchoolDays: undefined, yearGroup: 11 }),
  );
  const cancel = (outcome: 'cancelled' | 'overturned') => ({
    type: 'CancelExclusion' as const,
    data: { exclusionId: 'ex-1', outcome, decidedOn: '2025-11-04' },
    metadata: metadata(SCHOOL_ACTOR),
  });

  it('moves the duty to the home LA when a permanent exclusion follows a suspension that started it', () => {
    const long = recorded(record({ lengthSchoolDays: 6 }));
    const events = spec
      .given(long)
      .when(
        record({ exclusionId: 'ex-2', exclusionType: 'PERM', startDate: '2025-11-18', lengthSchoolDays: undefined }),
      )
      .events();
    expect(events.at(-1)).toEqual({
      type: 'Day6ResponsibilityMoved',
      data: { periodId: 'ex-1', responsible: { kind: 'la', organisationId: '201' } },
    });
  });

  it('ends the duty when the exclusion is overturned', () => {
    spec
      .given(perm)
      .when(cancel('overturned'))
      .then([
        { type: 'ExclusionCancelled', data: { exclusionId: 'ex-1', outcome: 'overturned', decidedOn: '2025-11-04' } },
        { type: 'Day6DutyEnded', data: { periodId: 'ex-1', reason: 'exclusion_overturned' } },
      ]);
  });

  it('keeps the duty when one of two aggregated suspensions is cancelled but the other is still over five days', () => {
    const long = recorded(record({ lengthSchoolDays: 6 }));
    const withSecond = [
      ...long,
      ...spec
        .given(long)
        .when(record({ exclusionId: 'ex-2', startDate: '2025-11-18', lengthSchoolDays: 2 }))
        .events(),
    ];
    const events = spec
      .given(withSecond)
      .when({ ...cancel('cancelled'), data: { exclusionId: 'ex-2', outcome: 'cancelled', decidedOn: '2025-11-18' } })
      .events();
    expect(events.map((e) => e.type)).toEqual(['ExclusionCancelled']);
  });

  it('ends an earlier period’s duty when its exclusion is cancelled after a later, separate exclusion', () => {
    const long = recorded(record({ startDate: '2025-11-03', lengthSchoolDays: 6 }));
    const later = [
      ...long,
      ...spec
        .given(long)
        .when(record({ exclusionId: 'ex-2', startDate: '2025-11-20', lengthSchoolDays: 1 }))
        .events(),
    ];
    spec
      .given(later)
      .when({ ...cancel('cancelled'), data: { exclusionId: 'ex-1', outcome: 'cancelled', decidedOn: '2025-11-21' } })
      .then([
        { type: 'ExclusionCancelled', data: { exclusionId: 'ex-1', outcome: 'cancelled', decidedOn: '2025-11-21' } },
        { type: 'Day6DutyEnded', data: { periodId: 'ex-1', reason: 'exclusion_cancelled' } },
      ]);
  });

  it('ends the duty when cancelling the middle suspension leaves no run of more than five consecutive days', () => {
    let history = recorded(record({ startDate: '2025-11-10', lengthSchoolDays: 3 }));
    history = [
      ...history,
      ...spec
        .given(history)
        .when(record({ exclusionId: 'ex-2', startDate: '2025-11-13', lengthSchoolDays: 1 }))
        .events(),
    ];
    history = [
      ...history,
      ...spec
        .given(history)
        .when(record({ exclusionId: 'ex-3', startDate: '2025-11-14', lengthSchoolDays: 3 }))
        .events(),
    ];
    expect(history.map((e) => e.type)).toContain('Day6DutyArose');
    const cancelMiddle = {
      ...cancel('cancelled'),
      data: { exclusionId: 'ex-2', outcome: 'cancelled' as const, decidedOn: '2025-11-19', calendar },
    };
    expect(
      spec
        .given(history)
        .when(cancelMiddle)
        .events()
        .map((e) => e.type),
    ).toEqual(['ExclusionCancelled', 'Day6DutyEnded']);
  });

  it('says an unknown exclusion is not found', () => {
    spec
      .given(perm)
      .when({ ...cancel('cancelled'), data: { exclusionId: 'nope', outcome: 'cancelled', decidedOn: '2025-11-04' } })
      .thenThrows(DomainError);
  });

  it('records the Year 11 exams-over exception with who asserted it', () => {
    const exception = {
      type: 'RecordDay6Exception' as const,
      data: { exception: 'y11_exams_over' as const, note: 'Exams finished 20 June' },
      metadata: metadata(LA_ACTOR),
    };
    spec
      .given(perm)
      .when(exception)
      .then([
        {
          type: 'Day6ExceptionRecorded',
          data: {
            periodId: 'ex-1',
            exception: 'y11_exams_over',
            assertedBy: 'user-la',
            note: 'Exams finished 20 June',
          },
        },
      ]);
  });

  it('refuses the exams-over exception for a pupil not in Year 11', () => {
    const y9 = recorded(record({ exclusionType: 'PERM', startDate: '2025-10-23', lengthSchoolDays: undefined }));
    const exception = {
      type: 'RecordDay6Exception' as const,
      data: { exception: 'y11_exams_over' as const, note: 'x' },
      metadata: metadata(LA_ACTOR),
    };
    spec.given(y9).when(exception).thenThrows(RuleViolationError);
  });

  it('refuses an exception when no duty is open', () => {
    const exception = {
      type: 'RecordDay6Exception' as const,
      data: { exception: 'ehcp_fewer_hours' as const, note: 'x', planHours: 10 },
      metadata: metadata(LA_ACTOR),
    };
    spec.given([]).when(exception).thenThrows(IllegalStateError);
  });
});

describe('exclusions: replay', () => {
  it('gives the same state when the events it produced are replayed from storage', () => {
    const dates = ['2025-11-03', '2025-11-06', '2025-11-10', '2025-11-13', '2025-11-14', '2025-11-17'];
    const command = fc.record({
      id: fc.integer({ min: 1, max: 4 }),
      type: fc.constantFrom('SUSP', 'PERM', 'LNCH'),
      start: fc.constantFrom(...dates),
      length: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(fc.array(command, { maxLength: 8 }), (inputs) => {
        const commands = inputs.map((i) =>
          record({
            exclusionId: `ex-${i.id}`,
            exclusionType: i.type as 'SUSP',
            startDate: i.start,
            lengthSchoolDays: i.type === 'SUSP' ? i.length : undefined,
          }),
        );
        const { state, events } = runCommands(exclusionDecider, commands);
        expect(replayFromStorage(exclusionDecider, events)).toEqual(state);
      }),
    );
  });
});
