import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PostgresEventStore } from '../../../libs/event-store/src';
import { buildOnce } from '../../support/engine-process';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..', '..');
const UPN = 'B801200005001';
const meta = { actor: { id: 'u', role: 'school', organisationId: '100001' } };

let db: TestDatabase;
let store: PostgresEventStore;

/** `npm run exclusions:migrate` as its README section says to run it: the compiled script on DATABASE_URL. */
const runMigration = (): string =>
  execFileSync('node', [join(ROOT, 'dist/scripts/migrate-exclusion-streams.js')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'error' },
    encoding: 'utf8',
  });

const recorded = (exclusionId: string, schoolUrn: string, lengthSchoolDays?: number) => ({
  id: `00000000-0000-4000-8000-00000000000${exclusionId === 'a' ? 1 : exclusionId === 'b' ? 2 : 3}`,
  type: 'ExclusionRecorded',
  data: {
    exclusionId,
    periodId: exclusionId,
    upn: UPN,
    schoolUrn,
    schoolLaCode: '201',
    homeLaCode: '202',
    exclusionType: lengthSchoolDays ? 'SUSP' : 'PERM',
    startDate: '2025-11-03',
    startsPartWay: false,
    day1: '2025-11-03',
    ...(lengthSchoolDays
      ? { lastDay: '2025-11-14', lengthSchoolDays, periodLastDay: '2025-11-14', periodSchoolDays: 10 }
      : {}),
    reasons: ['PA'],
    yearGroup: 9,
    calendarId: 'x',
  },
  metadata: meta,
});

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  // A schema-1 log: one shared exclusions stream for the pupil (two schools' exclusions and the LA's duty after a
  // permanent exclusion), and the old day-6 timeline of the first period, which already breached.
  await store.appendToStream(
    `exclusions-${UPN}`,
    [
      recorded('a', '100001', 10),
      {
        id: '00000000-0000-4000-8000-000000000011',
        type: 'Day6DutyArose',
        data: { periodId: 'a', responsible: { kind: 'school', organisationId: '100001' } },
        metadata: meta,
      },
      recorded('p', '200002'),
    ],
    { expectedVersion: 'no_stream' },
  );
  await store.appendToStream(
    'day6-a',
    [
      {
        id: '00000000-0000-4000-8000-000000000021',
        type: 'Day6TimelineStarted',
        data: {
          periodId: 'a',
          upn: UPN,
          schoolUrn: '100001',
          responsible: { kind: 'school', organisationId: '100001' },
          escalateTo: '201',
          day1: '2025-11-03',
          day6: '2025-11-10',
          lookedAfter: false,
        },
        metadata: { actor: { id: 'system', role: 'system', organisationId: 'engine' } },
      },
      {
        id: '00000000-0000-4000-8000-000000000022',
        type: 'Day6Breached',
        data: {
          periodId: 'a',
          day6: '2025-11-10',
          responsible: { kind: 'school', organisationId: '100001' },
          escalatedTo: '201',
          placementAccepted: false,
        },
        metadata: { actor: { id: 'system', role: 'system', organisationId: 'engine' } },
      },
    ],
    { expectedVersion: 'no_stream' },
  );
});

afterAll(async () => {
  await db?.drop();
});

describe('npm run exclusions:migrate', () => {
  it("copies the shared stream into each organisation's own, carries the breached timeline over, and appends nothing the second time", async () => {
    expect(runMigration()).toContain('Copied 1 shared exclusions stream(s)');
    const { rows } = await db.pool.query<{ stream_id: string; n: number }>(
      `SELECT stream_id, count(*)::int AS n FROM events GROUP BY 1 ORDER BY 1`,
    );
    const streams = Object.fromEntries(rows.map((r) => [r.stream_id, r.n]));
    expect(streams[`exclusions-100001-${UPN}`]).toBeGreaterThan(0);
    expect(streams[`exclusions-200002-${UPN}`]).toBeGreaterThan(0);
    // The old streams stay as history, untouched.
    expect(streams[`exclusions-${UPN}`]).toBe(3);
    expect(streams['day6-a']).toBe(2);
    const carried = Object.keys(streams).filter((s) => s.startsWith('day6-') && s !== 'day6-a');
    expect(carried).toHaveLength(1);
    const { events } = await store.readStream(carried[0]!);
    expect(events[0]).toMatchObject({
      type: 'Day6TimelineCarriedOver',
      data: { status: 'breached', from: 'day6-a' },
      metadata: { migratedFrom: { streamId: 'day6-a' } },
    });
    const before = await db.pool.query('SELECT count(*)::int AS n FROM events');
    expect(runMigration()).toContain('0 event(s) appended');
    expect((await db.pool.query('SELECT count(*)::int AS n FROM events')).rows[0]).toEqual(before.rows[0]);
  });
});
