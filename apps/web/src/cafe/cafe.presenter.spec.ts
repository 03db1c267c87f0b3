import { parseCafeReview } from './cafe.form';
import { presentReviews, presentWorklist } from './cafe.presenter';
import { worklistTable } from './cafe.view';

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
            providerName: 'Bridges Learning',
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
      facts: [
        '15 hours a week at Bridges Learning since Monday 3 November 2025, to end Friday 5 December 2025 (tier 2)',
      ],
      lastReviewed: 'Not reviewed',
    });
  });

  it('names the excluding school and the referring school, not their URNs', () => {
    const [row] = presentWorklist([
      {
        upn: 'B801200005001',
        reasons: ['no_provision_after_day6', 'ill_out_of_school'],
        facts: [
          { reason: 'no_provision_after_day6', day6: '2025-11-06', schoolUrn: '100030', schoolName: 'Oak Academy' },
          {
            reason: 'ill_out_of_school',
            commissionerId: '100030',
            commissionerName: 'Oak Academy',
            since: '2025-11-03',
          },
        ],
        lastReviewedOn: null,
        openActions: 0,
      },
    ]);
    expect(row!.facts).toEqual([
      'Day 6 was Thursday 6 November 2025; excluded by Oak Academy',
      'Referred by Oak Academy on Monday 3 November 2025',
    ]);
  });

  it('offers "Record a review" to an officer but not to an auditor, who may not record one', () => {
    const rows = presentWorklist([
      { upn: 'B801200005001', reasons: ['part_time_timetable'], facts: [], lastReviewedOn: null, openActions: 0 },
    ]);
    const html = (canRecord: boolean) => JSON.stringify(worklistTable(rows, canRecord));
    expect(html(true)).toContain('Record a review');
    expect(html(false)).not.toContain('Record a review');
    expect(worklistTable(rows, false).head).toHaveLength(worklistTable(rows, false).rows[0]!.length);
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
