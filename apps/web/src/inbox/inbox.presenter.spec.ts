import { presentInbox, type InboxItem } from './inbox.presenter';
import { inboxTable } from './inbox.view';

const item = (over: Partial<InboxItem>): InboxItem => ({
  referralId: 'r1',
  status: 'submitted',
  reason: 'permanent_exclusion',
  commissionerId: '100001',
  commissionerName: 'Oak Academy',
  pupilName: 'Ava Smith',
  yearGroup: '9',
  submittedAt: '2025-11-03T09:00:00Z',
  respondBy: '2025-11-06',
  ...over,
});

describe('the provider inbox', () => {
  it('lists overdue referrals first, then the earliest respond-by date', () => {
    const inbox = presentInbox(
      [
        item({ referralId: 'later', respondBy: '2025-11-10' }),
        item({ referralId: 'soon', respondBy: '2025-11-07' }),
        item({ referralId: 'overdue', respondBy: '2025-11-04' }),
      ],
      '2025-11-05',
    );
    expect(inbox.rows.map((r) => r.href)).toEqual(['/referrals/overdue', '/referrals/soon', '/referrals/later']);
    expect(inbox.rows[0]!.status).toEqual({ text: 'Overdue', classes: 'govuk-tag--red' });
    expect(inbox.overdueCount).toBe(1);
  });

  it('shows the pupil, year, who referred them and the reason in words, and the respond-by date written out', () => {
    const [row] = presentInbox([item({})], '2025-11-03').rows;
    expect(row).toMatchObject({
      pupil: 'Ava Smith',
      year: 'Year 9',
      referredBy: 'Oak Academy',
      reason: 'Permanent exclusion',
      respondBy: '6 Nov 2025',
      overdue: false,
    });
  });

  it('puts referrals waiting for the referrer after those waiting for the provider, and never calls them overdue', () => {
    const inbox = presentInbox(
      [
        item({
          referralId: 'asked',
          status: 'information_requested',
          commissionerId: '201',
          commissionerName: 'Local authority 201',
          respondBy: '2025-11-01',
          informationDueBy: '2025-11-06',
        }),
        item({ referralId: 'mine', respondBy: '2025-11-10' }),
      ],
      '2025-11-05',
    );
    expect(inbox.rows.map((r) => r.href)).toEqual(['/referrals/mine', '/referrals/asked']);
    expect(inbox.rows[1]!.status.text).toBe('Waiting for Local authority 201 (due Thursday 6 November 2025)');
  });

  it('tells the provider a referral is waiting for its response, not "for provider"', () => {
    expect(presentInbox([item({})], '2025-11-03').rows[0]!.status).toEqual({
      text: 'Waiting for your response',
      classes: 'govuk-tag--blue',
    });
  });

  it('captions its table with the count, not the page heading again', () => {
    const table = inboxTable(presentInbox([item({}), item({ referralId: 'r2' })], '2025-11-03'));
    expect(table.caption).toBe('2 referrals, the most urgent first');
    expect(table.captionClasses).toBe('govuk-visually-hidden');
    expect(table.head.map((h) => h.text)).toContain('Referred by');
  });
});
