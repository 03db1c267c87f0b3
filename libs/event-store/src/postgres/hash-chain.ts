import type { Pool } from 'pg';

export type ChainBreak = Readonly<{
  streamId: string;
  streamVersion: number;
  eventId: string;
  problem: 'hash_mismatch' | 'missing_event';
}>;

/**
 * Recomputes each stream's hash chain (see ap_event_digest_input): an edited event no longer matches its hash; a
 * deleted one leaves a gap in the versions. Names the first break of each stream. A deleted *last* event leaves no
 * trace in the chain itself; the global position sequence and backups are the defence there.
 */
export async function verifyHashChains(
  pool: Pool,
  streams: readonly string[] | 'all',
): Promise<{ eventsChecked: number; breaks: ChainBreak[] }> {
  const { rows } = await pool.query<{
    stream_id: string;
    stream_version: string;
    event_id: string;
    hash_ok: boolean;
    sequence_ok: boolean;
  }>(
    `SELECT stream_id, stream_version::text, event_id::text, hash_ok, sequence_ok FROM (
       SELECT stream_id, stream_version, event_id,
              hash = sha256(coalesce(lag(hash) OVER w, '\\x'::bytea) || ap_event_digest_input(stream_id, stream_version, event_id, type,
                schema_version, data, metadata, recorded_at)) AS hash_ok,
              stream_version = coalesce(lag(stream_version) OVER w, 0) + 1 AS sequence_ok
         FROM events WHERE $1::text[] IS NULL OR stream_id = ANY($1)
       WINDOW w AS (PARTITION BY stream_id ORDER BY stream_version)) checked
      ORDER BY checked.stream_id, checked.stream_version -- numeric order: the output column is text
    `,
    [streams === 'all' ? null : streams],
  );
  const breaks = new Map<string, ChainBreak>();
  for (const r of rows) {
    if ((r.hash_ok && r.sequence_ok) || breaks.has(r.stream_id)) continue;
    breaks.set(r.stream_id, {
      streamId: r.stream_id,
      streamVersion: Number(r.stream_version),
      eventId: r.event_id,
      problem: r.sequence_ok ? 'hash_mismatch' : 'missing_event',
    });
  }
  return { eventsChecked: rows.length, breaks: [...breaks.values()] };
}
