import { presentReferralHistory } from './referral-history.presenter';

describe('the referral timeline', () => {
  const history = [
    {
      summary: 'Referral submitted to Bridges Learning Centre',
      at: '2025-11-03T09:15:00.000Z',
      by: { name: 'Sam Patel', organisationName: 'Oak Academy', role: 'school' },
    },
    {
      summary: 'Declined by Bridges Learning Centre: No places this term',
      at: '2025-11-04T10:00:00.000Z',
      by: { name: 'Alex Morgan', organisationName: 'Bridges Learning Centre', role: 'provider' },
    },
  ];

  it('puts the newest first, saying who did it and on what day', () => {
    expect(presentReferralHistory(history)).toEqual([
      {
        title: 'Declined by Bridges Learning Centre: No places this term',
        byline: 'Alex Morgan, Bridges Learning Centre',
        date: 'Tue 4 Nov 2025',
        iso: '2025-11-04T10:00:00.000Z',
      },
      {
        title: 'Referral submitted to Bridges Learning Centre',
        byline: 'Sam Patel, Oak Academy',
        date: 'Mon 3 Nov 2025',
        iso: '2025-11-03T09:15:00.000Z',
      },
    ]);
  });

  it('credits the service with what it did itself', () => {
    const [entry] = presentReferralHistory([{ summary: 'x', at: '2025-11-03T09:15:00.000Z', by: null }]);
    expect(entry!.byline).toBe('the service');
  });
});
