import type { Migration } from './index';

/**
 * A subscriber filtered by stream category must read in commit order without scanning other categories' events:
 * with only `stream_id LIKE 'cat-%'` the planner fell back to a bitmap scan and a sort of everything after the
 * checkpoint, for every page. The category is the part of the stream id before the first '-'.
 */
export const eventCategory: Migration = {
  version: 2,
  name: 'event-category',
  sql: `
ALTER TABLE events ADD COLUMN category text GENERATED ALWAYS AS (split_part(stream_id, '-', 1)) STORED;
CREATE INDEX events_category_order_idx ON events (category, transaction_id, global_position);
-- The log only grows: analyse it often, so the planner keeps choosing the ordered index scans above.
ALTER TABLE events SET (autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 1000);
`,
};
