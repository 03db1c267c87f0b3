import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';

const LA_A: Caller = { role: 'la_officer', org: '201', la: '201' };
const LA_B: Caller = { role: 'la_officer', org: '202', la: '202' };
const SCHOOL_A: Caller = { role: 'school', org: '100001', la: '201' };
const SCHOOL_B: Caller = { role: 'school', org: '200002', la: '202' };
/** A pupil living in LA 202, on the roll of school A (LA 201) and dual-registered at school B (LA 202). */
const UPN = 'B801200005001';
const path = `/pupils/${UPN}/exclusions`;
const suspension = (startDate: string, sessions: number) => ({
  homeLaCode: '202',
  exclusionType: 'SUSP',
  startDate,
  startsPartWay: false,
  sessions,
  reasons: ['PA'],
  yearGroup: 9,
});

let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await app.request(LA_A, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
  await app.request(LA_B, 'POST', '/schools', { urn: '200002', name: 'Elm School', laCode: '202' });
  // Mon 3–Wed 5 Nov at A, then Thu 6–Tue 11 Nov at B: back to back, but each school's own run is under six days.
  ids['a1'] = (await app.request(SCHOOL_A, 'POST', path, suspension('2025-11-03', 6))).body.exclusionId;
  ids['b1'] = (await app.request(SCHOOL_B, 'POST', path, suspension('2025-11-06', 8))).body.exclusionId;
});

afterAll(async () => {
  await app?.stop();
});

describe('two schools and two LAs acting on one pupil', () => {
  it('lets each school see only its own exclusions, with an ETag that counts only its own records', async () => {
    await app.request(SCHOOL_B, 'POST', `${path}/parent-notices`, {
      kind: 'first',
      givenAt: '2025-11-03T07:00:00Z',
      method: 'letter',
    });
    const a = await app.request(SCHOOL_A, 'GET', path);
    const b = await app.request(SCHOOL_B, 'GET', path);
    expect(Object.keys(a.body.exclusions)).toEqual([ids['a1']]);
    expect(Object.keys(b.body.exclusions)).toEqual([ids['b1']]);
    expect([a.headers.get('etag'), b.headers.get('etag')]).toEqual(['"1"', '"2"']);
  });

  it('does not join one school’s suspension to another’s: neither holds a duty from days the other excluded', async () => {
    expect((await app.request(SCHOOL_A, 'GET', path)).body.duties).toEqual([]);
    expect((await app.request(SCHOOL_B, 'GET', path)).body.duties).toEqual([]);
  });

  it('answers another school’s cancel with 404 and leaves that exclusion live', async () => {
    const cancel = await app.request(SCHOOL_A, 'POST', `${path}/${ids['b1']}/cancel`, {
      outcome: 'cancelled',
      decidedOn: '2025-11-03',
    });
    expect(cancel.status).toBe(404);
    expect((await app.request(SCHOOL_B, 'GET', path)).body.exclusions[ids['b1']!].cancelled).toBe(false);
  });

  it('tells a school whose If-Match is stale only its own version', async () => {
    const stale = await app.request(SCHOOL_A, 'POST', path, suspension('2025-11-20', 2), { 'if-match': '"7"' });
    expect(stale.status).toBe(412);
    expect(stale.body.actual).toBe(1);
  });

  it('keeps a school from closing another school’s duty with an exception', async () => {
    const a2 = await app.request(SCHOOL_A, 'POST', path, { ...suspension('2025-11-12', 20), lookedAfter: true });
    ids['a2'] = a2.body.exclusionId;
    const [duty] = a2.body.day6Duties;
    expect(duty).toMatchObject({ responsible: { kind: 'school', organisationId: '100001' }, day6: '2025-11-19' });
    const claim = { dutyId: duty.dutyId, exception: 'y11_exams_over', note: 'Exams over' };
    expect((await app.request(SCHOOL_B, 'POST', `${path}/day6-exception`, claim)).status).toBe(409);
    expect((await app.request(SCHOOL_A, 'GET', path)).headers.get('etag')).toBe('"2"');
  });

  it('gives the home LA its own duty from a permanent exclusion, recorded in its own records', async () => {
    const pex = await app.request(SCHOOL_A, 'POST', path, {
      ...suspension('2025-11-26', 1),
      exclusionType: 'PERM',
      sessions: undefined,
    });
    ids['pex'] = pex.body.exclusionId;
    expect(pex.body.day6Duties.map((d: { responsible: object }) => d.responsible)).toEqual([
      { kind: 'school', organisationId: '100001', name: 'Oak Academy' },
      { kind: 'la', organisationId: '202', name: 'Local authority 202' },
    ]);
    const notice = await app.request(LA_B, 'POST', `${path}/parent-notices`, {
      exclusionId: pex.body.exclusionId,
      kind: 'first',
      givenAt: '2025-11-03T07:30:00Z',
      method: 'email',
    });
    expect(notice.status).toBe(200);
    expect(notice.headers.get('etag')).toBe('"1"');
    expect((await app.request(SCHOOL_A, 'GET', path)).headers.get('etag')).toBe('"3"');
  });

  it('shows each LA its schools’ and residents’ exclusions and nothing else', async () => {
    const la201 = await app.request(LA_A, 'GET', path);
    const la202 = await app.request(LA_B, 'GET', path);
    expect(Object.keys(la201.body.exclusions).sort()).toEqual([ids['a1'], ids['a2'], ids['pex']].sort());
    expect(Object.values(la201.body.exclusions).every((e) => (e as { schoolUrn: string }).schoolUrn === '100001')).toBe(
      true,
    );
    expect(Object.keys(la202.body.exclusions).sort()).toEqual([ids['a1'], ids['a2'], ids['pex'], ids['b1']].sort());
    const cancel = await app.request(LA_A, 'POST', `${path}/${ids['b1']}/cancel`, {
      outcome: 'cancelled',
      decidedOn: '2025-11-03',
    });
    expect(cancel.status).toBe(404);
  });

  it('runs each holder’s day-6 timeline in its own stream', async () => {
    await eventually(async () => {
      const { rows } = await app.db.pool.query<{ stream_id: string }>(
        `SELECT DISTINCT stream_id FROM events WHERE type = 'Day6TimelineStarted' ORDER BY 1`,
      );
      const streams = rows.map((r) => r.stream_id);
      return streams.length === 2 ? streams : undefined;
    }).then((streams) => expect(streams).toEqual([`day6-100001-${UPN}`, `day6-202-${UPN}`]));
  });

  it('flags the looked-after pupil on the school’s LA dashboard from day 1', async () => {
    const row = await eventually(async () => {
      await app.settle();
      return (await app.request(LA_A, 'GET', '/la/dashboard')).body.day6.find((r: { upn: string }) => r.upn === UPN);
    });
    expect(row).toMatchObject({ responsibleId: '100001', day6: '2025-11-19', lookedAfterFromDay1: true });
  });
});
