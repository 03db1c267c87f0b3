import type { Migration } from './index';

/**
 * Issue 17, the whole pathway: tiers on placements, outreach, CAFE reviews, voice and feedback, provider quality.
 * The placements projection starts again from the beginning of the log, so placements made before tiers existed get
 * the tier their stored events upcast to (stored events themselves are never rewritten).
 */
export const pathway: Migration = {
  version: 17,
  name: 'pathway',
  sql: `
ALTER TABLE rm_placements ADD COLUMN IF NOT EXISTS tier int,
  ADD COLUMN IF NOT EXISTS planned_end_date date,
  ADD COLUMN IF NOT EXISTS extension_reason text,
  ADD COLUMN IF NOT EXISTS extensions int NOT NULL DEFAULT 0;
TRUNCATE rm_placements;
DELETE FROM subscription_checkpoints WHERE name = 'projection:placements';

CREATE TABLE rm_outreach (
  outreach_id   text PRIMARY KEY,
  upn           text    NOT NULL,
  school_urn    text    NOT NULL,
  la_code       text    NOT NULL,
  provider_id   text    NOT NULL,
  status        text    NOT NULL,
  needs         text    NOT NULL,
  tried         jsonb   NOT NULL DEFAULT '[]',
  objectives    jsonb   NOT NULL DEFAULT '[]',
  requested_on  date    NOT NULL,
  accepted_on   date,
  closed_on     date,
  objectives_met text,
  summary       text,
  sessions      int     NOT NULL DEFAULT 0,
  minutes       int     NOT NULL DEFAULT 0,
  attended      int     NOT NULL DEFAULT 0,
  version       int     NOT NULL
);
CREATE INDEX rm_outreach_la_idx ON rm_outreach (la_code);
CREATE INDEX rm_outreach_upn_idx ON rm_outreach (upn);

-- Every exclusion as recorded (any school), for the effective-outreach measure and the pupils-at-risk list.
CREATE TABLE rm_pupil_exclusions (
  exclusion_id   text PRIMARY KEY,
  upn            text    NOT NULL,
  school_urn     text    NOT NULL,
  school_la      text    NOT NULL,
  home_la        text    NOT NULL,
  exclusion_type text    NOT NULL,
  start_date     date    NOT NULL,
  cancelled      boolean NOT NULL DEFAULT false
);
CREATE INDEX rm_pupil_exclusions_upn_idx ON rm_pupil_exclusions (upn);

-- Attendance as last reported about a pupil: referral section, placement review or outreach request.
CREATE TABLE rm_attendance (
  subject_id text    NOT NULL,
  source     text    NOT NULL,
  as_of      date    NOT NULL,
  percent    numeric NOT NULL,
  PRIMARY KEY (subject_id, source, as_of)
);

CREATE TABLE rm_referral_declines (
  referral_id text        NOT NULL,
  provider_id text        NOT NULL,
  declined_at timestamptz NOT NULL,
  PRIMARY KEY (referral_id, declined_at)
);

CREATE TABLE rm_cafe_reviews (
  review_id       text PRIMARY KEY,
  upn             text  NOT NULL,
  la_code         text  NOT NULL,
  held_on         date  NOT NULL,
  attendees       jsonb NOT NULL,
  reasons         jsonb NOT NULL,
  recommendations jsonb NOT NULL
);
CREATE INDEX rm_cafe_reviews_upn_idx ON rm_cafe_reviews (la_code, upn);
CREATE TABLE rm_cafe_actions (
  review_id    text NOT NULL,
  action_id    text NOT NULL,
  upn          text NOT NULL,
  la_code      text NOT NULL,
  description  text NOT NULL,
  owner        text NOT NULL,
  due_date     date NOT NULL,
  completed_on date,
  PRIMARY KEY (review_id, action_id)
);

CREATE TABLE rm_feedback (
  placement_id text    NOT NULL,
  feedback_id  text    NOT NULL,
  provider_id  text    NOT NULL,
  respondent   text    NOT NULL,
  helped       int     NOT NULL,
  listened_to  int     NOT NULL,
  safe         int     NOT NULL,
  would_recommend int  NOT NULL,
  comments     text    NOT NULL,
  given_on     date    NOT NULL,
  PRIMARY KEY (placement_id, feedback_id)
);

CREATE TABLE rm_quality (
  provider_id    text PRIMARY KEY,
  la_code        text  NOT NULL,
  assessment_id  text  NOT NULL,
  submitted_on   date  NOT NULL,
  self_assessed  jsonb NOT NULL,
  moderated_on   date,
  agreed         jsonb,
  actions        jsonb
);
`,
};
