import { PostgresEventStore } from '@ap/event-store';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { randomUUID } from 'node:crypto';

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

it('appends and reads back', async () => {
  const r = await store.appendToStream('referral-1', [{ id: randomUUID(), type: 'A', data: { x: 1 } }], { expectedVersion: 'no_stream' });
  expect(r).toEqual({ nextVersion: 1, written: true });
  const read = await store.readStream('referral-1');
  expect(read.version).toBe(1);
  expect(read.events[0].data).toEqual({ x: 1 });
  const all = await store.readAll('start');
  expect(all.events).toHaveLength(1);
});
