import { presentPlacementPlan, type PlacementRecord } from './placement-plan.presenter';

const placement: PlacementRecord = {
  placementId: 'p1',
  status: 'active',
  upn: 'B801200005001',
  providerId: 'prov-bridges',
  tier: 2,
  startDate: '2025-11-03',
  plannedEndDate: '2025-12-05',
  extensions: 0,
  reintegrationCriteria: ['Attends 90% for four weeks'],
  fullTime: false,
  timetable: { hoursPerWeek: 15 },
};

describe('a placement’s plan', () => {
  it('tags an open placement past its planned end', () => {
    expect(presentPlacementPlan(placement, '2025-12-08', 'la_officer', '201').status.text).toBe('Past its planned end');
    expect(presentPlacementPlan(placement, '2025-12-05', 'la_officer', '201').status.text).toBe('Open');
  });

  it('writes the tier and planned end in words', () => {
    const plan = presentPlacementPlan(
      { ...placement, extensions: 1, plannedEndDate: '2026-01-05' },
      '2025-12-08',
      'provider',
      'prov-bridges',
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
