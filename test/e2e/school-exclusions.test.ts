import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerBystanders, registerOrganisations } from '../support/world';

/**
 * A school's recent exclusions, for its home page: short suspensions too (they start no day-6 clock), current or
 * ended within the last 14 calendar days, never another school's.
 */
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const OTHER_SCHOOL: Caller = { role: 'school', org: '100099', la: '201' };
const NAMED = 'B801200005001';
const SHORT = 'E801200005003';
const exclusion = (startDate: string, extra: Record<string, unknown>) => ({
  homeLaCode: '201',
  exclusionType: 'SUSP',
  startDate,
  startsPartWay: false,
  reasons: ['PA'],
  yearGroup: 9,
  ...extra,
});

let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la' });
  await registerBystanders(app);
  const referral = (await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other' })).body.referralId;
  const named = await app.request(SCHOOL, 'PUT', `/referrals/${referral}/sections/identity`, {
    upn: NAMED,
    fullName: 'Amira Khan',
    dateOfBirth: '2012-01-14',
    yearGroup: 9,
    homeLaCode: '201',
  });
  expect(named.status).toBe(200);
  const exclude = async (who: Caller, upn: string, start: string, extra: Record<string, unknown>) => {
    const answer = await app.request(who, 'POST', `/pupils/${upn}/exclusions`, exclusion(start, extra));
    if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
    return answer.body.exclusionId as string;
  };
  // Monday 3 November 2025 is today; 14 calendar days back is Monday 20 October.
  ids['short'] = await exclude(SCHOOL, SHORT, '2025-11-03', { lengthSchoolDays: 2 });
  ids['endedRecently'] = await exclude(SCHOOL, NAMED, '2025-10-20', { lengthSchoolDays: 3 });
  ids['endedLongAgo'] = await exclude(SCHOOL, 'Q801200005002', '2025-10-06', { lengthSchoolDays: 2 });
  ids['cancelled'] = await exclude(SCHOOL, 'H801200005005', '2025-11-03', { sessions: 3 });
  const cancel = await app.request(SCHOOL, 'POST', `/pupils/H801200005005/exclusions/${ids['cancelled']}/cancel`, {
    outcome: 'cancelled',
    decidedOn: '2025-11-03',
  });
  expect(cancel.status).toBeLessThan(300);
  ids['other'] = await exclude(OTHER_SCHOOL, 'U801200005004', '2025-11-03', { lengthSchoolDays: 1 });
  await eventually(async () => {
    await app.settle();
    const { rows } = await app.db.pool.query(
      'SELECT count(*) FILTER (WHERE cancelled)::int AS n FROM rm_pupil_exclusions',
    );
    return rows[0].n === 1;
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe("a school's recent exclusions", () => {
  it('lists its short suspensions and those ended in the last 14 days, the latest first, with each one’s length', async () => {
    const list = await app.request(SCHOOL, 'GET', '/schools/me/exclusions');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ today: '2025-11-03', since: '2025-10-20' });
    expect(list.body.items).toEqual([
      {
        exclusionId: ids['short'],
        upn: SHORT,
        pupilName: null,
        exclusionType: 'SUSP',
        startDate: '2025-11-03',
        startsPartWay: false,
        sessions: 4,
        lastDay: '2025-11-04',
      },
      expect.objectContaining({
        exclusionId: ids['endedRecently'],
        upn: NAMED,
        pupilName: 'Amira Khan',
        lastDay: '2025-10-22',
      }),
    ]);
  });

  it("shows another school only its own exclusions, never this school's pupils", async () => {
    const list = await app.request(OTHER_SCHOOL, 'GET', '/schools/me/exclusions');
    expect(list.body.items.map((i: { exclusionId: string }) => i.exclusionId)).toEqual([ids['other']]);
  });

  it('writes nothing per view (the home page’s worklist); opening the exclusion is recorded', async () => {
    const count = async () => (await app.db.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number;
    const before = await count();
    expect((await app.request(SCHOOL, 'GET', '/schools/me/exclusions')).status).toBe(200);
    expect(await count()).toBe(before);
    expect((await app.request(SCHOOL, 'GET', `/pupils/${SHORT}/exclusions`)).status).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('is refused to an LA officer (a school-only list)', async () => {
    expect((await app.request(LA, 'GET', '/schools/me/exclusions')).status).toBe(403);
  });

  it('keeps an exclusion for 14 calendar days after its last day, then drops it', async () => {
    app.clock.set('fixed', '2025-11-05T09:00:00.000Z');
    expect((await app.request(SCHOOL, 'GET', '/schools/me/exclusions')).body.items).toHaveLength(2);
    app.clock.set('fixed', '2025-11-06T09:00:00.000Z');
    const list = await app.request(SCHOOL, 'GET', '/schools/me/exclusions');
    expect(list.body.items.map((i: { exclusionId: string }) => i.exclusionId)).toEqual([ids['short']]);
  });
});
