import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';

const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };

let app: TestApp;

beforeAll(async () => {
  process.env.PROCESS_MAX_ATTEMPTS = '3';
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await app.request(LA, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
});

afterAll(async () => {
  delete process.env.PROCESS_MAX_ATTEMPTS;
  await app?.stop();
});

describe('a process manager that fails on one event', () => {
  it('is retried with backoff, then parks that event with its error and goes on with the others', async () => {
    // An event the day-6 process cannot handle (as an old or damaged payload would be), written straight to the log.
    await app.db.pool.query(
      `SELECT * FROM ap_append_events($1, -1, ARRAY[gen_random_uuid()], ARRAY['ExclusionRecorded'], ARRAY[1], ARRAY[$2::jsonb], ARRAY['{}'::jsonb])`,
      [
        'exclusions-100001-H801200001001',
        JSON.stringify({
          schemaVersion: 2,
          exclusionId: 'broken',
          upn: 'H801200001001',
          schoolUrn: '100001',
          schoolLaCode: '201',
          homeLaCode: '201',
          exclusionType: 'SUSP',
          startDate: 'not-a-date',
          startsPartWay: false,
          sessions: 20,
          reasons: ['PA'],
          yearGroup: 9,
        }),
      ],
    );
    const valid = await app.request(SCHOOL, 'POST', '/pupils/B801200005001/exclusions', {
      homeLaCode: '201',
      exclusionType: 'PERM',
      startDate: '2025-10-23',
      startsPartWay: false,
      reasons: ['PA'],
      yearGroup: 9,
    });
    expect(valid.status).toBe(201);

    const parked = await eventually(async () => (await app.db.pool.query(`SELECT * FROM parked_events`)).rows[0]);
    expect(parked).toMatchObject({
      subscription: 'process:day6',
      stream_id: 'exclusions-100001-H801200001001',
      event_type: 'ExclusionRecorded',
      attempts: 3,
    });
    expect(parked.error).toContain('not-a-date');
    await eventually(
      async () => (await app.db.pool.query(`SELECT 1 FROM events WHERE type = 'Day6TimelineStarted'`)).rows[0],
    );
    const health = await app.request(undefined, 'GET', '/health');
    expect(health.body.info.projections.parkedEvents).toBe(1);
  });
});
