import type { Migration } from './index';

/**
 * Tables beside the log: idempotency keys of the HTTP API, the read models the worker projects (each with the
 * position of the last event applied), and the durable deadlines of the process managers.
 */
export const workflow: Migration = {
  version: 3,
  name: 'workflow',
  sql: `
CREATE TABLE idempotency_keys (
  actor_id         text        NOT NULL,
  idempotency_key  text        NOT NULL,
  request_hash     text        NOT NULL,
  status_code      int,
  response_body    jsonb,
  response_headers jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  completed_at     timestamptz,
  PRIMARY KEY (actor_id, idempotency_key)
);

CREATE TABLE rm_referrals (
  referral_id       text PRIMARY KEY,
  status            text        NOT NULL,
  reason            text        NOT NULL,
  commissioner_kind text        NOT NULL,
  commissioner_id   text        NOT NULL,
  commissioner_la   text        NOT NULL,
  home_la           text,
  upn               text,
  provider_id       text,
  providers         text[]      NOT NULL DEFAULT '{}',
  open_request_id   text,
  sen_provision     text,
  social_worker     boolean,
  looked_after      boolean,
  opened_at         timestamptz NOT NULL,
  submitted_at      timestamptz,
  updated_at        timestamptz NOT NULL,
  version           int         NOT NULL
);
CREATE INDEX rm_referrals_commissioner_idx ON rm_referrals (commissioner_id, updated_at DESC, referral_id);
CREATE INDEX rm_referrals_provider_idx ON rm_referrals (provider_id, status, submitted_at);
CREATE INDEX rm_referrals_upn_idx ON rm_referrals (upn);

CREATE TABLE rm_placements (
  placement_id         text PRIMARY KEY,
  referral_id          text    NOT NULL,
  provider_id          text    NOT NULL,
  commissioner_id      text    NOT NULL,
  commissioner_la      text    NOT NULL,
  upn                  text    NOT NULL,
  status               text    NOT NULL,
  full_time            boolean NOT NULL,
  hours_per_week       numeric NOT NULL,
  looked_after_or_ehcp boolean NOT NULL DEFAULT false,
  compulsory_age       boolean NOT NULL DEFAULT true,
  start_date           date    NOT NULL,
  started_on           date,
  ended_on             date,
  part_time_since      date,
  part_time_end        date,
  version              int     NOT NULL
);
CREATE INDEX rm_placements_provider_idx ON rm_placements (provider_id, status);
CREATE INDEX rm_placements_upn_idx ON rm_placements (upn);

-- The LA compliance dashboard: every day-6 clock, and every overdue item until it is resolved.
CREATE TABLE rm_day6 (
  period_id           text PRIMARY KEY,
  upn                 text        NOT NULL,
  school_urn          text,
  responsible_kind    text        NOT NULL,
  responsible_id      text        NOT NULL,
  la_code             text        NOT NULL,
  day1                date        NOT NULL,
  day6                date        NOT NULL,
  status              text        NOT NULL,
  referral_id         text,
  accepted_start      date,
  started_on          date,
  started_full_time   boolean,
  first_notice_at     timestamptz,
  first_notice_missing boolean    NOT NULL DEFAULT false,
  provision_notice_missing boolean NOT NULL DEFAULT false,
  updated_at          timestamptz NOT NULL,
  version             int         NOT NULL
);
CREATE INDEX rm_day6_la_idx ON rm_day6 (la_code, status, day6);

CREATE TABLE rm_overdue (
  item_id     text PRIMARY KEY,
  kind        text        NOT NULL,
  subject_id  text        NOT NULL,
  la_code     text        NOT NULL,
  due_by      date        NOT NULL,
  raised_at   timestamptz NOT NULL,
  resolved_at timestamptz
);
CREATE INDEX rm_overdue_open_idx ON rm_overdue (la_code, raised_at) WHERE resolved_at IS NULL;
CREATE INDEX rm_overdue_subject_idx ON rm_overdue (subject_id) WHERE resolved_at IS NULL;

-- The provider directory, and the facts the outcome measures count.
CREATE TABLE rm_providers (
  provider_id  text PRIMARY KEY,
  name         text NOT NULL,
  la_code      text NOT NULL,
  registration text NOT NULL,
  approved_on  date,
  version      int  NOT NULL
);

CREATE TABLE rm_reviews (
  placement_id       text    NOT NULL,
  review_id          text    NOT NULL,
  held_on            date    NOT NULL,
  attendance_percent numeric NOT NULL,
  english            text,
  maths              text,
  PRIMARY KEY (placement_id, review_id)
);

CREATE TABLE rm_transitions (
  placement_id     text PRIMARY KEY,
  destination_kind text,
  starts_on        date,
  sustained        boolean,
  checked_on       date,
  post16           text,
  version          int NOT NULL
);

-- A process manager's timer. The id is deterministic (<process stream>:<name>), so scheduling again replaces it
-- and cancelling twice is harmless; it is written in the same transaction as the process manager's events.
CREATE TABLE deadlines (
  deadline_id    text PRIMARY KEY,
  process_stream text        NOT NULL,
  name           text        NOT NULL,
  due_at         timestamptz NOT NULL,
  payload        jsonb       NOT NULL DEFAULT '{}',
  attempts       int         NOT NULL DEFAULT 0,
  scheduled_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deadlines_due_idx ON deadlines (due_at);

-- An event a process manager failed on repeatedly: set aside with its error so the others go on; see /health.
CREATE TABLE parked_events (
  subscription text        NOT NULL,
  event_id     uuid        NOT NULL,
  stream_id    text        NOT NULL,
  event_type   text        NOT NULL,
  attempts     int         NOT NULL,
  error        text        NOT NULL,
  parked_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subscription, event_id)
);

-- The auditor's replay finds every stream about a pupil straight from the log (not from a read model).
CREATE INDEX events_upn_idx ON events ((data->>'upn')) WHERE data ? 'upn';
CREATE INDEX events_section_upn_idx ON events ((data->'content'->>'upn')) WHERE type = 'ReferralSectionCompleted';
`,
};
