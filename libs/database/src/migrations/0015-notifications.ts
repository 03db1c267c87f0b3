import type { Migration } from './index';

/**
 * Issue 15: the notifier's outbox (one row per email, written in the same transaction as the notifier's
 * checkpoint), the in-service notifications and who has read them, and the development mailbox.
 */
export const notifications: Migration = {
  version: 15,
  name: 'notifications',
  sql: `
-- One email to one address about one event, or one morning digest. message_id is the reference and Message-ID:
-- <event id>.<recipient> (or digest.<date>.<recipient>), so a receiver can tell a repeat.
CREATE TABLE notification_outbox (
  message_id        text PRIMARY KEY,
  event_id          uuid,
  kind              text        NOT NULL,
  channel           text        NOT NULL,
  email             text        NOT NULL,
  organisation      text        NOT NULL,
  content           jsonb       NOT NULL,
  -- pending → sent, or parked after repeated failures; a digest's items are held, then digested into one message.
  status            text        NOT NULL,
  hold_until        timestamptz,
  digest_id         text,
  -- Wall time: a sender's lease on the row, or the next try after a failure.
  available_at      timestamptz NOT NULL DEFAULT now(),
  attempts          int         NOT NULL DEFAULT 0,
  last_error        text,
  event_recorded_at timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  sent_at           timestamptz,
  provider_ref      text,
  delivery_status   text,
  delivery_at       timestamptz
);
CREATE INDEX notification_outbox_pending_idx ON notification_outbox (available_at) WHERE status = 'pending';
CREATE INDEX notification_outbox_held_idx ON notification_outbox (hold_until) WHERE status = 'held';
CREATE INDEX notification_outbox_parked_idx ON notification_outbox (created_at) WHERE status = 'parked';
CREATE INDEX notification_outbox_provider_ref_idx ON notification_outbox (provider_ref);

-- In the service: one per event and organisation (e.g. 'school:100001', 'provider:prov-x', 'la:201'); read per user.
CREATE TABLE notifications (
  notification_id text PRIMARY KEY,
  event_id        uuid        NOT NULL,
  organisation    text        NOT NULL,
  kind            text        NOT NULL,
  title           text        NOT NULL,
  due_by          date,
  record_kind     text        NOT NULL,
  record_id       text        NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX notifications_organisation_idx ON notifications (organisation, created_at DESC);
CREATE TABLE notification_reads (
  notification_id text        NOT NULL REFERENCES notifications ON DELETE CASCADE,
  user_id         text        NOT NULL,
  read_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (notification_id, user_id)
);

-- Development only: what would have been sent, for the web service's mailbox page.
CREATE TABLE dev_mailbox (
  message_id text PRIMARY KEY,
  to_address text        NOT NULL,
  subject    text        NOT NULL,
  body       text        NOT NULL,
  sent_at    timestamptz NOT NULL DEFAULT now()
);
`,
};
