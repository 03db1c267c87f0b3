import { randomUUID } from 'node:crypto';
import { PostgresEventStore, runSubscription, type RecordedEvent, type Subscription } from '@ap/event-store';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/**
 * A commit wakes only the subscribers that read its stream categories (the NOTIFY payload names them), so an LA
 * dashboard's access-log entry does not set every projection and process manager reading the log. Two stores on
 * one database stand for two processes: the writer's NOTIFY reaches the subscriber's LISTEN connection.
 */
let db: TestDatabase;
let writer: PostgresEventStore;
let reader: PostgresEventStore;
let subscription: Subscription;
const seen: RecordedEvent[] = [];
let reads = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  writer = new PostgresEventStore(db.pool, db.url);
  reader = new PostgresEventStore(db.pool, db.url);
  subscription = runSubscription({
    name: 'wake-by-category',
    store: {
      readAll: (from, options) => {
        reads += 1;
        return reader.readAll(from, options);
      },
    },
    checkpoints: reader.checkpoints,
    onWake: (wake) => reader.notifier.onWake(wake),
    handle: async (events) => void seen.push(...events),
    // A poll a minute away: anything read sooner was woken.
    options: { filter: { categories: ['wanted'] }, pollIntervalMs: 60_000 },
  });
  await subscription.caughtUp();
  // The LISTEN connection is up once a poke from the other store arrives.
  await eventually(async () => {
    const before = reads;
    writer.notifier.poke();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return reads > before;
  });
});

afterAll(async () => {
  await subscription?.stop();
  await writer?.close();
  await reader?.close();
  await db?.drop();
});

const append = (streamId: string) =>
  writer.appendToStream(streamId, [{ id: randomUUID(), type: 'Written', data: {}, metadata: {} }]);

describe('waking subscribers by category', () => {
  it('leaves a subscriber asleep through commits to categories it does not read', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = reads;
    for (let i = 0; i < 5; i++) await append(`other-${i}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reads).toBe(before);
    expect(seen).toEqual([]);
  });

  it('wakes it at once for a commit to its category, from another process', async () => {
    await append('wanted-1');
    await eventually(async () => seen.some((e) => e.streamId === 'wanted-1'), 5_000, 'the wanted event');
  });

  it('wakes it for a commit in this process too, and for a poke that names no category', async () => {
    const before = reads;
    reader.notifier.poke(['wanted']);
    await eventually(async () => reads > before, 2_000, 'a read after the in-process poke');
    const again = reads;
    writer.notifier.poke();
    await eventually(async () => reads > again, 2_000, 'a read after a poke naming nothing');
  });
});
