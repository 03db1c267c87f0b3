import { parseCafeReview } from './cafe.form';
import { presentReviews, presentWorklist } from './cafe.presenter';

describe('the CAFE worklist', () => {
  it('says why each pupil is listed and the facts in words', () => {
    const [row] = presentWorklist([
      {
        upn: 'B801200005001',
        reasons: ['part_time_timetable'],
        facts: [
          {
            reason: 'part_time_timetable',
            hoursPerWeek: 15,
            providerId: 'prov-bridges',
            since: '2025-11-03',
            endDate: '2025-12-05',
            tier: 2,
          },
        ],
        lastReviewedOn: null,
        openActions: 0,
      },
    ]);
    expect(row).toMatchObject({
      reasons: ['Part-time timetable'],
      facts: ['15 hours a week at prov-bridges since Monday 3 November 2025, to end Friday 5 December 2025 (tier 2)'],
      lastReviewed: 'Not reviewed',
    });
  });

  it('tags an action past its due date as overdue and a done one with its date', () => {
    const [review] = presentReviews([
      {
        reviewId: 'r1',
        upn: 'B801200005001',
        heldOn: '2025-12-08',
        attendees: ['LA'],
        reasons: ['part_time_timetable'],
        recommendations: ['Return after Christmas'],
        actions: [
          { actionId: 'a1', description: 'x', owner: 'o', dueDate: '2025-12-12', completedOn: null, overdue: true },
          {
            actionId: 'a2',
            description: 'y',
            owner: 'o',
            dueDate: '2025-12-12',
            completedOn: '2025-12-10',
            overdue: false,
          },
        ],
      },
    ]);
    expect(review!.actions.map((a) => a.status.text)).toEqual(['Overdue', 'Done 10 Dec 2025']);
  });
});

describe('the panel review form', () => {
  it('needs an owner and a due date for an action', () => {
    const result = parseCafeReview({
      upn: 'B801200005001',
      'heldOn-day': '8',
      'heldOn-month': '12',
      'heldOn-year': '2025',
      attendees: 'LA officer',
      actionDescription: 'Agree the return date',
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Enter who owns the action',
      'Enter when the action is due',
    ]);
  });
});
