import { RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { metadata, PROVIDER_ACTOR } from '../shared/testing/fixtures';
import { fold } from '../shared';
import {
  placementDecider,
  upcastPlacementEvent,
  type CreatePlacement,
  type PlacementCommand,
  type PlacementEvent,
  type PlacementState,
} from '.';

const spec = DeciderSpecification.for(placementDecider);
const meta = metadata(PROVIDER_ACTOR, '2025-11-10T09:00:00.000Z');
const createData = (overrides: Partial<CreatePlacement['data']> = {}): CreatePlacement['data'] => ({
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
});
const cmd = <T extends PlacementCommand['type']>(type: T, data: Extract<PlacementCommand, { type: T }>['data']) =>
  ({ type, data, metadata: meta }) as Extract<PlacementCommand, { type: T }>;
const created = (overrides: Partial<CreatePlacement['data']> = {}): PlacementEvent =>
  placementDecider.decide(cmd('CreatePlacement', createData(overrides)), placementDecider.initialState())[0]!;
const tier2 = (): PlacementEvent[] => [
  created({ tier: 2, plannedEndDate: '2026-02-13' }),
  { type: 'PlacementStarted', data: { startedOn: '2025-11-10', hoursPerWeek: 25, fullTime: true } },
];
const criteria = cmd('AgreeReintegrationCriteria', {
  criteria: ['Attends 90% for four weeks', 'Manages unstructured time'],
  agreedOn: '2025-11-14',
  agreedWith: ['pupil', 'parent', 'home school'],
});
const review = (progress?: Array<{ criterion: string; met: boolean }>) =>
  cmd('RecordPlacementReview', {
    reviewId: 'rv-1',
    heldOn: '2025-12-08',
    attendancePercent: 88,
    progress: 'Settling',
    pupilView: 'I like the small classes',
    parentView: 'Calmer at home',
    nextReviewDate: '2026-01-19',
    ...(progress ? { reintegrationProgress: progress } : {}),
  });

describe('placement tiers: a new placement', () => {
  it('records the tier and planned end it is given', () => {
    expect(created({ tier: 3, plannedEndDate: '2026-07-17' }).data).toMatchObject({
      tier: 3,
      plannedEndDate: '2026-07-17',
    });
  });

  it('defaults to tier 2 for a pupil who stays on the home school roll, and tier 3 otherwise', () => {
    expect(created({}).data).toMatchObject({ tier: 2 });
    expect(created({ dualRegistered: false }).data).toMatchObject({ tier: 3 });
  });

  it('refuses a tier-2 placement without a planned end, or a planned end before the start', () => {
    spec
      .given([])
      .when(cmd('CreatePlacement', createData({ tier: 2 })))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('TIER2_PLANNED_END_REQUIRED'));
    spec
      .given([])
      .when(cmd('CreatePlacement', createData({ tier: 3, plannedEndDate: '2025-11-01' })))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PLANNED_END_INVALID'));
  });
});

describe('placement tiers: an active tier-2 placement', () => {
  it('agrees reintegration criteria at induction, once', () => {
    expect(spec.given(tier2()).when(criteria).events()[0]).toMatchObject({
      type: 'ReintegrationCriteriaAgreed',
      data: { criteria: ['Attends 90% for four weeks', 'Manages unstructured time'] },
    });
    const agreed = spec.given(tier2()).when(criteria).events();
    spec
      .given([...tier2(), ...agreed])
      .when(criteria)
      .thenNothingHappened();
  });

  it('refuses reintegration criteria on a tier-3 placement', () => {
    spec
      .given([created({ tier: 3, dualRegistered: false })])
      .when(criteria)
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('NOT_TIER2'));
  });

  it('reviews every agreed criterion at each review', () => {
    const agreed = [...tier2(), ...spec.given(tier2()).when(criteria).events()];
    spec
      .given(agreed)
      .when(review([{ criterion: 'Attends 90% for four weeks', met: true }]))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => {
        expect(e.code).toBe('REINTEGRATION_CRITERIA_NOT_REVIEWED');
        expect(e.details['missing']).toEqual(['Manages unstructured time']);
      });
    const ok = spec
      .given(agreed)
      .when(
        review([
          { criterion: 'Attends 90% for four weeks', met: true },
          { criterion: 'Manages unstructured time', met: false },
        ]),
      )
      .events();
    expect(ok[0]).toMatchObject({ type: 'PlacementReviewed' });
  });

  it('keeps the reason for the latest extension', () => {
    const extended = spec
      .given(tier2())
      .when(cmd('ExtendPlacement', { plannedEndDate: '2026-03-27', reason: 'Needs another half term' }))
      .events();
    expect(fold(placementDecider, [...tier2(), ...extended])).toMatchObject({
      plannedEndDate: '2026-03-27',
      extensions: 1,
      extensionReason: 'Needs another half term',
    });
  });

  it('extends the planned end only with a later date and a reason', () => {
    expect(
      spec
        .given(tier2())
        .when(cmd('ExtendPlacement', { plannedEndDate: '2026-03-27', reason: 'Needs another half term' }))
        .events(),
    ).toEqual([
      {
        type: 'PlacementExtended',
        data: {
          previousEndDate: '2026-02-13',
          plannedEndDate: '2026-03-27',
          reason: 'Needs another half term',
          extendedAt: meta.now,
        },
      },
    ]);
    spec
      .given(tier2())
      .when(cmd('ExtendPlacement', { plannedEndDate: '2026-01-05', reason: 'x' }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('EXTENSION_NOT_LATER'));
    spec
      .given(tier2())
      .when(cmd('ExtendPlacement', { plannedEndDate: '2026-03-27', reason: '  ' }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('EXTENSION_REASON_REQUIRED'));
    spec
      .given(tier2())
      .when(cmd('ExtendPlacement', { plannedEndDate: '2026-02-13', reason: 'same' }))
      .thenNothingHappened();
  });
});

describe('placement upcasting: events stored before tiers existed', () => {
  const v1Created = JSON.parse(
    JSON.stringify({
      type: 'PlacementCreated',
      schemaVersion: 1,
      data: { ...created({}).data, tier: undefined, plannedEndDate: undefined },
    }),
  );
  const v1Reviewed = JSON.parse(
    JSON.stringify({
      type: 'PlacementReviewed',
      data: {
        reviewId: 'r0',
        heldOn: '2025-12-01',
        attendancePercent: 80,
        progress: 'p',
        pupilView: 'v',
        parentView: 'v',
        nextReviewDate: '2026-01-05',
      },
    }),
  );

  it('reads an old placement as tier 2 when dual-registered (tier 3 when not), with no planned end', () => {
    expect(upcastPlacementEvent(v1Created).data).toMatchObject({ tier: 2 });
    expect(upcastPlacementEvent(v1Created).data).not.toHaveProperty('plannedEndDate');
    const excluded = { ...v1Created, data: { ...v1Created.data, dualRegistered: false } };
    expect(upcastPlacementEvent(excluded).data).toMatchObject({ tier: 3 });
  });

  it('reads an old review as having no reintegration progress, and leaves current events as they are', () => {
    expect(upcastPlacementEvent(v1Reviewed).data).toMatchObject({ reintegrationProgress: [] });
    const current = created({ tier: 3, plannedEndDate: '2026-07-17' });
    expect(upcastPlacementEvent({ ...current, schemaVersion: 2 })).toEqual(current);
  });

  it('folds an old stream into a placement that works with the new commands', () => {
    const started = { type: 'PlacementStarted', data: { startedOn: '2025-11-10', hoursPerWeek: 25, fullTime: true } };
    const state = fold(placementDecider, [v1Created, started] as PlacementEvent[]) as Extract<
      PlacementState,
      { status: 'active' }
    >;
    expect(state).toMatchObject({ status: 'active', tier: 2, extensions: 0, reintegrationCriteria: [] });
    expect(placementDecider.decide(criteria, state)[0]?.type).toBe('ReintegrationCriteriaAgreed');
  });
});
