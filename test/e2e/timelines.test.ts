import { registerOrganisations } from '../support/world';
import { eventually } from '../support/eventually';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { createWorker } from '../../apps/worker/src/worker.bootstrap';
import { TestApp, type Caller } from '../support/test-app';

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const UPN = 'B801200005001';

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la' });
});

afterAll(async () => {
  await app?.stop();
});

async function eventsOf(
  streamPrefix: string,
): Promise<Array<{ stream_id: string; type: string; data: Record<string, unknown> }>> {
  const { rows } = await app.db.pool.query(
    `SELECT stream_id, type, data FROM events WHERE stream_id LIKE $1 ORDER BY global_position`,
    [`${streamPrefix}%`],
  );
  return rows;
}

describe('the day-6 timeline in the worker', () => {
  it('breaches day 6 when no full-time placement has started, counting school days on the LA calendar', async () => {
    const recorded = await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, {
      homeLaCode: '201',
      exclusionType: 'PERM',
      startDate: '2025-10-23',
      startsPartWay: false,
      reasons: ['PA'],
      yearGroup: 9,
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.day6Duties[0]).toMatchObject({
      day1: '2025-10-23',
      day6: '2025-11-06',
      responsible: { kind: 'la', organisationId: '201' },
    });

    const started = await eventually(async () =>
      (await eventsOf('day6-')).find((e) => e.type === 'Day6TimelineStarted'),
    );
    expect(started.data).toMatchObject({ day6: '2025-11-06', escalateTo: '201' });
    const { rows: deadlines } = await app.db.pool.query(
      `SELECT name, due_at FROM deadlines WHERE process_stream = $1 ORDER BY due_at`,
      [started.stream_id],
    );
    const dutyId = recorded.body.exclusionId;
    expect(deadlines.map((d) => d.name)).toEqual(
      ['first-notice', 'reminder-3', 'reminder-5', 'day6'].map((name) => `${dutyId}:${name}`),
    );

    app.clock.set('fixed', '2025-11-03T07:00:00.000Z');
    await eventually(async () =>
      (await eventsOf('day6-')).some((e) => e.type === 'Day6ReminderIssued') ? true : undefined,
    );
    expect((await eventsOf('day6-')).filter((e) => e.type === 'ParentNoticeMissing')).toHaveLength(1);
    expect((await eventsOf('day6-')).some((e) => e.type === 'Day6Breached')).toBe(false);

    app.clock.set('fixed', '2025-11-06T00:00:01.000Z');
    const breach = await eventually(async () => (await eventsOf('day6-')).find((e) => e.type === 'Day6Breached'));
    expect(breach.data).toMatchObject({ day6: '2025-11-06', escalatedTo: '201', placementAccepted: false });
    const { rows } = await app.db.pool.query(`SELECT count(*)::int AS n FROM deadlines`);
    expect(rows[0].n).toBe(0);
  });

  it('fires each of many due deadlines exactly once with two extra worker instances polling', async () => {
    const connection = { url: app.db.url, pool: app.db.pool, embedded: false, close: async () => undefined };
    const extra = await Promise.all([
      createWorker(connection, { clock: app.clock, audit: false }),
      createWorker(connection, { clock: app.clock, audit: false }),
    ]);
    try {
      app.clock.set('fixed', '2025-11-10T08:00:00.000Z');
      for (let i = 0; i < 40; i++) {
        const upn = validUpn(i);
        const r = await app.request(SCHOOL, 'POST', `/pupils/${upn}/exclusions`, {
          homeLaCode: '201',
          exclusionType: 'PERM',
          startDate: '2025-11-10',
          startsPartWay: false,
          reasons: ['PA'],
          yearGroup: 9,
        });
        expect(r.status).toBe(201);
      }
      await eventually(
        async () =>
          (await eventsOf('day6-')).filter((e) => e.type === 'Day6TimelineStarted').length === 41 ? true : undefined,
        20_000,
      );
      app.clock.set('fixed', '2025-12-01T00:00:00.000Z');
      await eventually(
        async () =>
          (await eventsOf('day6-')).filter((e) => e.type === 'Day6Breached').length === 41 ? true : undefined,
        20_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      const fired = (await eventsOf('day6-')).filter((e) => e.type === 'DeadlineFired');
      const perDeadline = new Map<string, number>();
      for (const e of fired)
        perDeadline.set(
          `${e.stream_id}:${e.data['name']}`,
          (perDeadline.get(`${e.stream_id}:${e.data['name']}`) ?? 0) + 1,
        );
      expect([...perDeadline.values()].every((n) => n === 1)).toBe(true);
      expect((await eventsOf('day6-')).filter((e) => e.type === 'Day6Breached')).toHaveLength(41);
    } finally {
      await Promise.all(extra.map((w) => w.close()));
    }
  }, 60_000);
});

describe('an LA’s own deadlines', () => {
  it('escalates a provider response after the LA’s 5 school days instead of the default 3', async () => {
    const LA = { role: 'la_officer' as const, org: '201', la: '201' };
    expect((await app.request(LA, 'PUT', '/las/201/timelines', { providerResponse: 5 })).status).toBe(200);
    expect((await app.request(LA, 'GET', '/las/201/timelines')).body.effective).toMatchObject({
      providerResponse: 5,
      informationRequest: 2,
    });
    expect((await app.request(LA, 'PUT', '/las/201/timelines', { providerResponse: 0 })).body).toMatchObject({
      status: 400,
      field: 'providerResponse',
    });
    await app.request(LA, 'POST', '/providers', {
      providerId: 'prov-five',
      name: 'Five',
      laCode: '201',
      registration: 'ukprn',
      ukprn: '10099999',
    });
    app.clock.set('fixed', '2025-11-03T09:00:00.000Z');
    const { body } = await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other' });
    // A pupil with no open day-6 duty (which would bring the escalation forward).
    for (const { section, content } of completeSections('2025-10-01')) {
      const forPupil = section === 'identity' ? { ...content, upn: 'H801200001001' } : content;
      await app.request(SCHOOL, 'PUT', `/referrals/${body.referralId}/sections/${section}`, forPupil);
    }
    expect(
      (await app.request(SCHOOL, 'POST', `/referrals/${body.referralId}/submit`, { providerId: 'prov-five' })).status,
    ).toBe(200);
    const due = await eventually(async () =>
      (await eventsOf(`referraltimelines-${body.referralId}`)).find((e) => e.type === 'ProviderResponseDue'),
    );
    expect(due.data).toMatchObject({ dueBy: '2025-11-10' }); // Mon 3 Nov + 5 school days
  });
});

describe('parent notices and the admin clock', () => {
  it('records the LA’s parent notice given on day 1 of a permanent exclusion as on time, and lets an admin move a settable clock', async () => {
    app.clock.set('fixed', '2025-12-01T12:00:00.000Z');
    const pupil = validUpn(99);
    await app.request(SCHOOL, 'POST', `/pupils/${pupil}/exclusions`, {
      homeLaCode: '201',
      exclusionType: 'PERM',
      startDate: '2025-12-01',
      startsPartWay: false,
      reasons: ['PA'],
      yearGroup: 9,
    });
    const LA = { role: 'la_officer' as const, org: '201', la: '201' };
    const notice = await app.request(LA, 'POST', `/pupils/${pupil}/exclusions/parent-notices`, {
      kind: 'first',
      givenAt: '2025-12-01T07:30:00Z',
      method: 'letter by hand',
    });
    expect(notice.status).toBe(200);
    const recorded = await eventually(async () =>
      (await eventsOf(`day6-201-${pupil}`)).find((e) => e.type === 'ParentNoticeRecorded'),
    );
    expect(recorded.data).toMatchObject({ kind: 'first', onTime: true });
    const admin = { role: 'admin' as const, org: 'ap-pathway' };
    expect((await app.request(admin, 'POST', '/admin/clock', { now: '2025-12-01T09:00:00Z' })).body).toEqual({
      now: '2025-12-01T09:00:00.000Z',
    });
    expect((await app.request(SCHOOL, 'POST', '/admin/clock', { now: '2025-10-23T09:00:00Z' })).status).toBe(403);
  });
});

/** A valid UPN for school 100001 in LA 801, serial i. */
function validUpn(i: number): string {
  const body = `80120000${String(10 + (i % 90)).padStart(2, '0')}${String(100 + i).padStart(3, '0')}`.slice(0, 12);
  return `${upnCheckLetter(body)}${body}`;
}
