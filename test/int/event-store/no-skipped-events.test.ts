import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { PostgresEventStore, type Position, type RecordedEvent } from '@ap/event-store';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 45 });
  store = new PostgresEventStore(db.pool, db.url);
});
afterAll(async () => {
  await store.close();
  await db.drop();
});

const APPEND = 'SELECT * FROM ap_append_events($1, -1, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])';

/** Appends inside a transaction the test controls, so commit order can be forced. */
async function appendIn(tx: PoolClient, stream: string, ids: string[]): Promise<void> {
  const n = ids.length;
  const fill = <T>(v: T) => Array.from({ length: n }, () => v);
  await tx.query(APPEND, [stream, ids, fill('Written'), fill(1), fill('{}'), fill('{}')]);
}

async function drain(
  from: Position | 'start',
  limit: number,
): Promise<{ events: RecordedEvent[]; next: Position | 'start' }> {
  const events: RecordedEvent[] = [];
  let position = from;
  for (;;) {
    const page = await store.readAll(position, { limit });
    events.push(...page.events);
    position = page.next;
    if (page.events.length < limit) return { events, next: position };
  }
}

describe('a subscriber under out-of-order commits', () => {
  it('does not read past a transaction that took an earlier position but has not committed', async () => {
    const before = await drain('start', 1);
    const a = await db.pool.connect();
    const b = await db.pool.connect();
    try {
      const [idA, idB] = [randomUUID(), randomUUID()];
      await a.query('BEGIN');
      await appendIn(a, `det-${randomUUID()}`, [idA]); // A takes its position first...
      await b.query('BEGIN');
      await appendIn(b, `det-${randomUUID()}`, [idB]);
      await b.query('COMMIT'); // ...B commits first...
      const whileAOpen = await drain(before.next, 1); // batch size 1: B would sit on a batch boundary
      expect(whileAOpen.events.map((e) => e.id)).toEqual([]);
      await a.query('COMMIT'); // ...then A commits.
      const after = await drain(whileAOpen.next, 1);
      expect(after.events.map((e) => e.id).sort()).toEqual([idA, idB].sort());
    } finally {
      a.release();
      b.release();
    }
  });

  it('receives every committed event exactly once and no rolled-back one, with 32 writers', async () => {
    const received: string[] = [];
    const subscription = store.subscribe(
      `skip-test-${randomUUID()}`,
      async (events) => {
        for (const e of events) if (e.streamId.startsWith('skip-')) received.push(e.id); // not the first test's events
      },
      { batchSize: 7, pollIntervalMs: 20 },
    );
    const committed: string[] = [];
    const rolledBack: string[] = [];
    const writer = async (w: number) => {
      const client = await db.pool.connect();
      try {
        for (let i = 0; i < 320; i++) {
          const ids = Array.from({ length: 1 + ((w + i) % 9) }, () => randomUUID());
          await client.query('BEGIN');
          await appendIn(client, `skip-${w}-${i % 4}`, ids);
          if (Math.random() < 0.3) await client.query(`SELECT pg_sleep(${(Math.random() * 0.004).toFixed(4)})`);
          if (Math.random() < 0.05) {
            await client.query('ROLLBACK');
            rolledBack.push(...ids);
          } else {
            await client.query('COMMIT');
            committed.push(...ids);
          }
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: 32 }, (_, w) => writer(w)));
    expect(committed.length).toBeGreaterThan(40_000);
    const deadline = Date.now() + 60_000;
    while (received.length < committed.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await subscription.stop();
    const counts = new Map<string, number>();
    for (const id of received) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(committed.filter((id) => counts.get(id) !== 1)).toEqual([]);
    expect(rolledBack.filter((id) => counts.has(id))).toEqual([]);
    expect(received).toHaveLength(committed.length);
  }, 120_000);
});
