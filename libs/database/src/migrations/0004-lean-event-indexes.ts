import type { Migration } from './index';

/**
 * Every index on `events` is paid on every append. (stream_id, recorded_at) served only the as-of reads of one
 * stream, which the (stream_id, stream_version) unique index already narrows to that stream's few rows.
 */
export const leanEventIndexes: Migration = {
  version: 4,
  name: 'lean-event-indexes',
  sql: `DROP INDEX IF EXISTS events_recorded_at_idx;`,
};
