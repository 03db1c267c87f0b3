import type { Migration } from './index';

/**
 * The school's home lists its recent exclusions (GET /schools/me/exclusions), short suspensions included: they start
 * no day-6 clock, so nothing else brings them back to the school. rm_pupil_exclusions gains what the list needs to
 * say an exclusion's length (sessions, a part-way start), with an index for one school's exclusions by date, and its
 * projection's tables are rebuilt from the log so past exclusions carry their length (as
 * `npm run projections:rebuild -- outreach-signals` would).
 */
export const schoolRecentExclusions: Migration = {
  version: 23,
  name: 'school-recent-exclusions',
  sql: `
ALTER TABLE rm_pupil_exclusions ADD COLUMN IF NOT EXISTS sessions integer;
ALTER TABLE rm_pupil_exclusions ADD COLUMN IF NOT EXISTS starts_part_way boolean NOT NULL DEFAULT false;
CREATE INDEX IF NOT EXISTS rm_pupil_exclusions_school_idx ON rm_pupil_exclusions (school_urn, start_date);
TRUNCATE rm_outreach, rm_pupil_exclusions, rm_attendance, rm_referral_declines;
DELETE FROM subscription_checkpoints WHERE name = 'projection:outreach-signals';
`,
};
