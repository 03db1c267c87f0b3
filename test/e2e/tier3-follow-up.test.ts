import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerBystanders, registerOrganisations } from '../support/world';

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const OTHER_SCHOOL: Caller = { role: 'school', org: '100099', la: '201' };
const UPN = `${upnCheckLetter('801200007001')}801200007001`;

let app: TestApp;
let id: string;

beforeAll(async () => {
  app = await TestApp.start('2026-02-02T09:00:00.000Z');
  await registerOrganisations(app);
  await registerBystanders(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

async function ok(caller: Caller, method: string, path: string, body?: unknown) {
  const response = await app.request(caller, method, path, body);
  if (response.status >= 300)
    throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
const at = (instant: string) => app.clock.set('fixed', instant);
const overdueFollowUps = async () =>
  (await ok(LA, 'GET', '/la/dashboard')).overdue.filter(
    (o: { kind: string; subjectId: string }) => o.kind === 'destination_follow_up' && o.subjectId === id,
  );

describe('a tier-3 pupil moving on to post-16 education, followed up two terms on', () => {
  it('confirms the post-16 destination at the end of the placement', async () => {
    const opened = await ok(SCHOOL, 'POST', '/referrals', { reason: 'off_site_direction', upn: UPN });
    id = opened.referralId;
    for (const { section, content } of completeSections('2026-01-20'))
      await ok(SCHOOL, 'PUT', `/referrals/${id}/sections/${section}`, {
        ...content,
        ...(section === 'identity' ? { upn: UPN } : {}),
      });
    await ok(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
    await ok(PROVIDER, 'POST', `/referrals/${id}/accept`, { startDate: '2026-02-02', hoursPerWeek: 25, tier: 3 });
    await ok(PROVIDER, 'POST', `/placements/${id}/start`, { startedOn: '2026-02-02' });
    at('2026-07-17T09:00:00.000Z');
    await ok(PROVIDER, 'POST', `/placements/${id}/transition`, {
      destination: { kind: 'post16', post16: 'education' },
      plannedDate: '2026-09-07',
    });
    await ok(PROVIDER, 'POST', `/placements/${id}/transition/meeting`, {
      heldOn: '2026-07-17',
      attendees: ['pupil', 'parent', 'college'],
    });
    await ok(PROVIDER, 'POST', `/placements/${id}/end`, { endedOn: '2026-07-17', reason: 'post16' });
    at('2026-09-08T09:00:00.000Z');
    await ok(SCHOOL, 'POST', `/placements/${id}/transition/confirm`, { startsOn: '2026-09-07' });
    const { transition } = await ok(SCHOOL, 'GET', `/placements/${id}`);
    expect(transition).toMatchObject({ status: 'confirmed', startsOn: '2026-09-07', checks: [] });
  });

  it('refuses a follow-up dated before the pupil started, and hides the placement from another school', async () => {
    const early = await app.request(SCHOOL, 'POST', `/placements/${id}/transition/follow-ups`, {
      checkedOn: '2026-09-01',
      sustained: true,
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'FOLLOW_UP_BEFORE_START', field: 'checkedOn' });
    const other = await app.request(OTHER_SCHOOL, 'POST', `/placements/${id}/transition/follow-ups`, {
      checkedOn: '2026-11-02',
      sustained: true,
    });
    expect(other.status).toBe(404);
  });

  it('puts the missed two-term check on the LA’s dashboard', async () => {
    // Two terms after 7 September 2026 (26 weeks) is 8 March 2027: overdue from 9 March.
    at('2027-03-09T09:00:00.000Z');
    await eventually(async () => (await overdueFollowUps()).length === 1);
    expect((await overdueFollowUps())[0]).toMatchObject({ dueBy: '2027-03-08' });
  });

  it('records that the destination was not sustained and the young person is NEET, which clears the overdue check', async () => {
    await ok(SCHOOL, 'POST', `/placements/${id}/transition/follow-ups`, {
      checkedOn: '2027-03-09',
      sustained: false,
      note: 'Left college in January',
    });
    await ok(SCHOOL, 'POST', `/placements/${id}/transition/post16`, {
      destination: 'neet_available',
      recordedOn: '2027-03-09',
    });
    const { transition } = await ok(LA, 'GET', `/placements/${id}`);
    expect(transition).toMatchObject({
      sustained: false,
      checks: [{ checkedOn: '2027-03-09', sustained: false, note: 'Left college in January' }],
      post16: { destination: 'neet_available', recordedOn: '2027-03-09' },
    });
    await eventually(async () => (await overdueFollowUps()).length === 0);
    // The placement's year, September 2026 onwards included: the post-16 measure counts destinations started in it.
    const post16 = async () =>
      (await ok(LA, 'GET', '/la/outcomes?from=2026-01-01&to=2027-08-31')).providers.find(
        (p: { providerId: string }) => p.providerId === 'prov-bridges',
      )?.post16;
    await eventually(async () => (await post16())?.recorded === 1);
    expect(await post16()).toEqual({ recorded: 1, eet: 0, neet: 1, eetPercent: 0 });
  });
});
