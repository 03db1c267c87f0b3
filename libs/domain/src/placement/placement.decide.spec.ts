import fc from 'fast-check';
import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { metadata, PROVIDER_ACTOR } from '../shared/testing/fixtures';
import { replayFromStorage, runCommands } from '../shared/testing/replay.property';
import {
  placementDecider,
  type CreatePlacement,
  type PlacementCommand,
  type PlacementEvent,
  type PartTimeTerms,
} from '.';

const spec = DeciderSpecification.for(placementDecider);
const meta = metadata(PROVIDER_ACTOR, '2025-11-10T09:00:00.000Z');
const partTime: PartTimeTerms = {
  reason: 'medical',
  detail: 'Anxiety: building up hours',
  parentalAgreement: true,
  reviewDate: '2025-11-24',
  endDate: '2025-12-19',
};

const create = (overrides: Partial<CreatePlacement['data']> = {}): CreatePlacement => ({
  type: 'CreatePlacement',
  data: {
    placementId: 'pl-1',
    referralId: 'ref-1',
    providerId: 'prov-1',
    commissioner: { kind: 'school', organisationId: '100001', laCode: '201' },
    upn: 'B801200005001',
    yearGroup: 9,
    lookedAfterOrEhcp: false,
    provider: { registered: true, fullTimeRoll: { fullTimePupils: 0, fullTimeLookedAfterOrEhcp: 0 } },
    startDate: '2025-11-10',
    timetable: { hoursPerWeek: 25 },
    dualRegistered: true,
    ...overrides,
  },
  metadata: meta,
});
const startCmd = (startedOn = '2025-11-10'): PlacementCommand => ({
  type: 'StartPlacement',
  data: { startedOn },
  metadata: meta,
});
const events = (...commands: PlacementCommand[]): PlacementEvent[] => runCommands(placementDecider, commands).events;

describe('placement: not yet created', () => {
  it('creates a full-time placement from an accepted referral', () => {
    expect(spec.given([]).when(create()).events()[0]).toMatchObject({
      type: 'PlacementCreated',
      data: { fullTime: true, dualRegistered: true },
    });
  });

  it('creates a part-time placement only with a reason, parental agreement, a review date and an end date', () => {
    expect(
      spec
        .given([])
        .when(create({ timetable: { hoursPerWeek: 12, partTime } }))
        .events()[0]!.data,
    ).toMatchObject({ fullTime: false });
    spec
      .given([])
      .when(create({ timetable: { hoursPerWeek: 12 } }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PART_TIME_TERMS_REQUIRED'));
    spec
      .given([])
      .when(create({ timetable: { hoursPerWeek: 12, partTime: { ...partTime, parentalAgreement: false } } }))
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(create({ timetable: { hoursPerWeek: 12, partTime: { ...partTime, endDate: '2025-11-01' } } }))
      .thenThrows(RuleViolationError);
    spec
      .given([])
      .when(create({ timetable: { hoursPerWeek: 12, partTime: { ...partTime, reviewDate: '2026-01-05' } } }))
      .thenThrows(RuleViolationError);
  });

  it('never allows a part-time timetable to manage behaviour', () => {
    spec
      .given([])
      .when(create({ timetable: { hoursPerWeek: 12, partTime: { ...partTime, reason: 'manage_behaviour' } } }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PART_TIME_TO_MANAGE_BEHAVIOUR'));
  });

  it('refuses placing a fifth full-time pupil with an unregistered provider', () => {
    const provider = { registered: false, fullTimeRoll: { fullTimePupils: 4, fullTimeLookedAfterOrEhcp: 0 } };
    spec
      .given([])
      .when(create({ provider }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PROVIDER_MUST_REGISTER'));
  });

  it('refuses placing a looked-after pupil full-time with an unregistered provider, but allows part-time', () => {
    const provider = { registered: false, fullTimeRoll: { fullTimePupils: 0, fullTimeLookedAfterOrEhcp: 0 } };
    spec
      .given([])
      .when(create({ provider, lookedAfterOrEhcp: true }))
      .thenThrows(RuleViolationError);
    expect(
      spec
        .given([])
        .when(create({ provider, lookedAfterOrEhcp: true, timetable: { hoursPerWeek: 12, partTime } }))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses starting a placement that does not exist', () => {
    spec.given([]).when(startCmd()).thenThrows(IllegalStateError);
  });
});

describe('placement: planned', () => {
  const planned = events(create());

  it('starts on the day it happens', () => {
    spec
      .given(planned)
      .when(startCmd())
      .then([{ type: 'PlacementStarted', data: { startedOn: '2025-11-10', hoursPerWeek: 25, fullTime: true } }]);
  });

  it('refuses recording a start in the future', () => {
    spec.given(planned).when(startCmd('2025-11-11')).thenThrows(RuleViolationError);
  });

  it('refuses ending a placement before it has started', () => {
    spec
      .given(planned)
      .when({ type: 'EndPlacement', data: { endedOn: '2025-11-12', reason: 'other' }, metadata: meta })
      .thenThrows(IllegalStateError);
  });
});

describe('placement: active', () => {
  const active = events(create(), startCmd());
  const review = (overrides = {}): PlacementCommand => ({
    type: 'RecordPlacementReview',
    data: {
      reviewId: 'rv-1',
      heldOn: '2025-11-10',
      attendancePercent: 88,
      progress: 'Settling',
      pupilView: 'Likes it',
      parentView: 'Relieved',
      nextReviewDate: '2025-12-15',
      ...overrides,
    },
    metadata: meta,
  });

  it('refuses starting a placement twice', () => {
    spec
      .given(active)
      .when(startCmd())
      .thenThrows(IllegalStateError, (e: IllegalStateError) => expect(e.code).toBe('PLACEMENT_ALREADY_STARTED'));
  });

  it('records a review with attendance, progress, views and the next review date', () => {
    expect(spec.given(active).when(review()).events()).toHaveLength(1);
    spec
      .given([...active, ...spec.given(active).when(review()).events()])
      .when(review())
      .thenNothingHappened();
    spec
      .given(active)
      .when(review({ nextReviewDate: '2025-11-01' }))
      .thenThrows(RuleViolationError);
    spec
      .given(active)
      .when(review({ attendancePercent: 120 }))
      .thenThrows(RuleViolationError);
  });

  it('changes hours, applying the part-time rules to the new timetable', () => {
    const change = (timetable: object): PlacementCommand => ({
      type: 'ChangePlacementHours',
      data: { effectiveFrom: '2025-11-17', timetable: timetable as never },
      metadata: meta,
    });
    expect(
      spec
        .given(active)
        .when(change({ hoursPerWeek: 10, partTime: { ...partTime, reviewDate: '2025-12-01' } }))
        .events()[0]!.data,
    ).toMatchObject({ fullTime: false });
    spec
      .given(active)
      .when(change({ hoursPerWeek: 10 }))
      .thenThrows(RuleViolationError);
  });

  it('measures hours against the full-time benchmark of the pupil’s year group in the new school year', () => {
    const hours24 = (effectiveFrom: string): PlacementCommand => ({
      type: 'ChangePlacementHours',
      data: {
        effectiveFrom,
        timetable: {
          hoursPerWeek: 24,
          partTime: { ...partTime, reviewDate: '2027-09-20', endDate: '2027-10-20' },
        } as never,
      },
      metadata: meta,
    });
    // Year 9 in 2025/26 (24 hours is full-time); a Y10 in 2026/27 still 24, a Y11 in 2027/28 needs 25.
    expect(spec.given(active).when(hours24('2026-01-05')).events()[0]!.data).toMatchObject({ fullTime: true });
    expect(spec.given(active).when(hours24('2027-09-06')).events()[0]!.data).toMatchObject({ fullTime: false });
  });

  it('refuses raising an unregistered provider’s fifth pupil to full-time hours', () => {
    const partTimePlacement = events(
      create({
        timetable: { hoursPerWeek: 12, partTime },
        provider: { registered: false, fullTimeRoll: { fullTimePupils: 4, fullTimeLookedAfterOrEhcp: 0 } },
      }),
      startCmd(),
    );
    const raise = (registered: boolean): PlacementCommand => ({
      type: 'ChangePlacementHours',
      data: {
        effectiveFrom: '2025-11-17',
        timetable: { hoursPerWeek: 25 },
        provider: { registered, fullTimeRoll: { fullTimePupils: 4, fullTimeLookedAfterOrEhcp: 0 } },
      },
      metadata: meta,
    });
    spec
      .given(partTimePlacement)
      .when(raise(false))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PROVIDER_MUST_REGISTER'));
    expect(spec.given(partTimePlacement).when(raise(true)).events()[0]).toMatchObject({
      type: 'PlacementHoursChanged',
      data: { fullTime: true, timetable: { hoursPerWeek: 25 } },
    });
  });

  it('ends with a reason, once', () => {
    const endCmd: PlacementCommand = {
      type: 'EndPlacement',
      data: { endedOn: '2025-12-19', reason: 'returned_to_home_school' },
      metadata: meta,
    };
    const ended = [...active, ...spec.given(active).when(endCmd).events()];
    expect(ended.at(-1)).toMatchObject({ type: 'PlacementEnded' });
    spec.given(ended).when(endCmd).thenNothingHappened();
    spec.given(ended).when(review()).thenThrows(IllegalStateError);
  });
});

describe('placement: replay', () => {
  it('gives the same state when the events it produced are replayed from storage', () => {
    const all: PlacementCommand[] = [
      create(),
      startCmd(),
      {
        type: 'ChangePlacementHours',
        data: { effectiveFrom: '2025-11-17', timetable: { hoursPerWeek: 20, partTime } },
        metadata: meta,
      },
      {
        type: 'RecordPlacementReview',
        data: {
          reviewId: 'r',
          heldOn: '2025-11-10',
          attendancePercent: 50,
          progress: 'p',
          pupilView: 'v',
          parentView: 'v',
          nextReviewDate: '2025-11-20',
        },
        metadata: meta,
      },
      { type: 'EndPlacement', data: { endedOn: '2025-11-20', reason: 'breakdown' }, metadata: meta },
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...all), { maxLength: 12 }), (commands) => {
        const { state, events: produced } = runCommands(placementDecider, commands);
        expect(replayFromStorage(placementDecider, produced)).toEqual(state);
      }),
    );
  });
});
