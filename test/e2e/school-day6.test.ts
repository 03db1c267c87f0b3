import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerBystanders, registerOrganisations } from '../support/world';

/** A school's own day-6 clocks, for its home page: its pupils by name where it has referred them, never another's. */
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const OTHER_SCHOOL: Caller = { role: 'school', org: '100099', la: '201' };
const NAMED = 'B801200005001';
const UNNAMED = 'Q801200005002';
const suspension = (startDate: string, lengthSchoolDays: number) => ({
  homeLaCode: '201',
  exclusionType: 'SUSP',
  startDate,
  startsPartWay: false,
  lengthSchoolDays,
  reasons: ['PA'],
  yearGroup: 9,
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
  const exclude = async (who: Caller, upn: string, start: string, days: number) =>
    (await app.request(who, 'POST', `/pupils/${upn}/exclusions`, suspension(start, days))).body.exclusionId;
  ids['named'] = await exclude(SCHOOL, NAMED, '2025-11-03', 10);
  ids['unnamed'] = await exclude(SCHOOL, UNNAMED, '2025-11-05', 8);
  // Too short to start a day-6 duty, and another school's.
  await exclude(SCHOOL, 'E801200005003', '2025-11-03', 2);
  ids['other'] = await exclude(OTHER_SCHOOL, 'U801200005004', '2025-11-03', 10);
  await eventually(async () => {
    await app.settle();
    return (await app.request(LA, 'GET', '/la/dashboard')).body.totals?.day6 === 3;
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe("a school's day-6 clocks", () => {
  it('lists its own open clocks, the earliest day 6 first, with the pupil named where it has referred them', async () => {
    const list = await app.request(SCHOOL, 'GET', '/schools/me/day6');
    expect(list.status).toBe(200);
    expect(list.body.today).toBe('2025-11-03');
    expect(list.body.items).toEqual([
      {
        dutyId: ids['named'],
        upn: NAMED,
        pupilName: 'Amira Khan',
        day1: '2025-11-03',
        day6: '2025-11-10',
        status: 'open',
        responsible: { kind: 'school', organisationId: '100001', name: 'Oak Academy' },
        lookedAfter: false,
        schoolDaysLeft: 5,
      },
      expect.objectContaining({ dutyId: ids['unnamed'], upn: UNNAMED, pupilName: null, day6: '2025-11-12' }),
    ]);
  });

  it("shows another school only its own clock, never this school's pupils", async () => {
    const list = await app.request(OTHER_SCHOOL, 'GET', '/schools/me/day6');
    expect(list.body.items.map((i: { dutyId: string }) => i.dutyId)).toEqual([ids['other']]);
  });

  it('writes nothing per view (the school’s own worklist, like its referral list); opening the exclusion is recorded', async () => {
    const count = async () => (await app.db.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number;
    const before = await count();
    expect((await app.request(SCHOOL, 'GET', '/schools/me/day6')).status).toBe(200);
    expect(await count()).toBe(before);
    expect((await app.request(SCHOOL, 'GET', `/pupils/${NAMED}/exclusions`)).status).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('is refused to an LA officer (a school-only list)', async () => {
    expect((await app.request(LA, 'GET', '/schools/me/day6')).status).toBe(403);
  });

  it('keeps a breached clock on the list for its term: the pupil may still be waiting for provision', async () => {
    app.clock.set('fixed', '2025-11-11T09:00:00.000Z');
    const named = async () =>
      (await app.request(SCHOOL, 'GET', '/schools/me/day6')).body.items.find(
        (i: { dutyId: string }) => i.dutyId === ids['named'],
      );
    await eventually(async () => {
      await app.settle();
      return (await named())?.status === 'breached';
    });
    expect(await named()).toMatchObject({ status: 'breached', schoolDaysLeft: 0 });
  });
});
