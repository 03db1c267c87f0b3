import { presentMyPlacements, type ProviderPlacement } from './my-placements.presenter';

const placement = (over: Partial<ProviderPlacement>): ProviderPlacement => ({
  placementId: 'p1',
  status: 'active',
  pupilName: 'Ava Smith',
  yearGroup: '9',
  schoolName: 'Oak Academy',
  startDate: '2025-11-10',
  startedOn: '2025-11-10',
  hoursPerWeek: 15,
  fullTime: false,
  nextReviewDate: '2025-12-08',
  ...over,
});

describe('the provider placements list', () => {
  it('names each pupil with their school, status, start and next review', () => {
    const [row] = presentMyPlacements([placement({})], '2025-11-24').rows;
    expect(row).toMatchObject({
      href: '/placements/p1',
      pupil: 'Ava Smith',
      year: 'Year 9',
      school: 'Oak Academy',
      status: { text: 'Attending' },
      start: '10 Nov 2025',
      hours: '15 (part time)',
      nextReview: '8 Dec 2025',
      overdue: false,
    });
  });

  it('puts overdue reviews first, tagged, then the review due soonest', () => {
    const list = presentMyPlacements(
      [
        placement({ placementId: 'later', nextReviewDate: '2026-01-10' }),
        placement({ placementId: 'none', nextReviewDate: null, status: 'planned', startedOn: null }),
        placement({ placementId: 'soon', nextReviewDate: '2025-12-01' }),
        placement({ placementId: 'late', nextReviewDate: '2025-11-20' }),
      ],
      '2025-11-24',
    );
    expect(list.rows.map((r) => [r.href, r.overdue, r.nextReview])).toEqual([
      ['/placements/late', true, '20 Nov 2025'],
      ['/placements/soon', false, '1 Dec 2025'],
      ['/placements/later', false, '10 Jan 2026'],
      ['/placements/none', false, 'After it starts'],
    ]);
    expect(list.rows[3]!.status.text).toBe('Not started');
    expect(list.overdueCount).toBe(1);
    expect(list.heading).toBe('4 current placements');
  });
});
