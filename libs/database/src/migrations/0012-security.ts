import type { Migration } from './index';

/**
 * Issue 12. rate_limits: request counts shared by every API process (rate-limiter-flexible's PostgreSQL store, its
 * own column layout); UNLOGGED, since counts are worth no WAL or fsync per request and losing them in a crash is
 * harmless. audit_seals: the keyed chain over the whole log, one seal per event in commit order, HMAC-SHA256 with a
 * key the database never holds (libs/event-store/src/audit); written only by the worker's audit sealer.
 */
export const security: Migration = {
  version: 12,
  name: 'security',
  sql: `
CREATE UNLOGGED TABLE rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
CREATE TABLE audit_seals (
  seq bigint PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE,
  stream_id text NOT NULL,
  stream_version bigint NOT NULL,
  seal bytea NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_seals_stream_idx ON audit_seals (stream_id, stream_version);`,
};
