import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AdjustableClock } from '../libs/application/src/clock';
import { createPool, migrate, startEmbeddedPostgres } from '../libs/database/src';
import { subscriptionName } from '../libs/read-models/src/projection';
import { PROJECTIONS } from '../libs/read-models/src/projection-runner';
import { subscriptionRetries } from '../libs/telemetry/src';
import { processSubscriptionName, ProcessesService } from '../apps/worker/src/processes/processes.service';
import { createWorker } from '../apps/worker/src/worker.bootstrap';
import { generateLa } from './workload/generator';
import { benchApi, schoolYear, seedYear } from './pages.bench';

/**
 * The worker catching up on the page benchmark's year (`npm run bench:catch-up`): the first run writes the LA's
 * year through the API with no worker into `.data/catch-up-bench/seed` (about half a minute); every run copies that
 * snapshot and times one worker catching up with its clock at the year's end, so every deadline is due as soon as
 * it is scheduled. Prints the time, the batches retried by reason, PostgreSQL's deadlock count and what was written.
 */
async function main() {
  process.env.DEV_MODE ??= 'true';
  const dir = resolve(process.env.CATCH_UP_BENCH_DIR ?? '.data/catch-up-bench');
  const pupils = Number(process.env.CATCH_UP_PUPILS ?? 500);
  const port = Number(process.env.BENCH_PG_PORT ?? 54351);
  const seed = join(dir, 'seed');
  if (!existsSync(seed)) await withServer(seed, port, (connection, clock) => seedOnce(connection, clock, pupils));
  const run = join(dir, 'run');
  execFileSync('rm', ['-rf', run]);
  execFileSync('cp', ['-a', seed, run]); // -a: the server's files stay its own user's
  await withServer(run, port, catchUp);
}

type Connection = Parameters<typeof benchApi>[0];

async function withServer(dir: string, port: number, work: (c: Connection, clock: AdjustableClock) => Promise<void>) {
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port });
  const pool = createPool({ connectionString: server.url, max: 24 });
  try {
    await migrate(pool);
    const clock = new AdjustableClock('fixed', `${schoolYear()[0]}T16:00:00.000Z`);
    await work({ url: server.url, pool, embedded: true, close: () => pool.end() }, clock);
  } finally {
    await pool.end();
    await server.stop();
  }
}

async function seedOnce(connection: Connection, clock: AdjustableClock, pupils: number) {
  const api = await benchApi(connection, clock);
  await api.listen(0, '127.0.0.1');
  const { port } = api.getHttpServer().address() as { port: number };
  await seedYear(`http://127.0.0.1:${port}`, clock, generateLa(20261, '201', 1, pupils), schoolYear(), console.log);
  await api.close();
}

async function catchUp(connection: Connection, clock: AdjustableClock) {
  const { pool } = connection;
  clock.set('fixed', `${schoolYear().at(-1)}T16:00:00.000Z`);
  await pool.query('DELETE FROM dev_clock'); // the seeding API's clock, which a worker would follow
  const deadlocks = async () =>
    Number(
      (await pool.query('SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()')).rows[0].deadlocks,
    );
  const deadlocksBefore = await deadlocks();
  const started = Date.now();
  const worker = await createWorker(connection, { clock, audit: false });
  const subscribers = [
    ...PROJECTIONS.map((p) => ({ name: subscriptionName(p), categories: p.categories })),
    ...worker.get(ProcessesService).routes.map((r) => ({ name: processSubscriptionName(r), categories: r.categories })),
  ];
  await idle(pool, clock.now(), subscribers);
  const seconds = (Date.now() - started) / 1000;
  await worker.close();
  await new Promise((r) => setTimeout(r, 1000)); // PostgreSQL's statistics reach the view within a second
  const retried: Record<string, number> = {};
  for (const v of (await subscriptionRetries.get()).values)
    retried[`${v.labels.subscription}/${v.labels.reason}`] = v.value;
  const { rows } = await pool.query(
    `SELECT (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM parked_events)::int AS parked,
            (SELECT count(*) FROM events WHERE type = 'DeadlineFired')::int AS "deadlinesFired",
            (SELECT count(*) FROM (SELECT 1 FROM events WHERE type = 'DeadlineFired'
               GROUP BY stream_id, data->>'name', data->>'dueAt' HAVING count(*) > 1) twice)::int AS "firedTwice"`,
  );
  const pgDeadlocks = (await deadlocks()) - deadlocksBefore;
  console.log(JSON.stringify({ caughtUpSeconds: seconds, retried, pgDeadlocks, ...rows[0] }, null, 2));
}

/**
 * Every projection and process manager has read its categories to the head (one with no checkpoint yet is behind by
 * all of them), no deadline is due, and the log stood still for a second.
 */
async function idle(
  pool: Connection['pool'],
  now: string,
  subscribers: ReadonlyArray<{ name: string; categories: readonly string[] }>,
) {
  let last = '';
  let still = 0;
  while (still < 4) {
    await new Promise((r) => setTimeout(r, 250));
    const { rows } = await pool.query<{ behind: string; due: string; events: string }>(
      `SELECT (SELECT count(*) FROM unnest($2::text[], $3::text[]) AS s(name, cats)
                 LEFT JOIN subscription_checkpoints c ON c.name = s.name
                 JOIN events e ON e.category = ANY(string_to_array(s.cats, ','))
                  AND (e.transaction_id, e.global_position) >
                      (coalesce(c.transaction_id, '0'::xid8), coalesce(c.global_position, 0)))::text AS behind,
              (SELECT count(*) FROM deadlines WHERE due_at <= $1)::text AS due,
              (SELECT count(*) FROM events)::text AS events`,
      [now, subscribers.map((s) => s.name), subscribers.map((s) => s.categories.join(','))],
    );
    const r = rows[0]!;
    still = r.behind === '0' && r.due === '0' && r.events === last ? still + 1 : 0;
    last = r.events;
  }
}

void main();
