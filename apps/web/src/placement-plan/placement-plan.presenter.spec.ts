import { presentPlacementPlan, type PlacementRecord } from './placement-plan.presenter';

const placement: PlacementRecord = {
  placementId: 'p1',
  status: 'active',
  upn: 'B801200005001',
  providerId: 'prov-bridges',
  tier: 2,
  startDate: '2025-11-03',
  startedOn: '2025-11-04',
  plannedEndDate: '2025-12-05',
  extensions: 0,
  reintegrationCriteria: ['Attends 90% for four weeks'],
  fullTime: false,
  timetable: { hoursPerWeek: 15 },
};

const names = { pupil: 'Amira Khan', provider: 'Bridges Learning' };

describe('a placement’s plan', () => {
  it('tags an open placement past its planned end', () => {
    expect(presentPlacementPlan(placement, '2025-12-08', 'la_officer', '201', names).overrun?.text).toBe(
      'Past its planned end',
    );
    expect(presentPlacementPlan(placement, '2025-12-05', 'la_officer', '201', names).overrun).toBeUndefined();
  });

  it('uses the placement page’s status words', () => {
    const status = (s: string) => presentPlacementPlan({ ...placement, status: s }, '2025-12-05', 'school', '1', names);
    expect(['planned', 'active', 'ended'].map((s) => status(s).status.text)).toEqual([
      'Not started',
      'Attending',
      'Ended',
    ]);
  });

  it('names the pupil and the provider', () => {
    const plan = presentPlacementPlan(placement, '2025-12-05', 'provider', 'prov-bridges', names);
    expect(plan.heading).toBe('Placement for Amira Khan');
    expect(plan.rows[0]).toEqual({ key: 'Provider', value: 'Bridges Learning' });
  });

  it('says when the pupil started only once a start is recorded', () => {
    const startRow = (p: typeof placement) =>
      presentPlacementPlan(p, '2025-11-01', 'provider', 'prov-bridges', names).rows[2];
    expect(startRow(placement)).toEqual({ key: 'Started', value: 'Tuesday 4 November 2025' });
    const { startedOn: _, ...unstarted } = placement;
    expect(startRow({ ...unstarted, status: 'planned' })).toEqual({
      key: 'Due to start',
      value: 'Monday 3 November 2025',
    });
  });

  it('writes the tier and planned end in words', () => {
    const plan = presentPlacementPlan(
      { ...placement, extensions: 1, plannedEndDate: '2026-01-05' },
      '2025-12-08',
      'provider',
      'prov-bridges',
      names,
    );
    expect(plan.rows).toEqual(
      expect.arrayContaining([
        { key: 'Tier', value: 'Tier 2: time-limited, returning to the home school' },
        { key: 'Planned end', value: 'Monday 5 January 2026' },
        { key: 'Extended', value: 'Once' },
        { key: 'Hours', value: '15 a week (part-time)' },
      ]),
    );
  });
});
