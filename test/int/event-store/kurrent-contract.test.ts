import { randomUUID } from 'node:crypto';
import { KurrentEventStore } from '../../../libs/event-store/src/kurrent/kurrent-event-store';
import { eventStoreContract } from '../../../libs/event-store/src/testing/event-store.contract';

/**
 * The same contract as the PostgreSQL adapter, against a live EventStoreDB/KurrentDB. No server can run on the
 * build machines, so this suite is skipped unless KURRENTDB_URL is set (e.g. kurrentdb://localhost:2113?tls=false).
 */
const url = process.env.KURRENTDB_URL;
const suite = url ? describe : describe.skip;

suite(`KurrentEventStore${url ? '' : ' (SKIPPED: set KURRENTDB_URL to run against a live KurrentDB server)'}`, () => {
  let store: KurrentEventStore;
  beforeAll(() => {
    store = new KurrentEventStore(url!);
  });
  afterAll(async () => {
    await store?.close();
  });
  eventStoreContract({ store: () => store, stream: (category = 'test') => `${category}-${randomUUID()}` });
});
