import { summarisedTypes } from '../../libs/application/src/history/event-summaries';
import { registerBystanders, registerOrganisations } from '../support/world';
import { eventually } from '../support/eventually';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { asSuperuser } from '../support/test-database';
import { TestApp, type Caller } from '../support/test-app';

const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const AUDITOR: Caller = { role: 'la_auditor', org: '201', la: '201', sub: 'auditor-1' };
const OTHER_AUDITOR: Caller = { role: 'la_auditor', org: '202', la: '202' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const UPN = 'B801200005001';

let app: TestApp;
let referralId: string;

beforeAll(async () => {
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la' });
  await registerBystanders(app);
  const exclusion = await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, {
    homeLaCode: '201',
    exclusionType: 'SUSP',
    startDate: '2025-10-23',
    startsPartWay: false,
    lengthSchoolDays: 10,
    reasons: ['PA'],
    yearGroup: 9,
  });
  expect(exclusion.status).toBe(201);
  const opened = await app.request(SCHOOL, 'POST', '/referrals', {
    reason: 'suspension',
    upn: UPN,
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-10-23', lengthSchoolDays: 10, reasons: ['PA'] },
  });
  referralId = opened.body.referralId;
  for (const { section, content } of completeSections('2025-10-01'))
    await app.request(SCHOOL, 'PUT', `/referrals/${referralId}/sections/${section}`, content);
  expect(
    (await app.request(SCHOOL, 'POST', `/referrals/${referralId}/submit`, { providerId: 'prov-bridges' })).status,
  ).toBe(200);
});

afterAll(async () => {
  await app?.stop();
});

describe('LA compliance dashboard', () => {
  it('shows the open day-6 clock with the responsible school and school days left', async () => {
    const clock = await eventually(async () => {
      await app.settle();
      return (await app.request(LA, 'GET', '/la/dashboard')).body.day6[0];
    });
    expect(clock).toMatchObject({
      upn: UPN,
      schoolUrn: '100001',
      responsibleKind: 'school',
      day6: '2025-11-06',
      schoolDaysLeft: 5,
      placementAccepted: false,
      reason: 'suspension',
    });
  });

  it('shows the breach, the overdue provider response and the missing parent notice once day 6 has come', async () => {
    app.clock.set('fixed', '2025-11-06T00:00:01.000Z');
    const board = await eventually(async () => {
      await app.settle();
      const body = (await app.request(LA, 'GET', '/la/dashboard')).body;
      return body.breaches.length === 1 && body.overdue.length === 1 ? body : undefined;
    });
    expect(board.breaches[0]).toMatchObject({ upn: UPN, status: 'breached', schoolDaysLeft: 0 });
    expect(board.overdue[0]).toMatchObject({
      kind: 'provider_response',
      subjectId: referralId,
      dueBy: '2025-11-04',
      providerId: 'prov-bridges',
    });
    expect(board.parentNotices[0]).toMatchObject({ upn: UPN, firstNoticeMissing: true });
  });

  it('filters by school, SEN status and social worker, and exports each table as CSV', async () => {
    expect((await app.request(LA, 'GET', '/la/dashboard?school=999999')).body.breaches).toEqual([]);
    expect((await app.request(LA, 'GET', '/la/dashboard?sen=K&socialWorker=true')).body.breaches).toHaveLength(1);
    expect((await app.request(LA, 'GET', '/la/dashboard?lookedAfter=true')).body.breaches).toEqual([]);
    const csv = await app.request(LA, 'GET', '/la/dashboard?format=csv&table=overdue');
    const log = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/access-log`);
    expect(log.body.reads.some((r: { what: string }) => r.what === 'LA dashboard: overdue items, downloaded as CSV')).toBe(true);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'What is overdue,Record reference,Due by,Recorded as overdue at,UPN,Commissioner URN or LA code,Provider ID,Reason for referral',
    );
    expect(csv.body).toContain("Provider's response to a referral,");
    expect(csv.body).not.toContain('provider_response');
  });

  it('resolves the overdue response when the provider accepts', async () => {
    app.clock.set('fixed', '2025-11-06T09:00:00.000Z');
    expect(
      (
        await app.request(PROVIDER, 'POST', `/referrals/${referralId}/accept`, {
          startDate: '2025-11-07',
          hoursPerWeek: 25,
        })
      ).status,
    ).toBe(200);
    await eventually(async () => {
      await app.settle();
      return (await app.request(LA, 'GET', '/la/dashboard')).body.overdue.length === 0;
    });
  });
});

describe("the auditor's replay", () => {
  it('lists every event about the pupil in commit order with who did it and a summary', async () => {
    const history = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/history`);
    expect(history.status).toBe(200);
    const types = history.body.events.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('ExclusionRecorded');
    expect(types).toEqual(
      expect.arrayContaining([
        'ReferralOpened',
        'ReferralSubmitted',
        'Day6TimelineStarted',
        'Day6Breached',
        'ReferralAccepted',
        'PlacementCreated',
      ]),
    );
    const opened = history.body.events.find((e: { type: string }) => e.type === 'ReferralOpened');
    expect(opened).toMatchObject({
      actor: { role: 'school', organisationId: '100001', organisationName: 'Oak Academy' },
      summary: 'Referral opened by Oak Academy: suspension',
    });
    // Every event reads in plain English: a type of its own summary, no ISO dates, the provider by name.
    const untold = history.body.events.filter((e: { type: string }) => !summarisedTypes().includes(e.type));
    expect(untold.map((e: { type: string }) => e.type)).toEqual([]);
    const summaries = history.body.events.map((e: { summary: string }) => e.summary).join('\n');
    expect(summaries).not.toMatch(/\d{4}-\d{2}-\d{2}|prov-bridges/);
    expect(summaries).toContain('Day 6 passed with no full-time provision: ');
    const positions = history.body.events.map((e: { position: string }) => BigInt(e.position));
    expect(history.body.streams).toEqual(
      expect.arrayContaining([`referral-${referralId}`, `exclusions-100001-${UPN}`]),
    );
    expect(positions.length).toBeGreaterThan(10);
  });

  it('rebuilds each record as it was at an instant, and the difference between two instants', async () => {
    await app.settle();
    const caseThen = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/case`);
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    app.clock.set('fixed', '2025-11-07T09:00:00.000Z');
    expect(
      (await app.request(PROVIDER, 'POST', `/placements/${referralId}/start`, { startedOn: '2025-11-07' })).status,
    ).toBe(200);
    const then = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/history?asOf=${encodeURIComponent(before)}`);
    expect(then.body.records[`placement-${referralId}`].state.status).toBe('planned');
    // The case as it was, replayed from the log alone, is the case the read models gave at that instant.
    expect(then.body.case).toEqual(caseThen.body);
    expect(then.body.case.openTimelines.day6).toEqual([
      expect.objectContaining({ status: 'breached', day6: '2025-11-06', responsibleName: 'Oak Academy' }),
    ]);
    const diff = await app.request(
      AUDITOR,
      'GET',
      `/pupils/${UPN}/history?asOf=${encodeURIComponent(before)}&compareTo=${encodeURIComponent(new Date().toISOString())}`,
    );
    const placement = diff.body.changed.find((c: { streamId: string }) => c.streamId === `placement-${referralId}`);
    expect(placement.after.state.status).toBe('active');
    // The case at each date, in the one shape, for the page to tell what changed in the same words.
    expect(diff.body.case).toEqual(then.body.case);
    expect(diff.body.compareToCase.placements[0]).toMatchObject({ status: 'active', startedOn: '2025-11-07' });
  });

  it('exports the history as CSV', async () => {
    const csv = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/history?format=csv&stream=exclusions-100001-${UPN}`);
    const [header, first] = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Recorded at (UTC),Record,Record version,Event,What happened,By (user ID),By (role),By (organisation),Correlation ID',
    );
    expect(first).toContain('ExclusionRecorded');
    expect(first).toMatch(/,School,100001,/);
  });

  it('shows a school or provider only the records it is party to, and hides the pupil from everyone else (404)', async () => {
    expect((await app.request(OTHER_AUDITOR, 'GET', `/pupils/${UPN}/history`)).status).toBe(404);
    const otherSchool: Caller = { role: 'school', org: '100099', la: '201' };
    const otherProvider: Caller = { role: 'provider', org: 'prov-other', la: '201' };
    for (const caller of [otherSchool, otherProvider]) {
      expect((await app.request(caller, 'GET', `/pupils/${UPN}/history`)).status).toBe(404);
      expect((await app.request(caller, 'GET', `/pupils/${UPN}/access-log`)).status).toBe(404);
    }
    const provider = await app.request(PROVIDER, 'GET', `/pupils/${UPN}/history`);
    expect(provider.status).toBe(200);
    expect(provider.body.streams).toContain(`referral-${referralId}`);
    expect(provider.body.streams).not.toContain(`exclusions-100001-${UPN}`);
    const school = await app.request(SCHOOL, 'GET', `/pupils/${UPN}/history`);
    expect(school.body.streams).toEqual(expect.arrayContaining([`referral-${referralId}`, `exclusions-100001-${UPN}`]));
  });

  it('adds exactly one access entry for each permitted read, and none for a refused one', async () => {
    const entries = async () =>
      (await app.request(AUDITOR, 'GET', `/pupils/${UPN}/access-log`)).body.reads.length as number;
    const before = await entries(); // this read is itself recorded
    await app.request(SCHOOL, 'GET', `/pupils/${UPN}/history`);
    await app.request({ role: 'school', org: '100099', la: '201' }, 'GET', `/pupils/${UPN}/history`);
    expect(await entries()).toBe(before + 2); // the auditor's first read and the school's; not the refused one
  });

  it("gives a school the pupil's current case with its open timelines", async () => {
    await app.settle();
    const pupilCase = await app.request(SCHOOL, 'GET', `/pupils/${UPN}/case`);
    expect(pupilCase.status).toBe(200);
    expect(pupilCase.body.referrals[0]).toMatchObject({
      id: referralId,
      status: 'accepted',
      providerName: 'Bridges Learning',
    });
    expect(pupilCase.body.placements[0]).toMatchObject({ id: referralId, status: 'active' });
    // Who the pupil is, from the referral the school made, and the school by name.
    expect(pupilCase.body.pupil).toEqual({
      name: 'Sam Pupil',
      dateOfBirth: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      yearGroup: expect.any(String),
      school: { urn: '100001', name: 'Oak Academy' },
    });
    expect(pupilCase.body.exclusions).toHaveLength(1);
    expect(Object.keys(pupilCase.body.exclusions[0].exclusions)).toHaveLength(1);
    expect(pupilCase.body.openTimelines.day6).toEqual([]); // provision started on 7 Nov: met late, no longer open
    expect(
      (await app.request({ role: 'provider', org: 'prov-other', la: '201' }, 'GET', `/pupils/${UPN}/case`)).status,
    ).toBe(404);
  });

  it('names the first event that no longer matches its hash after rows are edited or deleted in SQL', async () => {
    expect((await app.request(AUDITOR, 'GET', `/pupils/${UPN}/history/verify`)).body).toMatchObject({
      intact: true,
      breaks: [],
    });
    const { rows } = await app.db.pool.query(
      `SELECT event_id FROM events WHERE stream_id = $1 AND stream_version = 2`,
      [`referral-${referralId}`],
    );
    await asSuperuser(app.db.pool, [
      `UPDATE events SET data = jsonb_set(data, '{content,fullName}', '"Someone Else"') WHERE event_id = $1`,
      [rows[0].event_id],
    ]);
    const notice = { kind: 'first', givenAt: '2025-10-23T10:00:00Z', method: 'letter by hand' };
    expect((await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions/parent-notices`, notice)).status).toBe(200);
    await asSuperuser(app.db.pool, [
      `DELETE FROM events WHERE stream_id = $1 AND stream_version = 1`,
      [`exclusions-100001-${UPN}`],
    ]);
    const verified = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/history/verify`);
    expect(verified.body.intact).toBe(false);
    expect(verified.body.breaks).toEqual(
      expect.arrayContaining([
        { streamId: `referral-${referralId}`, streamVersion: 2, eventId: rows[0].event_id, problem: 'hash_mismatch' },
        expect.objectContaining({ streamId: `exclusions-100001-${UPN}`, streamVersion: 2, problem: 'missing_event' }),
      ]),
    );
  });

  it('records every read of the pupil’s record, visible to auditors', async () => {
    await app.request(SCHOOL, 'GET', `/referrals/${referralId}`);
    const log = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/access-log`);
    expect(log.status).toBe(200);
    const reads = log.body.reads as Array<{ actor: { role: string; id: string }; what: string; correlationId: string }>;
    expect(reads.some((r) => r.actor.role === 'la_auditor' && r.what === 'history verification')).toBe(true);
    expect(reads.some((r) => r.actor.role === 'school' && r.what === `referral ${referralId}`)).toBe(true);
    expect(reads.every((r) => typeof r.correlationId === 'string')).toBe(true);
  });
});
