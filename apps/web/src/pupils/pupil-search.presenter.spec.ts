import { presentPupilSearch } from './pupil-search.presenter';

describe('pupil search results', () => {
  it('names each pupil with their year, date of birth, UPN and school', () => {
    const page = presentPupilSearch('ava smth', [
      {
        upn: 'B801200005001',
        pupilName: 'Ava Smith',
        dateOfBirth: '2011-03-14',
        yearGroup: '9',
        referralId: 'r1',
        status: 'accepted',
        commissionerName: 'Oak Academy',
      },
    ]);
    expect(page.heading).toBe('1 pupil found for ‘ava smth’');
    expect(page.results[0]).toMatchObject({
      name: 'Ava Smith',
      href: '/referrals/r1',
      details: 'Year 9, born 14 March 2011, UPN B801200005001, Oak Academy',
    });
  });

  it('says when nothing matched', () => {
    expect(presentPupilSearch('zz', []).heading).toBe('No pupils found for ‘zz’');
  });
});
