import type { Migration } from './index';

/**
 * The LA's service: which schools keep their own calendar, each provider's approval checks, offer and commissioned
 * places, and the pupil premium the dashboard filters on. The schools projection starts again from the beginning
 * of the log to fill the calendar column.
 */
export const laService: Migration = {
  version: 14,
  name: 'la-service',
  sql: `
ALTER TABLE rm_schools ADD COLUMN calendar_name text;
CREATE INDEX rm_schools_la_idx ON rm_schools (la_code, name);
TRUNCATE rm_schools;
DELETE FROM subscription_checkpoints WHERE name = 'projection:schools';

CREATE TABLE rm_provider_profiles (
  provider_id         text PRIMARY KEY,
  checks              jsonb NOT NULL DEFAULT '{}',
  offer               jsonb,
  commissioned_places int,
  places_from         date,
  version             int   NOT NULL
);

CREATE TABLE rm_referral_facts (
  referral_id   text PRIMARY KEY,
  pupil_premium boolean,
  version       int NOT NULL
);
`,
};
