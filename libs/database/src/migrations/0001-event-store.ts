import type { Migration } from './index';

/**
 * The event log. Positions come from a sequence, so concurrent transactions can commit out of position order;
 * readers therefore order by (transaction_id, global_position) and stop at the oldest in-flight transaction
 * (pg_snapshot_xmin), which is what the (transaction_id, global_position) index serves.
 */
export const eventStore: Migration = {
  version: 1,
  name: 'event-store',
  sql: `
CREATE TABLE events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id text NOT NULL,
  stream_version bigint NOT NULL,
  event_id uuid NOT NULL,
  type text NOT NULL,
  schema_version integer NOT NULL DEFAULT 1,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  hash bytea NOT NULL,
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
  CONSTRAINT events_event_id_key UNIQUE (event_id)
);
CREATE INDEX events_commit_order_idx ON events (transaction_id, global_position);
CREATE INDEX events_recorded_at_idx ON events (stream_id, recorded_at);

CREATE TABLE subscription_checkpoints (
  name text PRIMARY KEY,
  transaction_id xid8 NOT NULL,
  global_position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The canonical text of an event that its hash covers; audit verification recomputes exactly this.
CREATE FUNCTION ap_event_digest_input(
  p_stream text, p_version bigint, p_id uuid, p_type text, p_schema integer, p_data jsonb, p_metadata jsonb,
  p_recorded_at timestamptz
) RETURNS bytea LANGUAGE sql IMMUTABLE AS $f$
  SELECT convert_to(concat_ws(E'\\x1f', p_stream, p_version::text, p_id::text, p_type, p_schema::text, p_data::text,
    p_metadata::text, (extract(epoch FROM p_recorded_at) * 1000000)::bigint::text), 'UTF8')
$f$;

-- One round trip per append. The advisory lock serialises writers of one stream before this transaction takes
-- its id, so within a stream commit order, version order and (transaction_id, global_position) order agree.
-- p_expected: >= 0 exact version, -1 any, -2 no stream, -3 stream exists.
CREATE FUNCTION ap_append_events(
  p_stream text, p_expected bigint, p_ids uuid[], p_types text[], p_schemas integer[], p_data jsonb[],
  p_metadata jsonb[]
) RETURNS TABLE (outcome text, stream_version bigint, first_position bigint, last_position bigint)
LANGUAGE plpgsql AS $f$
DECLARE
  v_current bigint;
  v_prev bytea;
  v_now timestamptz := date_trunc('milliseconds', now()); -- millisecond precision, exactly what ISO strings carry
  v_hashes bytea[] := '{}';
  i integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_stream, 0));
  SELECT e.stream_version, e.hash INTO v_current, v_prev
    FROM events e WHERE e.stream_id = p_stream ORDER BY e.stream_version DESC LIMIT 1;
  v_current := coalesce(v_current, 0);
  IF (p_expected >= 0 AND v_current <> p_expected) OR (p_expected = -2 AND v_current <> 0)
     OR (p_expected = -3 AND v_current = 0) THEN
    RETURN QUERY SELECT 'conflict'::text, v_current, NULL::bigint, NULL::bigint;
    RETURN;
  END IF;
  FOR i IN 1 .. cardinality(p_ids) LOOP
    v_prev := sha256(coalesce(v_prev, '\\x'::bytea) || ap_event_digest_input(p_stream, v_current + i, p_ids[i],
      p_types[i], p_schemas[i], p_data[i], p_metadata[i], v_now));
    v_hashes := v_hashes || v_prev;
  END LOOP;
  RETURN QUERY
    WITH inserted AS (
      INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, hash)
      SELECT p_stream, v_current + n, id, t, s, d, m, v_now, h
        FROM unnest(p_ids, p_types, p_schemas, p_data, p_metadata, v_hashes) WITH ORDINALITY AS u(id, t, s, d, m, h, n)
      RETURNING events.global_position
    )
    SELECT 'ok'::text, v_current + cardinality(p_ids), min(global_position), max(global_position) FROM inserted;
END
$f$;
`,
};
