import type { Migration } from './index';

/**
 * Day-6 timelines are now one per duty inside the holder's process stream (`day6-<org>-<upn>`): each row records
 * the stream it comes from (scoping, and versions compared only within one stream), whether the pupil is looked
 * after (flagged from day 1), why a timeline ended (a breach stays a breach), and a part-time start.
 */
export const day6Duties: Migration = {
  version: 11,
  name: 'day6-duties',
  sql: `
ALTER TABLE rm_day6 ADD COLUMN IF NOT EXISTS stream_id text;
ALTER TABLE rm_day6 ADD COLUMN IF NOT EXISTS looked_after boolean NOT NULL DEFAULT false;
ALTER TABLE rm_day6 ADD COLUMN IF NOT EXISTS ended_reason text;
ALTER TABLE rm_day6 ADD COLUMN IF NOT EXISTS part_time_started_on date;
CREATE INDEX IF NOT EXISTS rm_day6_upn_idx ON rm_day6 (upn);
`,
};
