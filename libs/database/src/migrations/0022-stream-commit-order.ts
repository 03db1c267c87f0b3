import type { Migration } from './index';

/**
 * Within a stream, (transaction_id, global_position) order must be version order: subscribers read the log in that
 * order, and a read model that skips an event older than the row it has (rm_day6 compares versions) lost a day-6
 * breach for good when two were swapped. The stream lock orders the appends, but a transaction takes its id at its
 * first write, which for a process manager's batch or a multi-stream append can be before it waits for a stream's
 * lock: a writer that took its id later can then append to the stream first, and the batch's later version sorts
 * before it. An append now refuses, with a serialisation failure (40001) its callers run again with a new id, when
 * the stream's head was written by a transaction that took its id after this one.
 */
export const streamCommitOrder: Migration = {
  version: 22,
  name: 'stream-commit-order',
  sql: `
CREATE OR REPLACE FUNCTION ap_append_events(
  p_stream text, p_expected bigint, p_ids uuid[], p_types text[], p_schemas integer[], p_data jsonb[],
  p_metadata jsonb[]
) RETURNS TABLE (outcome text, stream_version bigint, first_position bigint, last_position bigint)
LANGUAGE plpgsql AS $f$
DECLARE
  v_current bigint;
  v_prev bytea;
  v_head_transaction xid8;
  v_now timestamptz := date_trunc('milliseconds', now()); -- millisecond precision, exactly what ISO strings carry
  v_hashes bytea[] := '{}';
  i integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_stream, 0));
  SELECT e.stream_version, e.hash, e.transaction_id INTO v_current, v_prev, v_head_transaction
    FROM events e WHERE e.stream_id = p_stream ORDER BY e.stream_version DESC LIMIT 1;
  v_current := coalesce(v_current, 0);
  IF (p_expected >= 0 AND v_current <> p_expected) OR (p_expected = -2 AND v_current <> 0)
     OR (p_expected = -3 AND v_current = 0) THEN
    RETURN QUERY SELECT 'conflict'::text, v_current, NULL::bigint, NULL::bigint;
    RETURN;
  END IF;
  -- Taken after the lock: a transaction's first write takes its id here, after every earlier writer of the stream.
  IF v_head_transaction > pg_current_xact_id() THEN
    RAISE EXCEPTION 'stream % was last written by a transaction newer than this one: run this one again', p_stream
      USING ERRCODE = 'serialization_failure';
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
