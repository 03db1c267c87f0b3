import type { Migration } from './index';

/**
 * The keyed chain over the whole log (issue 12): one seal per event in commit order, HMAC-SHA256 with a key the
 * database never holds (see libs/event-store/src/audit). Written only by the worker's audit sealer.
 */
export const auditSeals: Migration = {
  version: 6,
  name: 'audit-seals',
  sql: `
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
