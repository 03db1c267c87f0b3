import { TestApp, type Caller } from '../support/test-app';
import { registerOrganisations, LA } from '../support/world';
import { upnCheckLetter } from '../../libs/domain/src/identifiers';

const upn = (digits: string) => `${upnCheckLetter(digits)}${digits}`;

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const OTHER_SCHOOL: Caller = { role: 'school', org: '100002', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };

let app: TestApp;

async function referral(caller: Caller, fullName: string, upn: string): Promise<string> {
  const { body } = await app.request(caller, 'POST', '/referrals', { reason: 'other' });
  await app.request(caller, 'PUT', `/referrals/${body.referralId}/sections/identity`, {
    upn,
    fullName,
    dateOfBirth: '2011-03-14',
    yearGroup: 9,
    homeLaCode: '201',
  });
  return body.referralId;
}

const search = async (caller: Caller, q: string) =>
  (await app.request(caller, 'GET', `/pupils?search=${encodeURIComponent(q)}`)).body.items as { pupilName: string }[];

beforeAll(async () => {
  app = await TestApp.start();
  await registerOrganisations(app);
  await app.request(LA, 'POST', '/schools', { urn: '100002', name: 'Elm School', laCode: '201' });
  await referral(SCHOOL, 'Ava Smith', 'B801200005001');
  await referral(SCHOOL, 'Noah Jones', upn('801200005002'));
  await referral(OTHER_SCHOOL, 'Ava Smithson', upn('801200005003'));
  await app.settle();
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('finding a pupil', () => {
  it('finds a pupil by name despite a typing mistake', async () => {
    expect((await search(SCHOOL, 'ava smth')).map((p) => p.pupilName)).toEqual(['Ava Smith']);
  });

  it('finds a pupil by UPN', async () => {
    expect((await search(SCHOOL, upn('801200005002').toLowerCase())).map((p) => p.pupilName)).toEqual(['Noah Jones']);
  });

  it("never finds another school's pupils, nor pupils a provider was not sent", async () => {
    expect((await search(OTHER_SCHOOL, 'ava')).map((p) => p.pupilName)).toEqual(['Ava Smithson']);
    expect(await search(PROVIDER, 'ava')).toEqual([]);
  });

  it('asks for at least 2 characters', async () => {
    const answer = await app.request(SCHOOL, 'GET', '/pupils?search=a');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ field: 'search' });
  });
});
