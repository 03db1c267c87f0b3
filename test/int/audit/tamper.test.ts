import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PostgresEventStore,
  readAuditCheckpoints,
  runAuditSealer,
  verifyAudit,
  verifyHashChains,
  type AuditProblem,
} from '../../../libs/event-store/src';
import { buildOnce } from '../../support/engine-process';
import { asSuperuser, createTestDatabase, type TestDatabase } from '../../support/test-database';

/**
 * Issue 12: someone with full SQL access (a database superuser) edits or deletes history. The per-stream SHA-256
 * chain alone misses a deleted last event, a deleted stream and an edit followed by recomputing the chain; the keyed
 * chain over the whole log (HMAC, key outside the database) and the signed checkpoints in a file do not.
 */
const KEY = Buffer.from('an-audit-key-the-database-never-sees-0123456789');

type World = { db: TestDatabase; store: PostgresEventStore; file: string };
const worlds: World[] = [];

afterAll(async () => {
  for (const w of worlds) {
    await w.store.close();
    await w.db.drop();
  }
});

/** Three streams of events, all sealed, with a signed checkpoint of the head written to a file. */
async function sealedWorld(): Promise<World> {
  const db = await createTestDatabase({ poolSize: 6 });
  const store = new PostgresEventStore(db.pool);
  const file = join(mkdtempSync(join(tmpdir(), 'ap-audit-')), 'checkpoints.jsonl');
  for (const stream of ['pupil-a', 'pupil-b', 'pupil-c'])
    await store.appendToStream(
      stream,
      Array.from({ length: 4 }, (_, i) => ({ id: randomUUID(), type: 'Noted', data: { i, note: `${stream} ${i}` } })),
    );
  const sealer = runAuditSealer(store, { key: KEY, checkpointFile: file, checkpointEveryMs: 0 });
  await sealer.caughtUp();
  await sealer.stop();
  const world = { db, store, file };
  worlds.push(world);
  return world;
}

const audit = async (w: World) => verifyAudit(w.db.pool, KEY, readAuditCheckpoints([w.file]));
const kinds = (problems: readonly AuditProblem[]) => problems.map((p) => p.kind);

describe('the audit of the whole log', () => {
  it('goes on sealing in later batches once the chain is past nine seals', async () => {
    const w = await sealedWorld();
    await w.store.appendToStream('pupil-d', [{ id: randomUUID(), type: 'Noted', data: { note: 'later' } }]);
    const sealer = runAuditSealer(w.store, { key: KEY, checkpointFile: w.file, checkpointEveryMs: 0 });
    await sealer.caughtUp();
    await sealer.stop();
    expect(await audit(w)).toMatchObject({ sealed: 13, unsealed: 0, problems: [] });
  });

  it('finds an intact log intact, with its head signed in the checkpoint file', async () => {
    const w = await sealedWorld();
    const result = await audit(w);
    expect(result).toMatchObject({ sealed: 12, unsealed: 0, checkpoints: 1, problems: [] });
  });

  it("detects a deleted last event, which the stream's own chain cannot", async () => {
    const w = await sealedWorld();
    await asSuperuser(w.db.pool, `DELETE FROM events WHERE stream_id = 'pupil-b' AND stream_version = 4`);
    expect((await verifyHashChains(w.db.pool, 'all')).breaks).toEqual([]);
    const { problems } = await audit(w);
    expect(problems[0]).toMatchObject({ kind: 'deleted_event', streamId: 'pupil-b', streamVersion: 4 });
  });

  it('detects a deleted last event whose seal was deleted too, from the signed checkpoint', async () => {
    const w = await sealedWorld();
    await asSuperuser(
      w.db.pool,
      `DELETE FROM audit_seals WHERE event_id = (SELECT event_id FROM events WHERE stream_id = 'pupil-c' AND stream_version = 4)`,
      `DELETE FROM events WHERE stream_id = 'pupil-c' AND stream_version = 4`,
    );
    expect(kinds((await audit(w)).problems)).toContain('log_shorter_than_checkpoint');
  });

  it('detects a whole deleted stream', async () => {
    const w = await sealedWorld();
    await asSuperuser(w.db.pool, `DELETE FROM events WHERE stream_id = 'pupil-a'`);
    const { problems } = await audit(w);
    expect(problems.filter((p) => p.kind === 'deleted_event').map((p) => p.streamVersion)).toEqual([1, 2, 3, 4]);
  });

  it('detects an edit followed by recomputing the rest of the stream chain', async () => {
    const w = await sealedWorld();
    await asSuperuser(
      w.db.pool,
      `UPDATE events SET data = '{"i": 1, "note": "rewritten"}' WHERE stream_id = 'pupil-a' AND stream_version = 2`,
      // recompute every hash of the stream in order, as a superuser with the digest function can
      `DO $$ DECLARE r record; prev bytea := NULL; BEGIN
         FOR r IN SELECT * FROM events WHERE stream_id = 'pupil-a' ORDER BY stream_version LOOP
           prev := sha256(coalesce(prev, '\\x'::bytea) || ap_event_digest_input(r.stream_id, r.stream_version, r.event_id,
             r.type, r.schema_version, r.data, r.metadata, r.recorded_at));
           UPDATE events SET hash = prev WHERE global_position = r.global_position;
         END LOOP; END $$`,
    );
    expect((await verifyHashChains(w.db.pool, 'all')).breaks).toEqual([]);
    const { problems } = await audit(w);
    expect(problems[0]).toMatchObject({ kind: 'edited_event', streamId: 'pupil-a', streamVersion: 2 });
  });

  it('refuses a checkpoint line that was not signed with the key', async () => {
    const w = await sealedWorld();
    const [checkpoint] = readAuditCheckpoints([w.file]);
    const forged = { ...checkpoint!, seq: 3 };
    const { problems } = await verifyAudit(w.db.pool, KEY, [forged]);
    expect(kinds(problems)).toEqual(['bad_checkpoint_signature']);
  });
});

describe('npm run audit:verify', () => {
  const run = (w: World) =>
    spawnSync(process.execPath, ['dist/scripts/audit-verify.js', w.file], {
      env: { ...process.env, DATABASE_URL: w.db.url, AUDIT_HMAC_KEY: KEY.toString(), DEV_MODE: '' },
      encoding: 'utf8',
    });

  it('says intact and exits 0, then names the tampering and exits 1', async () => {
    buildOnce();
    const w = await sealedWorld();
    const intact = run(w);
    expect(intact.stdout).toContain('Intact');
    expect(intact.status).toBe(0);
    await asSuperuser(w.db.pool, `DELETE FROM events WHERE stream_id = 'pupil-b' AND stream_version = 4`);
    const tampered = run(w);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain('deleted event');
  }, 120_000);
});
