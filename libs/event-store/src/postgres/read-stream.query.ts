import type { QueryConfig } from 'pg';
import type { ReadStreamOptions } from '../event-store.port';
import { EVENT_COLUMNS } from './event-rows';

/**
 * One statement for a stream range and the stream's version (as of the requested instant or position), so both come
 * from one snapshot: the version row is always there, joined to the range's rows if any. Issue 18: taking the version
 * from a second query when the range was empty could see a commit the first did not, and a creator that read "no
 * events" would then append after another creator's first event.
 * Backwards reads start at `fromVersion` and go down to `toVersion`.
 */
export function readStreamQuery(streamId: string, options: ReadStreamOptions): QueryConfig {
  const backwards = options.direction === 'backwards';
  const limit = options.maxCount ?? null;
  return {
    text: `WITH visible AS (
        SELECT * FROM events WHERE stream_id = $1
          AND ($2::timestamptz IS NULL OR recorded_at <= $2) AND ($3::bigint IS NULL OR global_position <= $3)),
      current AS (SELECT coalesce(max(stream_version), 0)::text AS current_version FROM visible)
      SELECT e.*, current.current_version FROM current LEFT JOIN LATERAL (
        SELECT ${EVENT_COLUMNS} FROM visible
         WHERE stream_version >= $4 AND stream_version <= $5
         ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'}
         LIMIT $6) e ON true`,
    values: [
      streamId,
      options.asOfInstant ?? null,
      options.asOfPosition ?? null,
      backwards ? (options.toVersion ?? 1) : (options.fromVersion ?? 1),
      backwards ? (options.fromVersion ?? Number.MAX_SAFE_INTEGER) : (options.toVersion ?? Number.MAX_SAFE_INTEGER),
      limit,
    ],
  };
}

/** The rows of a readStreamQuery: the version from its one snapshot, and the events (none when the range is empty). */
export function streamRows<R extends { event_id: string | null; current_version: string }>(
  rows: readonly R[],
): { version: number; rows: R[] } {
  return { version: Number(rows[0]?.current_version ?? 0), rows: rows.filter((r) => r.event_id !== null) };
}
