import type { Migration } from './index';

/**
 * The LA's service: the school directory (with whether each school keeps its own calendar), each provider's
 * approval checks, offer and commissioned places, and the pupil facts the dashboard filters on (year group, pupil
 * premium) per referral. Each is its own read model, rebuilt from the log like the others.
 */
export const laService: Migration = {
  version: 5,
  name: 'la-service',
  sql: `
CREATE TABLE rm_schools (
  urn           text PRIMARY KEY,
  name          text NOT NULL,
  la_code       text NOT NULL,
  calendar_name text,
  version       int  NOT NULL
);
CREATE INDEX rm_schools_la_idx ON rm_schools (la_code, name);

CREATE TABLE rm_provider_profiles (
  provider_id        text PRIMARY KEY,
  checks             jsonb NOT NULL DEFAULT '{}',
  offer              jsonb,
  commissioned_places int,
  places_from        date,
  version            int   NOT NULL
);

CREATE TABLE rm_referral_facts (
  referral_id   text PRIMARY KEY,
  year_group    text,
  pupil_premium boolean,
  version       int NOT NULL
);
`,
};
