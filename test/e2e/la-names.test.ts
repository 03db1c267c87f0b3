import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

/** An LA is named on every page once it has a name ("Local authority 201" until then), from its officer or GIAS. */
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const AUDITOR: Caller = { role: 'la_auditor', org: '201', la: '201' };
const OTHER_LA: Caller = { role: 'la_officer', org: '202', la: '202' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const UPN = 'B801200005001';
const NAME = 'Northshire County Council';
const csv = { 'content-type': 'text/csv' };
const gias = (...rows: string[]) =>
  ['URN,LA (code),LA (name),EstablishmentName,EstablishmentStatus (name)', ...rows].join('\r\n');

let app: TestApp;
let referralId: string;

/** Every place the API names LA 201 for these callers, in one object, to compare before and after it is named. */
async function laAsNamed() {
  await app.settle();
  const [me, recorded, day6, dashboard, list, referral, history, pupilCase, placements] = await Promise.all([
    app.request(LA, 'GET', '/me'),
    app.request(AUDITOR, 'GET', `/pupils/${UPN}/exclusions`),
    app.request(SCHOOL, 'GET', '/schools/me/day6'),
    app.request(LA, 'GET', '/la/dashboard'),
    app.request(LA, 'GET', '/referrals'),
    app.request(LA, 'GET', `/referrals/${referralId}`),
    app.request(AUDITOR, 'GET', `/pupils/${UPN}/history`),
    app.request(AUDITOR, 'GET', `/pupils/${UPN}/case`),
    app.request(PROVIDER, 'GET', '/providers/me/placements'),
  ]);
  const opened = history.body.events.find((e: { type: string }) => e.type === 'ReferralOpened');
  const responsibleId = dashboard.body.day6[0].responsibleId as string;
  return {
    me: me.body.organisationName,
    exclusionResponsible: recorded.body.duties[0].responsible.name,
    schoolDay6Responsible: day6.body.items[0].responsible.name,
    dashboardLa: dashboard.body.localAuthorities.find((l: { laCode: string }) => l.laCode === responsibleId)?.name,
    listCommissioner: list.body.items[0].commissionerName,
    referralCommissioner: referral.body.commissioner.name,
    referralHistoryBy: referral.body.history[0].by.organisationName,
    historyActor: opened.actor.organisationName,
    historySummary: opened.summary,
    caseResponsible: pupilCase.body.openTimelines.day6[0].responsibleName,
    providerPlacementCommissioner: placements.body.items[0].schoolName,
  };
}

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la', unnamedLa: true });
  const recorded = await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, {
    homeLaCode: '201',
    exclusionType: 'PERM',
    startDate: '2025-11-03',
    startsPartWay: false,
    reasons: ['PA'],
    yearGroup: 9,
  });
  expect(recorded.body.day6Duties[0].responsible).toEqual({
    kind: 'la',
    organisationId: '201',
    name: 'Local authority 201',
  });
  const opened = await app.request(LA, 'POST', '/referrals', {
    reason: 'permanent_exclusion',
    upn: UPN,
    exclusion: { exclusionType: 'PERM', firstDay: '2025-11-03', reasons: ['PA'] },
  });
  referralId = opened.body.referralId;
  for (const { section, content } of completeSections('2025-10-01'))
    await app.request(LA, 'PUT', `/referrals/${referralId}/sections/${section}`, {
      ...content,
      ...(section === 'identity' ? { upn: UPN } : {}),
    });
  await app.request(LA, 'POST', `/referrals/${referralId}/submit`, { providerId: 'prov-bridges' });
  const accepted = await app.request(PROVIDER, 'POST', `/referrals/${referralId}/accept`, {
    startDate: '2025-11-10',
    hoursPerWeek: 25,
  });
  expect(accepted.status).toBe(200);
  await eventually(async () => {
    await app.settle();
    return (await app.request(LA, 'GET', '/la/dashboard')).body.totals?.day6 === 1;
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe("an LA's name", () => {
  it('is "Local authority 201" everywhere until the LA has a name', async () => {
    expect(await laAsNamed()).toEqual({
      me: 'Local authority 201',
      exclusionResponsible: 'Local authority 201',
      schoolDay6Responsible: 'Local authority 201',
      dashboardLa: undefined,
      listCommissioner: 'Local authority 201',
      referralCommissioner: 'Local authority 201',
      referralHistoryBy: 'Local authority 201',
      historyActor: 'Local authority 201',
      historySummary: expect.stringContaining('LA 201'),
      caseResponsible: 'Local authority 201',
      providerPlacementCommissioner: 'Local authority 201',
    });
    expect((await app.request(SCHOOL, 'GET', '/las/201/name')).body).toMatchObject({
      laCode: '201',
      name: null,
      shownAs: 'Local authority 201',
    });
  });

  it('is set only by its own officer, and only to words', async () => {
    const count = async () => (await app.db.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number;
    const before = await count();
    expect((await app.request(OTHER_LA, 'PUT', '/las/201/name', { name: 'Taken' })).status).toBe(403);
    expect((await app.request(SCHOOL, 'PUT', '/las/201/name', { name: 'Taken' })).status).toBe(403);
    expect((await app.request(AUDITOR, 'PUT', '/las/201/name', { name: 'Taken' })).status).toBe(403);
    const empty = await app.request(LA, 'PUT', '/las/201/name', { name: '' });
    expect([empty.status, empty.body.field]).toEqual([400, 'name']);
    expect((await app.request(LA, 'PUT', '/las/201/name', { name: '   ' })).status).toBe(400);
    expect((await app.request(LA, 'PUT', '/las/201/name', { name: 'x'.repeat(121) })).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('names the LA on every page once its officer names it, history included (read when shown)', async () => {
    const named = await app.request(LA, 'PUT', '/las/201/name', { name: NAME });
    expect(named.status).toBe(200);
    expect(named.headers.get('etag')).toBeTruthy();
    expect((await app.request(LA, 'PUT', '/las/201/name', { name: NAME })).body.version).toBe(named.body.version);
    await eventually(async () => (await laAsNamed()).listCommissioner === NAME);
    expect(await laAsNamed()).toEqual({
      me: NAME,
      exclusionResponsible: NAME,
      schoolDay6Responsible: NAME,
      dashboardLa: NAME,
      listCommissioner: NAME,
      referralCommissioner: NAME,
      referralHistoryBy: NAME,
      historyActor: NAME,
      historySummary: expect.stringContaining(NAME),
      caseResponsible: NAME,
      providerPlacementCommissioner: NAME,
    });
  });

  it("takes an unnamed LA's name from a GIAS import, and keeps a name its officer chose", async () => {
    const file = gias('200001,202,Southshire,Ash School,Open', '100009,201,Northshire,Elm School,Open');
    const first = await app.request(OTHER_LA, 'POST', '/las/202/schools/import', file, csv);
    expect([first.status, first.body.added, first.body.laNamed]).toEqual([200, 1, 'Southshire']);
    expect((await app.request(OTHER_LA, 'GET', '/las/202/name')).body.name).toBe('Southshire');
    const again = await app.request(LA, 'POST', '/las/201/schools/import', file, csv);
    expect([again.status, again.body.laNamed]).toEqual([200, null]);
    expect((await app.request(LA, 'GET', '/las/201/name')).body).toMatchObject({ name: NAME, shownAs: NAME });
  });
});
