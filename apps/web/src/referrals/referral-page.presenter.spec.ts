import { presentReferralPage } from './referral-page.presenter';

const referral = (status: string) => ({
  referralId: 'r1',
  status,
  reason: 'suspension',
  commissioner: { name: 'Oak Academy', organisationId: '100001' },
  providerName: 'Bridges Learning',
  respondBy: null,
  informationDueBy: null,
  openRequest: null,
  acceptance: null,
  placementId: null,
  sections: { identity: { fullName: 'Ava Smith', dateOfBirth: '2011-03-14', yearGroup: 9 } },
  history: [
    {
      summary: 'Declined by Bridges Learning: No places',
      at: '2025-11-04T10:00:00.000Z',
      by: { name: 'Alex Morgan', organisationName: 'Bridges Learning', role: 'provider' },
    },
  ],
});

describe('the referral page', () => {
  it('offers the school that made the referral to send it on after a decline, or to withdraw it', () => {
    const page = presentReferralPage(referral('declined'), 'school', '100001');
    expect(page.actions).toMatchObject({ sendOn: true, withdraw: true, respond: false });
  });

  it('offers neither to anyone but the commissioner', () => {
    expect(presentReferralPage(referral('declined'), 'la_officer', '201').actions).toMatchObject({
      sendOn: false,
      withdraw: false,
    });
    expect(presentReferralPage(referral('declined'), 'provider', 'prov-bridges').actions.withdraw).toBe(false);
  });

  it('cannot be withdrawn once accepted', () => {
    expect(presentReferralPage(referral('accepted'), 'school', '100001').actions.withdraw).toBe(false);
  });

  it('shows what happened in plain English, with who and when', () => {
    expect(presentReferralPage(referral('declined'), 'school', '100001').timeline).toEqual([
      {
        title: 'Declined by Bridges Learning: No places',
        byline: 'Alex Morgan, Bridges Learning',
        date: 'Tue 4 Nov 2025',
        iso: '2025-11-04T10:00:00.000Z',
      },
    ]);
  });

  it("shows the school the provider's note with its request, and when it was asked and is due", () => {
    const asked = {
      ...referral('information_requested'),
      openRequest: {
        requestId: 'rq-1',
        items: ['medical', 'attendance'],
        note: 'Please send the latest attendance certificate',
        requestedAt: '2025-11-04T10:00:00.000Z',
        dueBy: '2025-11-06',
      },
    };
    expect(presentReferralPage(asked, 'school', '100001').request).toEqual({
      heading: 'Bridges Learning asked for more information',
      asked: 'Asked on 4 Nov 2025 at 10:00am',
      due: 'Answer by Thursday 6 November 2025',
      items: ['Medical needs', 'Attendance'],
      note: 'Bridges Learning asked: “Please send the latest attendance certificate”',
    });
  });

  it('tells the provider the referral is waiting for its response, and the school that it is with the provider', () => {
    expect(presentReferralPage(referral('submitted'), 'provider', 'prov-bridges').status.text).toBe(
      'Waiting for your response',
    );
    expect(presentReferralPage(referral('submitted'), 'school', '100001').status.text).toBe('Waiting for provider');
  });
});
