import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PoolClient } from 'pg';
import type { RecordedEvent, Subscription } from '../event-store.port';
import type { PostgresEventStore } from '../postgres/postgres-event-store';
import { subscribeInTransaction } from '../postgres/transactional-subscription';
import { sealOf, signCheckpoint } from './audit-seal';

export type AuditSealerOptions = Readonly<{
  key: Buffer;
  /** Signed checkpoints of the head are appended here (JSON lines): a file the operator ships off the machine. */
  checkpointFile: string;
  /** At most one checkpoint per this many milliseconds (0: after every sealed batch). */
  checkpointEveryMs?: number;
  onError?: (error: unknown) => void;
}>;

/**
 * Follows the whole log in commit order and seals each event into the keyed chain (table audit_seals, written with
 * the subscription's checkpoint in one transaction), then appends a signed checkpoint of the head to a file outside
 * the database.
 */
export function runAuditSealer(store: PostgresEventStore, options: AuditSealerOptions): Subscription {
  let head: { seq: number; eventId: string; seal: Buffer } | undefined;
  let lastWritten = 0;
  let written = -1;
  mkdirSync(dirname(options.checkpointFile), { recursive: true });
  return subscribeInTransaction(
    store,
    'audit:seal',
    async (events, tx) => {
      head = await sealBatch(tx, options.key, events);
    },
    {
      batchSize: 1000,
      onError: options.onError,
      afterCommit: () => {
        const now = Date.now();
        if (!head || head.seq === written || now - lastWritten < (options.checkpointEveryMs ?? 5_000)) return;
        const line = signCheckpoint(options.key, {
          seq: head.seq,
          eventId: head.eventId,
          seal: head.seal.toString('hex'),
          at: new Date(now).toISOString(),
        });
        appendFileSync(options.checkpointFile, `${JSON.stringify(line)}\n`, { mode: 0o600 });
        lastWritten = now;
        written = head.seq;
      },
    },
  );
}

async function sealBatch(tx: PoolClient, key: Buffer, events: readonly RecordedEvent[]) {
  const { rows: last } = await tx.query<{ seq: string; seal: Buffer }>(
    // Order by the column, not the text alias: as text "9" sorts after "10" and the chain stuck at seq 10.
    'SELECT seq::text AS seq, seal FROM audit_seals ORDER BY audit_seals.seq DESC LIMIT 1',
  );
  const { rows: hashes } = await tx.query<{ event_id: string; hash: Buffer }>(
    'SELECT event_id::text, hash FROM events WHERE event_id = ANY($1::uuid[])',
    [events.map((e) => e.id)],
  );
  const hashOf = new Map(hashes.map((h) => [h.event_id, h.hash]));
  let seq = Number(last[0]?.seq ?? 0);
  let seal = last[0]?.seal;
  const rows: Array<[number, string, string, number, Buffer]> = [];
  for (const e of events) {
    seal = sealOf(key, seal, {
      streamId: e.streamId,
      streamVersion: e.streamVersion,
      eventId: e.id,
      hash: hashOf.get(e.id)!,
    });
    rows.push([++seq, e.id, e.streamId, e.streamVersion, seal]);
  }
  await tx.query(
    `INSERT INTO audit_seals (seq, event_id, stream_id, stream_version, seal)
     SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::bytea[])`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4])],
  );
  const top = rows[rows.length - 1]!;
  return { seq: top[0], eventId: top[1], seal: top[4] };
}
