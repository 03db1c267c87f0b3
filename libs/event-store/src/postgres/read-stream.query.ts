import type { QueryConfig } from 'pg';
import type { ReadStreamOptions } from '../event-store.port';
import { EVENT_COLUMNS } from './event-rows';

/**
 * One query for a stream range; `current_version` is the stream's version as of the requested instant or position,
 * so callers get the ETag without a second round trip.
 */
/** Backwards reads start at `fromVersion` and go down to `toVersion`. */
export function readStreamQuery(streamId: string, options: ReadStreamOptions): QueryConfig {
  const backwards = options.direction === 'backwards';
  const limit = options.maxCount ?? null;
  return {
    text: `WITH visible AS (
        SELECT * FROM events WHERE stream_id = $1
          AND ($2::timestamptz IS NULL OR recorded_at <= $2) AND ($3::bigint IS NULL OR global_position <= $3))
      SELECT ${EVENT_COLUMNS}, (SELECT max(stream_version) FROM visible)::text AS current_version
        FROM visible
       WHERE stream_version >= $4 AND stream_version <= $5
       ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'}
       LIMIT $6`,
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
