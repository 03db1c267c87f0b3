import type { Migration } from './index';

/**
 * What the web's lists show and search: the pupil's name, date of birth and year group on each referral, the
 * provider's respond-by and the information request's due date (from the referral's timelines), schools by name,
 * and a trigram index so a pupil is found by name despite a typo. The referrals projection starts again from the
 * beginning of the log to fill the new columns for referrals made before this release.
 */
export const webLists: Migration = {
  version: 5,
  name: 'web-lists',
  sql: `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE rm_referrals
  ADD COLUMN pupil_name text,
  ADD COLUMN date_of_birth date,
  ADD COLUMN year_group text,
  ADD COLUMN respond_by date,
  ADD COLUMN information_due_by date,
  ADD COLUMN timelines_version int NOT NULL DEFAULT 0;
CREATE INDEX rm_referrals_pupil_name_trgm_idx ON rm_referrals USING gin (lower(pupil_name) gin_trgm_ops);
CREATE TABLE rm_schools (
  urn      text PRIMARY KEY,
  name     text NOT NULL,
  la_code  text NOT NULL,
  version  int  NOT NULL
);
TRUNCATE rm_referrals;
DELETE FROM subscription_checkpoints WHERE name = 'projection:referrals';
`,
};
