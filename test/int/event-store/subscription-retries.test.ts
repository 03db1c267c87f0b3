import { ConcurrencyError, PostgresEventStore, runSubscription, type Subscription } from '@ap/event-store';
import { subscriptionRetries } from '@ap/telemetry';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** A batch that fails is run again, and counted by why, so a catch-up's clashes show on /metrics. */
let db: TestDatabase;
let store: PostgresEventStore;
let subscription: Subscription | undefined;

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 4 });
  store = new PostgresEventStore(db.pool);
});

afterAll(async () => {
  await subscription?.stop();
  await store?.close();
  await db?.drop();
});

const retries = async (reason: string) =>
  (await subscriptionRetries.get()).values.find(
    (v) => v.labels.subscription === 'retried' && v.labels.reason === reason,
  )?.value ?? 0;

it('counts a batch run again after a version clash and after a deadlock', async () => {
  await store.appendToStream('thing-1', [{ id: crypto.randomUUID(), type: 'ThingHappened', data: {} }]);
  const failures: unknown[] = [
    new ConcurrencyError('thing-1', 0, 1),
    Object.assign(new Error('deadlock detected'), { code: '40P01' }),
  ];
  let handled = 0;
  subscription = runSubscription({
    name: 'retried',
    store,
    checkpoints: store.checkpoints,
    onWake: (wake) => store.notifier.onWake(wake),
    handle: async (events) => {
      const failure = failures.shift();
      if (failure) throw failure;
      handled += events.length;
    },
  });
  await eventually(async () => handled === 1, 10_000, 'the batch handled after two failures');
  expect(await retries('version')).toBe(1);
  expect(await retries('deadlock')).toBe(1);
  expect(await retries('error')).toBe(0);
});
