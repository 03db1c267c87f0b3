import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@ap/event-store';
import { eventStoreContract } from '../../../libs/event-store/src/testing/event-store.contract';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 40 });
  store = new PostgresEventStore(db.pool, db.url);
});
afterAll(async () => {
  await store.close();
  await db.drop();
});

describe('PostgresEventStore', () => {
  eventStoreContract({ store: () => store, stream: (category = 'test') => `${category}-${randomUUID()}` });
});
