import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { registerOrganisations } from '../support/world';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';

/**
 * The LA dashboard shows the most urgent rows of each table with the table's size, the rest a page at a time; each
 * view is one access-log entry naming every pupil it showed (not one per pupil), which each pupil's access log and
 * integrity check still find.
 */
const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const AUDITOR: Caller = { role: 'la_auditor', org: '201', la: '201', sub: 'auditor-1' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const FIRST = 'B801200005001';
const SECOND = 'Q801200005002';

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la' });
  for (const [upn, startDate] of [
    [FIRST, '2025-10-23'],
    [SECOND, '2025-11-03'],
  ] as const) {
    const exclusion = await app.request(SCHOOL, 'POST', `/pupils/${upn}/exclusions`, {
      homeLaCode: '201',
      exclusionType: 'SUSP',
      startDate,
      startsPartWay: false,
      lengthSchoolDays: 10,
      reasons: ['PA'],
      yearGroup: 9,
    });
    expect(exclusion.status).toBe(201);
  }
  await eventually(async () => {
    await app.settle();
    return (await app.request(LA, 'GET', '/la/dashboard')).body.totals?.day6 === 2;
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

const listReads = async (): Promise<Array<{ pupils: string[]; what: string }>> =>
  (
    await app.db.pool.query<{ data: { pupils: string[]; what: string } }>(
      `SELECT data FROM events WHERE type = 'PupilRecordsListed' ORDER BY global_position`,
    )
  ).rows.map((r) => r.data);

describe('the LA dashboard, a page at a time', () => {
  it("shows each table's most urgent rows with its size, and names the LA's schools and providers", async () => {
    const board = (await app.request(LA, 'GET', '/la/dashboard?limit=1')).body;
    expect(board.limit).toBe(1);
    expect(board.totals).toMatchObject({ day6: 2, breaches: 0 });
    expect(board.summary.openDay6Clocks).toBe(2);
    // The earliest day 6 first.
    expect(board.day6.map((r: { upn: string }) => r.upn)).toEqual([FIRST]);
    expect(board.schools).toContainEqual({ urn: '100001', name: 'Oak Academy' });
    expect(board.providers.map((p: { providerId: string }) => p.providerId)).toContain('prov-bridges');
  });

  it('pages through one table in the same order', async () => {
    const page = (n: number) => app.request(LA, 'GET', `/la/dashboard/day6?pageSize=1&page=${n}`);
    const [one, two, three] = [(await page(1)).body, (await page(2)).body, (await page(3)).body];
    expect([one.total, one.page, one.pageSize, one.table]).toEqual([2, 1, 1, 'day6']);
    expect(one.rows.map((r: { upn: string }) => r.upn)).toEqual([FIRST]);
    expect(two.rows.map((r: { upn: string }) => r.upn)).toEqual([SECOND]);
    expect(three.rows).toEqual([]);
  });

  it('refuses an unknown table or a page that is not a whole number from 1, naming the field', async () => {
    expect((await app.request(LA, 'GET', '/la/dashboard/everything')).body).toMatchObject({
      status: 400,
      field: 'table',
    });
    for (const query of ['page=0', 'page=abc', 'pageSize=501'])
      expect((await app.request(LA, 'GET', `/la/dashboard/day6?${query}`)).body).toMatchObject({
        status: 400,
        field: query.split('=')[0],
      });
    expect((await app.request(LA, 'GET', '/la/dashboard?limit=0')).body).toMatchObject({ status: 400, field: 'limit' });
  });

  it('records each view once, naming the pupils it showed, in each pupil’s access log', async () => {
    const before = (await listReads()).length;
    await app.request(LA, 'GET', '/la/dashboard');
    await app.request(LA, 'GET', '/la/dashboard/day6?pageSize=1&page=2');
    const reads = (await listReads()).slice(before);
    expect(reads).toEqual([
      expect.objectContaining({ pupils: [FIRST, SECOND].sort(), what: 'LA dashboard' }),
      expect.objectContaining({ pupils: [SECOND], what: 'LA dashboard: open day-6 clocks, page 2' }),
    ]);
    const logOf = async (upn: string) =>
      (await app.request(AUDITOR, 'GET', `/pupils/${upn}/access-log`)).body.reads.map(
        (r: { what: string; pupil: string }) => `${r.pupil}: ${r.what}`,
      );
    expect(await logOf(SECOND)).toContain(`${SECOND}: LA dashboard: open day-6 clocks, page 2`);
    expect(await logOf(FIRST)).toContain(`${FIRST}: LA dashboard`);
    expect(await logOf(FIRST)).not.toContain(`${FIRST}: LA dashboard: open day-6 clocks, page 2`);
  });

  it("checks the list views' entries with the rest of the pupil's record", async () => {
    const verdict = (await app.request(AUDITOR, 'GET', `/pupils/${FIRST}/history/verify`)).body;
    const listViews = (
      await app.db.pool.query(
        `SELECT DISTINCT stream_id FROM events WHERE type = 'PupilRecordsListed' AND data->'pupils' ? $1`,
        [FIRST],
      )
    ).rowCount!;
    expect(listViews).toBeGreaterThan(0);
    expect(verdict.intact).toBe(true);
    // The pupil's own streams, its access log and each list view that named it.
    const own = (await app.db.pool.query(`SELECT DISTINCT stream_id FROM events WHERE data->>'upn' = $1`, [FIRST]))
      .rowCount!;
    expect(verdict.streams).toBeGreaterThanOrEqual(own + listViews);
  });

  it("gives the pupil's page in one read: the case, the history and the latest reads, recorded once", async () => {
    const logOf = async (query = '') => (await app.request(AUDITOR, 'GET', `/pupils/${FIRST}/access-log${query}`)).body;
    const before = (await logOf()).total as number;
    const record = (await app.request(AUDITOR, 'GET', `/pupils/${FIRST}/record?accessLogLimit=2`)).body;
    expect(record.case).toMatchObject({ upn: FIRST });
    expect(record.today).toBe('2025-10-23'); // the engine's date, so the page can refuse a later one
    expect(record.case.exclusions).toHaveLength(1);
    expect(record.history.events.map((e: { type: string }) => e.type)).toContain('ExclusionRecorded');
    expect(record.accessLog.reads).toHaveLength(2);
    // Each read is recorded before it is answered: the record's own read is its latest, and the only one it added.
    expect(record.accessLog.total).toBe(before + 1);
    expect(record.accessLog.reads[1].what).toBe('record (case, history and access log)');
    const latest = await logOf('?limit=1');
    expect(latest.reads.map((r: { what: string }) => r.what)).toEqual(['access log']);
    expect(latest.total).toBe(before + 2);
    expect((await logOf()).reads).toHaveLength(before + 3);
    expect((await app.request(AUDITOR, 'GET', `/pupils/${FIRST}/access-log?limit=0`)).body).toMatchObject({
      status: 400,
      field: 'limit',
    });
  });

  it("shows a school only its own organisation's reads, and counts only those", async () => {
    await app.request(SCHOOL, 'GET', `/pupils/${FIRST}/case`);
    const log = (await app.request(SCHOOL, 'GET', `/pupils/${FIRST}/access-log?limit=1`)).body;
    expect(log.reads.map((r: { actor: { organisationId: string } }) => r.actor.organisationId)).toEqual(['100001']);
    expect(log.total).toBe(2);
  });
});

describe('a day-6 breach', () => {
  it("carries the pupil's part-time place, which does not meet the duty but is not nothing", async () => {
    const { body } = await app.request(SCHOOL, 'POST', '/referrals', {
      reason: 'suspension',
      upn: FIRST,
      exclusion: { exclusionType: 'SUSP', firstDay: '2025-10-23', lengthSchoolDays: 10, reasons: ['PA'] },
    });
    for (const { section, content } of completeSections('2025-10-01'))
      await app.request(
        SCHOOL,
        'PUT',
        `/referrals/${body.referralId}/sections/${section}`,
        section === 'identity' ? { ...content, upn: FIRST } : content,
      );
    const submitted = await app.request(SCHOOL, 'POST', `/referrals/${body.referralId}/submit`, {
      providerId: 'prov-bridges',
    });
    expect([submitted.status, submitted.body.code]).toEqual([200, undefined]);
    await app.settle();
    const accepted = await app.request(PROVIDER, 'POST', `/referrals/${body.referralId}/accept`, {
      startDate: '2025-10-27',
      hoursPerWeek: 12,
      partTime: {
        reason: 'phased_induction',
        detail: 'Building up hours',
        parentalAgreement: true,
        reviewDate: '2025-11-14',
        endDate: '2025-12-05',
      },
    });
    expect([accepted.status, accepted.body.code]).toEqual([200, undefined]);
    await app.settle();
    app.clock.set('fixed', '2025-11-06T00:00:01.000Z');
    // The acceptance and the breach reach the read model in either order: wait for both.
    const breach = await eventually(async () => {
      await app.settle();
      const [row] = (await app.request(LA, 'GET', '/la/dashboard')).body.breaches;
      return row?.acceptedStart ? row : undefined;
    }, 30_000);
    expect(breach).toMatchObject({
      upn: FIRST,
      status: 'breached',
      placementAccepted: true,
      acceptedStart: '2025-10-27',
      partTimeHoursPerWeek: 12,
      partTimeProviderId: 'prov-bridges',
    });
  });
});
