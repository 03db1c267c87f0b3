import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PostgresEventStore } from '../../libs/event-store/src';
import { buildOnce } from '../support/engine-process';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');
const EVENTS = 3000;

// The child: the built event-store library, a transactional subscriber recording each event it handles in a table
// with no unique constraint (so a repeat would show), slowly enough to be killed part-way through a batch.
const CHILD = `
const { PostgresEventStore, subscribeInTransaction } = require(${JSON.stringify(join(ROOT, 'dist/libs/event-store/src'))});
const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.URL, max: 4 });
const store = new PostgresEventStore(pool, process.env.URL);
subscribeInTransaction(store, 'crash-probe', async (events, tx) => {
  for (const e of events) {
    await tx.query('INSERT INTO seen (event_id) VALUES ($1)', [e.id]);
    await new Promise((r) => setTimeout(r, 1));
  }
}, { batchSize: 50, filter: { categories: ['probe'] } });
process.stdout.write('ready\\n');
`;

let db: TestDatabase;

function startChild(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', CHILD], {
    cwd: ROOT,
    env: { ...process.env, URL: db.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => child.stdout!.once('data', () => resolve(child)));
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  await db.pool.query('CREATE TABLE seen (event_id uuid NOT NULL)');
  const store = new PostgresEventStore(db.pool);
  for (let s = 0; s < EVENTS / 100; s++) {
    await store.appendToStream(
      `probe-${s}`,
      Array.from({ length: 100 }, (_, i) => ({ id: crypto.randomUUID(), type: 'Probed', data: { i } })),
    );
  }
}, 120_000);

afterAll(async () => {
  await db?.drop();
});

describe('a subscriber process killed mid-batch', () => {
  it('resumes from its checkpoint after each SIGKILL without losing or repeating an event', async () => {
    for (let round = 0; round < 4; round++) {
      const child = await startChild();
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 200));
      await kill(child);
    }
    const { rows: partial } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM seen');
    expect(partial[0].n).toBeGreaterThan(0);
    expect(partial[0].n).toBeLessThan(EVENTS);
    const last = await startChild();
    const deadline = Date.now() + 60_000;
    while (
      (await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM seen')).rows[0].n < EVENTS &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await kill(last);
    const { rows } = await db.pool.query<{ total: number; distinct: number }>(
      'SELECT count(*)::int AS total, count(DISTINCT event_id)::int AS distinct FROM seen',
    );
    expect(rows[0]).toEqual({ total: EVENTS, distinct: EVENTS });
  }, 120_000);
});
