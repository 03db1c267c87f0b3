import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { PostgresEventStore, type Position, type RecordedEvent } from '@ap/event-store';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { eventually } from '../../support/eventually';

/**
 * Subscribers read the log in (transaction_id, global_position) order, and a read model that keeps a stream's
 * version (rm_day6) drops an event older than the one it has. So within a stream that order must be version order,
 * even when a transaction took its id before a newer writer of the stream committed (CI lost a day-6 breach this
 * way: a process manager's batch waited for the stream the deadline poller was writing, then appended after it).
 */
let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool, db.url);
});
afterAll(async () => {
  await store.close();
  await db.drop();
});

const event = () => ({ id: randomUUID(), type: 'Written', data: {} });

/** Every event of the stream, in the order a subscriber from the start receives them. */
async function asSubscribersSee(stream: string): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  let position: Position | 'start' = 'start';
  for (;;) {
    const page = await store.readAll(position, { limit: 500 });
    out.push(...page.events.filter((e) => e.streamId === stream));
    position = page.next;
    if (page.events.length < 500) return out;
  }
}

async function withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await db.pool.connect();
  let failed = false;
  try {
    return await work(client);
  } catch (error) {
    failed = true; // its transaction may still be open: never handed to the next test
    throw error;
  } finally {
    client.release(failed);
  }
}

describe('a stream written by an older transaction after a newer one', () => {
  it('refuses the older append with a serialisation failure, and takes it when run again', async () => {
    const stream = `order-${randomUUID()}`;
    await withClient(async (older) => {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()'); // takes its id now, as a batch's first write does
      await store.appendToStream(stream, [event()], { expectedVersion: 'no_stream' }); // a newer writer commits
      await expect(store.appendInTransaction(older, stream, [event()], 1)).rejects.toMatchObject({ code: '40001' });
      await older.query('ROLLBACK');
      await older.query('BEGIN');
      await store.appendInTransaction(older, stream, [event()], 1);
      await older.query('COMMIT');
    });
    expect((await asSubscribersSee(stream)).map((e) => e.streamVersion)).toEqual([1, 2]);
  });

  it('runs a multi-stream append again when a later stream was written meanwhile', async () => {
    const [first, second] = [`order-${randomUUID()}`, `order-${randomUUID()}`];
    await withClient(async (newer) => {
      // The newer writer holds the second stream's lock before it has an id.
      await newer.query('BEGIN');
      await newer.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [second]);
      const both = store.appendToStreams([
        { streamId: first, events: [event()], expectedVersion: 'no_stream' },
        { streamId: second, events: [event()], expectedVersion: 'any' },
      ]);
      // The multi-stream append has taken its id (the first stream) and waits for the second stream's lock.
      await eventually(async () => {
        const { rows } = await db.pool.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory' AND datname = current_database()`,
        );
        return rows.length > 0;
      });
      await store.appendInTransaction(newer, second, [event()], 'any');
      await newer.query('COMMIT');
      await expect(both).resolves.toEqual([
        { nextVersion: 1, written: true },
        { nextVersion: 2, written: true },
      ]);
    });
    expect((await asSubscribersSee(second)).map((e) => e.streamVersion)).toEqual([1, 2]);
  });
});
