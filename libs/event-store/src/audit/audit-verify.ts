import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';
import type { ChainBreak } from '../postgres/hash-chain';
import { checkpointSignedBy, sealOf, type AuditCheckpoint } from './audit-seal';

export type AuditProblem = Readonly<{
  kind:
    | 'edited_event'
    | 'deleted_event'
    | 'seals_missing'
    | 'bad_checkpoint_signature'
    | 'log_shorter_than_checkpoint'
    | 'checkpoint_mismatch';
  seq?: number;
  streamId?: string;
  streamVersion?: number;
  eventId?: string;
  detail: string;
}>;

export type AuditResult = Readonly<{
  sealed: number;
  /** Events not sealed yet (appended since the sealer last ran). */
  unsealed: number;
  checkpoints: number;
  problems: AuditProblem[];
}>;

/** Signed checkpoint lines from one or more files (an unreadable line is kept, and fails its signature check). */
export function readAuditCheckpoints(files: readonly string[]): AuditCheckpoint[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as AuditCheckpoint;
        } catch {
          return { seq: -1, eventId: '', seal: '', at: '', signature: '' };
        }
      }),
  );
}

type SealRow = {
  seq: string;
  event_id: string;
  stream_id: string;
  stream_version: string;
  seal: Buffer;
  hash: Buffer | null;
  event_stream: string | null;
  event_version: string | null;
};

/**
 * Recomputes the keyed chain over the whole log from the events themselves and compares it with the stored seals and
 * the signed checkpoints: an edited event (even with its stream's hashes recomputed), a deleted event or stream, and
 * deleted seals all show; so does a log cut back behind a checkpoint, seals and all.
 */
export async function verifyAudit(
  pool: Pool,
  key: Buffer,
  checkpoints: readonly AuditCheckpoint[],
): Promise<AuditResult> {
  const problems: AuditProblem[] = [];
  const wanted = new Map<number, AuditCheckpoint[]>();
  for (const c of checkpoints) {
    if (!checkpointSignedBy(key, c)) {
      problems.push({
        kind: 'bad_checkpoint_signature',
        seq: c.seq,
        detail: `checkpoint at ${c.at} is not signed with the key`,
      });
      continue;
    }
    wanted.set(c.seq, [...(wanted.get(c.seq) ?? []), c]);
  }
  const { rows } = await pool.query<SealRow>(
    `SELECT s.seq::text, s.event_id::text, s.stream_id, s.stream_version::text, s.seal, e.hash,
            e.stream_id AS event_stream, e.stream_version::text AS event_version
       FROM audit_seals s LEFT JOIN events e ON e.event_id = s.event_id ORDER BY s.seq`,
  );
  let strict: Buffer | undefined; // never resynchronised: what the checkpoints are compared with
  let previousStored: Buffer | undefined; // the stored seal before: localises each problem on its own
  let expectedSeq = 1;
  for (const row of rows) {
    const seq = Number(row.seq);
    const where = { seq, streamId: row.stream_id, streamVersion: Number(row.stream_version), eventId: row.event_id };
    if (seq !== expectedSeq)
      problems.push({ kind: 'seals_missing', seq: expectedSeq, detail: `seals ${expectedSeq}..${seq - 1} are gone` });
    expectedSeq = seq + 1;
    if (!row.hash) {
      problems.push({ kind: 'deleted_event', ...where, detail: `${row.stream_id} v${row.stream_version} is gone` });
      strict = undefined;
    } else {
      const input = {
        streamId: row.event_stream!,
        streamVersion: Number(row.event_version),
        eventId: row.event_id,
        hash: row.hash,
      };
      const local = sealOf(key, previousStored, input);
      strict = seq === 1 || strict ? sealOf(key, strict, input) : undefined;
      if (!local.equals(row.seal))
        problems.push({
          kind: 'edited_event',
          ...where,
          detail: `${row.stream_id} v${row.stream_version} was changed`,
        });
    }
    for (const c of wanted.get(seq) ?? []) {
      if (!strict || strict.toString('hex') !== c.seal || c.eventId !== row.event_id)
        problems.push({
          kind: 'checkpoint_mismatch',
          seq,
          detail: `the log no longer matches the checkpoint of ${c.at}`,
        });
    }
    wanted.delete(seq);
    previousStored = row.seal;
  }
  for (const [seq, list] of wanted)
    for (const c of list)
      problems.push({
        kind: 'log_shorter_than_checkpoint',
        seq,
        detail: `the checkpoint of ${c.at} covers ${seq} sealed events; the log now has ${rows.length}`,
      });
  const { rows: unsealed } = await pool.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.event_id)',
  );
  return { sealed: rows.length, unsealed: Number(unsealed[0]!.n), checkpoints: checkpoints.length, problems };
}

/**
 * For a few streams (one pupil's): the first sealed event of each that is no longer in the log. This catches a
 * deleted last event, which the stream's own hash chain cannot; the full audit also catches deleted seals.
 */
export async function verifySealedStreams(pool: Pool, streams: readonly string[]): Promise<ChainBreak[]> {
  const { rows } = await pool.query<{ stream_id: string; stream_version: string; event_id: string }>(
    `SELECT DISTINCT ON (s.stream_id) s.stream_id, s.stream_version::text, s.event_id::text
       FROM audit_seals s
      WHERE s.stream_id = ANY($1) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = s.event_id)
      ORDER BY s.stream_id, s.stream_version`,
    [streams],
  );
  return rows.map((r) => ({
    streamId: r.stream_id,
    streamVersion: Number(r.stream_version),
    eventId: r.event_id,
    problem: 'missing_event' as const,
  }));
}
