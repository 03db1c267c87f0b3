import { randomUUID } from 'node:crypto';
import { PostgresEventStore, verifyHashChains } from '../../../libs/event-store/src';
import { asSuperuser, createTestDatabase, type TestDatabase } from '../../support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe('hash-chain verification', () => {
  it('names the first tampered event of a stream in version order (version 2 before version 10)', async () => {
    const store = new PostgresEventStore(db.pool);
    await store.appendToStream(
      'chain-a',
      Array.from({ length: 12 }, (_, i) => ({ id: randomUUID(), type: 'Noted', data: { i } })),
    );
    await store.appendToStream('chain-b', [{ id: randomUUID(), type: 'Noted', data: {} }]);
    expect(await verifyHashChains(db.pool, 'all')).toEqual({ eventsChecked: 13, breaks: [] });
    await asSuperuser(
      db.pool,
      `UPDATE events SET data = '{"i": 99}' WHERE stream_id = 'chain-a' AND stream_version IN (2, 10)`,
    );
    const { breaks } = await verifyHashChains(db.pool, 'all');
    expect(breaks).toEqual([
      expect.objectContaining({ streamId: 'chain-a', streamVersion: 2, problem: 'hash_mismatch' }),
    ]);
  });

  it('names a stream whose first event was deleted', async () => {
    await asSuperuser(db.pool, `DELETE FROM events WHERE stream_id = 'chain-b'`);
    const store = new PostgresEventStore(db.pool);
    await store.appendToStream(
      'chain-c',
      Array.from({ length: 3 }, () => ({ id: randomUUID(), type: 'Noted', data: {} })),
    );
    await asSuperuser(db.pool, `DELETE FROM events WHERE stream_id = 'chain-c' AND stream_version = 1`);
    const { breaks } = await verifyHashChains(db.pool, ['chain-c']);
    expect(breaks).toEqual([
      expect.objectContaining({ streamId: 'chain-c', streamVersion: 2, problem: 'missing_event' }),
    ]);
  });
});
