import { randomUUID } from 'node:crypto';
import { buildOnce, crash, startWorker, type EngineProcess } from '../support/engine-process';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const DUE = 2000;
const NOT_YET = 200;
const NOW = '2025-11-06T12:00:00Z';

let db: TestDatabase;
const workers: EngineProcess[] = [];

/** A day-6 process stream with its day-6 deadline, written as the worker itself would write them. */
async function timeline(i: number, dueAt: string): Promise<void> {
  const stream = `day6-crash-${i}`;
  await db.pool.query(
    `SELECT * FROM ap_append_events($1, -2, ARRAY[$2::uuid, $3::uuid], ARRAY['Day6TimelineStarted', 'DeadlineScheduled'], ARRAY[1, 1], ARRAY[$4::jsonb, $5::jsonb], ARRAY['{}'::jsonb, '{}'::jsonb])`,
    [
      stream,
      randomUUID(),
      randomUUID(),
      JSON.stringify({
        dutyId: `crash-${i}`,
        upn: 'B801200005001',
        schoolUrn: '100001',
        responsible: { kind: 'la', organisationId: '201' },
        escalateTo: '201',
        day1: '2025-10-23',
        day6: dueAt.slice(0, 10),
        reminders: [],
        lookedAfter: false,
        exclusionIds: [],
        firstNotice: { exclusionId: 'x', dueBy: '2025-10-23T14:15:00.000Z' },
        sessionTimes: { morningStarts: '08:45', afternoonEnds: '15:15' },
      }),
      JSON.stringify({ name: `crash-${i}:day6`, dueAt, reason: 'crash test' }),
    ],
  );
  await db.pool.query(`INSERT INTO deadlines (deadline_id, process_stream, name, due_at) VALUES ($1, $2, $3, $4)`, [
    `${stream}:crash-${i}:day6`,
    stream,
    `crash-${i}:day6`,
    dueAt,
  ]);
}

const env = () => ({ DATABASE_URL: db.url, CLOCK: `fixed:${NOW}`, DEADLINE_POLL_MS: '50' });
const count = async (sql: string) => (await db.pool.query<{ n: number }>(sql)).rows[0].n;

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  for (let i = 0; i < DUE + NOT_YET; i += 100) {
    await Promise.all(
      Array.from({ length: 100 }, (_, k) =>
        timeline(i + k, i + k < DUE ? '2025-11-06T00:00:00.000Z' : '2025-12-01T00:00:00.000Z'),
      ),
    );
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.filter((w) => w.child.exitCode === null).map(crash));
  await db?.drop();
});

describe('deadlines under a worker killed again and again', () => {
  it('fires every due deadline exactly once and none early, through 20 SIGKILLs and then two workers at once', async () => {
    const fired = () => count(`SELECT count(*)::int AS n FROM events WHERE type = 'Day6Breached'`);
    for (let kill = 0; kill < 20; kill++) {
      const before = await fired();
      const worker = await startWorker(env());
      workers.push(worker);
      // Kill once this worker has fired something (a loaded machine may take seconds to get there), then a moment
      // later: every kill lands part-way through a batch, and 20 kills cannot get through all 2,000.
      const until = Date.now() + 15_000;
      while ((await fired()) === before && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
      await crash(worker);
    }
    const firedDuringKills = await count(`SELECT count(*)::int AS n FROM events WHERE type = 'Day6Breached'`);
    expect(firedDuringKills).toBeGreaterThan(0); // work was done between kills…
    expect(firedDuringKills).toBeLessThan(DUE); // …and the kills landed part-way through
    const pair = await Promise.all([startWorker(env()), startWorker(env())]);
    workers.push(...pair);
    const deadline = Date.now() + 60_000;
    while ((await count(`SELECT count(*)::int AS n FROM deadlines`)) > NOT_YET && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all(pair.map(crash));

    expect(await count(`SELECT count(*)::int AS n FROM events WHERE type = 'Day6Breached'`)).toBe(DUE);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM (SELECT stream_id FROM events WHERE type = 'DeadlineFired' GROUP BY stream_id HAVING count(*) > 1) twice`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM events WHERE type = 'DeadlineFired'`)).toBe(DUE);
    // Not yet due: still waiting, nothing fired early.
    expect(await count(`SELECT count(*)::int AS n FROM deadlines WHERE due_at = '2025-12-01T00:00:00Z'`)).toBe(NOT_YET);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'day6-crash-%' AND type = 'DeadlineFired' AND data->>'dueAt' >= '2025-12-01'`,
      ),
    ).toBe(0);
  }, 180_000);
});
