import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

const AUDITOR: Caller = { role: 'la_auditor', org: '201', la: '201' };
const OTHER_LA: Caller = { role: 'la_officer', org: '202', la: '202' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const SUSPENDED = 'B801200005001';
const EXCLUDED = 'Q801200005002';
const GIAS = [
  'URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),Postcode',
  '100001,201,City of London,Oak Academy,Academy converter,Open,EC1A 1AA',
  '100002,201,City of London,Elm Primary,Community school,Open,EC1A 1AB',
  '100003,202,Camden,Ash School,Community school,Open,NW1 1AA',
  '100004,201,City of London,Birch School,Community school,Closed,EC1A 1AC',
].join('\r\n');
const csv = { 'content-type': 'text/csv' };
const exclusion = (type: 'SUSP' | 'PERM', length?: number) => ({
  homeLaCode: '201',
  exclusionType: type,
  startDate: '2025-10-23',
  startsPartWay: false,
  ...(length ? { lengthSchoolDays: length } : {}),
  reasons: ['PA'],
  yearGroup: 9,
});

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la' });
  expect((await app.request(SCHOOL, 'POST', `/pupils/${SUSPENDED}/exclusions`, exclusion('SUSP', 10))).status).toBe(
    201,
  );
  expect((await app.request(SCHOOL, 'POST', `/pupils/${EXCLUDED}/exclusions`, exclusion('PERM'))).status).toBe(201);
  const opened = await app.request(SCHOOL, 'POST', '/referrals', {
    reason: 'suspension',
    upn: SUSPENDED,
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-10-23', lengthSchoolDays: 10, reasons: ['PA'] },
  });
  for (const { section, content } of completeSections('2025-10-01')) {
    const body = section === 'identity' ? { ...content, pupilPremium: true } : content;
    await app.request(SCHOOL, 'PUT', `/referrals/${opened.body.referralId}/sections/${section}`, body);
  }
  await app.request(SCHOOL, 'POST', `/referrals/${opened.body.referralId}/submit`, { providerId: 'prov-bridges' });
});

afterAll(async () => {
  await app?.stop();
});

describe('the school directory', () => {
  it("adds the LA's open schools from a GIAS CSV and says why each other row was skipped", async () => {
    const report = await app.request(LA, 'POST', '/las/201/schools/import', GIAS, csv);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ added: 1, unchanged: 1 });
    expect(report.body.skipped.map((s: { urn: string; reason: string }) => [s.urn, s.reason])).toEqual([
      ['100003', 'other_la'],
      ['100004', 'closed'],
    ]);
    await app.settle();
    const listed = await app.request(AUDITOR, 'GET', '/las/201/schools');
    expect(listed.body.schools.map((s: { urn: string }) => s.urn)).toEqual(['100002', '100001']);
  });

  it('refuses a file that is not a GIAS CSV, and an import by another LA or an auditor', async () => {
    const wrong = await app.request(LA, 'POST', '/las/201/schools/import', 'Name\r\nOak\r\n', csv);
    expect([wrong.status, wrong.body.field]).toEqual([400, 'body']);
    expect((await app.request(LA, 'POST', '/las/201/schools/import', { urn: '100009' })).status).toBe(400);
    expect((await app.request(OTHER_LA, 'POST', '/las/201/schools/import', GIAS, csv)).status).toBe(403);
    expect((await app.request(AUDITOR, 'POST', '/las/201/schools/import', GIAS, csv)).status).toBe(403);
  });

  it("gives a school its own copy of the LA's standard calendar", async () => {
    expect((await app.request(LA, 'GET', '/schools/100002/calendar')).body.source).toBe('la');
    expect((await app.request(LA, 'POST', '/schools/100002/calendar/copy-la-standard')).status).toBe(200);
    const own = await app.request(LA, 'GET', '/schools/100002/calendar');
    expect(own.body).toMatchObject({ source: 'school', calendar: { name: 'Autumn 2025', id: 'school-100002' } });
    expect((await app.request(OTHER_LA, 'GET', '/schools/100002/calendar')).status).toBe(404);
  });
});

describe("a provider's checks, offer and places", () => {
  it('records each approval check with its date and who did it, the offer and the places', async () => {
    for (const check of ['safeguarding', 'healthAndSafety', 'teachingAndLearning'])
      expect(
        (
          await app.request(LA, 'POST', '/providers/prov-bridges/checks', {
            check,
            checkedOn: '2025-10-01',
            outcome: 'passed',
          })
        ).status,
      ).toBe(200);
    const offer = {
      keyStages: ['KS3', 'KS4'],
      specialisms: ['SEMH'],
      hoursPerWeek: 25,
      hours: 'Monday to Friday, 9am to 3pm',
      location: { address: '1 High Street, London', postcode: 'EC1A 1AA' },
      contact: { name: 'Sam Patel', email: 'sam@bridges.example' },
    };
    expect((await app.request(LA, 'PUT', '/providers/prov-bridges/offer', offer)).status).toBe(200);
    expect(
      (await app.request(LA, 'PUT', '/providers/prov-bridges/places', { places: 2, from: '2025-09-01' })).status,
    ).toBe(200);
    const profile = await app.request(AUDITOR, 'GET', '/providers/prov-bridges');
    expect(profile.body).toMatchObject({
      offer,
      checks: { safeguarding: { checkedOn: '2025-10-01', outcome: 'passed', checkedBy: 'user-la_officer-201' } },
      places: { commissioned: 2, currentPupils: 0, available: 2 },
    });
    expect((await app.request(OTHER_LA, 'GET', '/providers/prov-bridges')).status).toBe(404);
  });

  it("answers the provider's version as its ETag and refuses a write from a page read before another change", async () => {
    const read = await app.request(LA, 'GET', '/providers/prov-bridges');
    expect(read.headers.get('etag')).toBe(`"${read.body.version}"`);
    const stale = `"${read.body.version}"`;
    const first = await app.request(
      LA,
      'PUT',
      '/providers/prov-bridges/places',
      { places: 3, from: '2025-09-01' },
      {
        'if-match': stale,
      },
    );
    expect([first.status, first.headers.get('etag')]).toEqual([200, `"${read.body.version + 1}"`]);
    const second = await app.request(
      LA,
      'PUT',
      '/providers/prov-bridges/places',
      { places: 7, from: '2025-09-01' },
      {
        'if-match': stale,
      },
    );
    expect([second.status, second.headers.get('content-type')]).toEqual([
      412,
      'application/problem+json; charset=utf-8',
    ]);
    expect((await app.request(LA, 'GET', '/providers/prov-bridges')).body.places.commissioned).toBe(3);
    expect(
      (await app.request(LA, 'PUT', '/providers/prov-bridges/places', { places: 2, from: '2025-09-01' })).status,
    ).toBe(200);
  });

  it("answers another LA's officer as if the provider did not exist", async () => {
    const offer = {
      keyStages: ['KS3'],
      specialisms: [],
      hoursPerWeek: 25,
      hours: 'Daily',
      location: { address: 'x', postcode: 'EC1A 1AA' },
      contact: { name: 'Sam' },
    };
    expect((await app.request(OTHER_LA, 'PUT', '/providers/prov-bridges/offer', offer)).status).toBe(404);
    expect(
      (await app.request(OTHER_LA, 'PUT', '/providers/prov-bridges/places', { places: 9, from: '2025-09-01' })).status,
    ).toBe(404);
  });

  it('withdraws the approval when a check fails, and approves again only after the check passes', async () => {
    const approve = () =>
      app.request(LA, 'POST', '/providers/prov-bridges/approval', {
        approvedOn: '2025-10-02',
        checks: { safeguarding: true, healthAndSafety: true, teachingAndLearning: true },
      });
    const approvedOn = async () =>
      (await app.request(LA, 'GET', '/providers?laCode=201')).body.providers.find(
        (p: { providerId: string }) => p.providerId === 'prov-bridges',
      ).approvedOn;
    expect((await approve()).status).toBe(200);
    await app.settle();
    expect(await approvedOn()).toBe('2025-10-02');
    const check = (outcome: string) =>
      app.request(LA, 'POST', '/providers/prov-bridges/checks', {
        check: 'safeguarding',
        checkedOn: '2025-10-03',
        outcome,
      });
    expect((await check('failed')).status).toBe(200);
    await app.settle();
    expect((await app.request(LA, 'GET', '/providers/prov-bridges')).body.approval).toBeNull();
    expect(await approvedOn()).toBeNull();
    const refused = await approve();
    expect([refused.status, refused.body.code]).toEqual([422, 'APPROVAL_CHECK_FAILED']);
    expect((await check('passed')).status).toBe(200);
    expect((await approve()).status).toBe(200);
    await app.settle();
    expect(await approvedOn()).toBe('2025-10-02');
  });

  it('lets an auditor read but never write', async () => {
    const body = { check: 'safeguarding', checkedOn: '2025-10-02', outcome: 'failed' };
    expect((await app.request(AUDITOR, 'POST', '/providers/prov-bridges/checks', body)).status).toBe(403);
    expect(
      (await app.request(AUDITOR, 'PUT', '/providers/prov-bridges/places', { places: 9, from: '2025-09-01' })).status,
    ).toBe(403);
  });
});

describe("the LA's timeline settings", () => {
  it('answers what applies, the defaults and the version to send back', async () => {
    const read = await app.request(AUDITOR, 'GET', '/las/201/timelines');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      laCode: '201',
      own: {},
      effective: { providerResponse: 3, placementReview: 30 },
      defaults: { providerResponse: 3, placementReview: 30 },
    });
    expect(read.headers.get('etag')).toBe(`"${read.body.version}"`);
    expect((await app.request(LA, 'GET', '/las/2x1/timelines')).status).toBe(400);
  });

  it('changes a deadline with the version read, and refuses a second change made from the same stale page', async () => {
    const { body } = await app.request(LA, 'GET', '/las/201/timelines');
    const ifMatch = { 'if-match': `"${body.version}"` };
    const saved = await app.request(LA, 'PUT', '/las/201/timelines', { providerResponse: 5 }, ifMatch);
    expect([saved.status, saved.headers.get('etag')]).toEqual([200, `"${body.version + 1}"`]);
    const stale = await app.request(LA, 'PUT', '/las/201/timelines', { inductionMeeting: 4 }, ifMatch);
    expect([stale.status, stale.body.code]).toEqual([412, 'VERSION_MISMATCH']);
    const after = (await app.request(LA, 'GET', '/las/201/timelines')).body;
    expect([after.own, after.effective.inductionMeeting, after.version]).toEqual([
      { providerResponse: 5 },
      5,
      body.version + 1,
    ]);
  });

  it('refuses a deadline outside 1 to 60 school days, naming it, and changes nothing', async () => {
    const before = (await app.request(LA, 'GET', '/las/201/timelines')).body;
    const refused = await app.request(LA, 'PUT', '/las/201/timelines', { placementReview: 61 });
    expect([refused.status, refused.body.field]).toEqual([400, 'placementReview']);
    expect((await app.request(LA, 'GET', '/las/201/timelines')).body.version).toBe(before.version);
  });

  it("refuses an auditor and another LA's officer, and changes nothing", async () => {
    const before = (await app.request(LA, 'GET', '/las/201/timelines')).body;
    expect((await app.request(AUDITOR, 'PUT', '/las/201/timelines', { providerResponse: 9 })).status).toBe(403);
    expect((await app.request(OTHER_LA, 'PUT', '/las/201/timelines', { providerResponse: 9 })).status).toBe(403);
    expect((await app.request(SCHOOL, 'PUT', '/las/201/timelines', { providerResponse: 9 })).status).toBe(403);
    expect((await app.request(LA, 'GET', '/las/201/timelines')).body).toMatchObject({
      own: before.own,
      version: before.version,
    });
  });
});

describe('sufficiency, the dashboard and trends', () => {
  it('weighs the places available against permanent exclusions without a place and referrals waiting', async () => {
    const board = await eventually(async () => {
      await app.settle();
      const body = (await app.request(AUDITOR, 'GET', '/la/sufficiency')).body;
      return body.demand?.permanentWithoutPlace === 1 ? body : undefined;
    });
    expect(board).toMatchObject({
      places: { commissioned: 2, filled: 0, available: 2 },
      demand: { permanentWithoutPlace: 1, referralsWaiting: 1, total: 2 },
      canMeetDemand: true,
    });
  });

  it('sums the dashboard into cards and filters by pupil premium and year group', async () => {
    const board = (await app.request(LA, 'GET', '/la/dashboard')).body;
    expect(board.summary).toMatchObject({ openDay6Clocks: 2, breachesThisTerm: 0 });
    const premium = (await app.request(LA, 'GET', '/la/dashboard?pupilPremium=true')).body;
    expect(premium.day6.map((c: { upn: string }) => c.upn)).toEqual([SUSPENDED]);
    expect((await app.request(LA, 'GET', '/la/dashboard?yearGroup=9')).body.day6).toHaveLength(1);
    expect((await app.request(LA, 'GET', '/la/dashboard?yearGroup=14')).status).toBe(400);
  });

  it('counts breaches per week, and referrals by reason and by school', async () => {
    app.clock.set('fixed', '2025-11-06T00:00:01.000Z');
    const trends = await eventually(async () => {
      await app.settle();
      const body = (await app.request(AUDITOR, 'GET', '/la/trends')).body;
      return body.weeks?.some((w: { breaches: number }) => w.breaches > 0) ? body : undefined;
    });
    expect(trends).toMatchObject({ from: '2025-09-01', to: '2026-08-31' });
    expect(trends.weeks.find((w: { weekStarting: string }) => w.weekStarting === '2025-11-03')).toEqual({
      weekStarting: '2025-11-03',
      clocksStarted: 0,
      breaches: 2,
    });
    expect(trends.weeks.find((w: { weekStarting: string }) => w.weekStarting === '2025-10-20').clocksStarted).toBe(2);
    expect(trends.referralsByReason).toEqual([{ reason: 'suspension', referrals: 1 }]);
    expect(trends.referralsBySchool).toEqual([{ urn: '100001', name: 'Oak Academy', referrals: 1, pupils: 1 }]);
    expect((await app.request(LA, 'GET', '/la/dashboard')).body.summary.breachesThisTerm).toBe(2);
    expect((await app.request(LA, 'GET', '/la/trends?from=2025-13-01')).status).toBe(400);
  });
});
