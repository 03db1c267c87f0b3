import type { Pool, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import { categoryOf, currentTraceContext, eventsAppended, inSpan } from '@ap/telemetry';

/** A pool or a client inside a transaction. */
export type Queryable = { query<R extends QueryResultRow>(config: QueryConfig): Promise<QueryResult<R>> };
import { ConcurrencyError, DuplicateEventIdError } from '../event-store.errors';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  StreamWrite,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
} from '../event-store.port';
import { START, streamCategory } from '../event-store.port';
import { runSubscription } from '../subscription/subscription-runner';
import {
  EVENT_COLUMNS,
  filterSql,
  isSerializationFailure,
  isUniqueViolation,
  toRecordedEvent,
  type EventRow,
} from './event-rows';
import { inTransaction } from './in-transaction';
import { PostgresCheckpoints } from './postgres-checkpoints';
import { PostgresNotifier } from './postgres-notifier';
import { readStreamQuery, streamRows } from './read-stream.query';

type StreamRow = EventRow & { current_version: string };

const APPEND = {
  name: 'ap_append_events',
  text: 'SELECT * FROM ap_append_events($1, $2, $3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[])',
};
const MAX_POSITION = '9223372036854775807';
const EXPECTED_CODES: Record<Exclude<ExpectedVersion, number>, number> = { any: -1, no_stream: -2, stream_exists: -3 };

/**
 * The key of the advisory lock ap_append_events takes on a stream, as SQL over an expression naming the stream (a
 * caller may try it, `pg_try_advisory_xact_lock`, to skip a stream another transaction is writing).
 */
export const streamLockKey = (stream: string): string => `hashtextextended(${stream}, 0)`;

export class PostgresEventStore implements EventStore {
  readonly notifier: PostgresNotifier;
  readonly checkpoints: PostgresCheckpoints;

  constructor(
    readonly pool: Pool,
    connectionString?: string,
  ) {
    this.notifier = new PostgresNotifier(pool, connectionString);
    this.checkpoints = new PostgresCheckpoints(pool);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { expectedVersion?: ExpectedVersion } = {},
  ): Promise<AppendResult> {
    const expected = options.expectedVersion ?? 'any';
    if (events.length === 0) return this.appendNothing(streamId, expected);
    return inSpan('event-store append', appendSpan([{ streamId, events }]), () =>
      this.appendOne(streamId, events, expected),
    );
  }

  private async appendOne(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion) {
    try {
      const { rows } = await this.pool.query<{ outcome: string; stream_version: string }>({
        ...APPEND,
        values: appendValues(streamId, expected, events),
      });
      const [row] = rows;
      if (row.outcome === 'ok') {
        this.notifier.poke([streamCategory(streamId)]);
        eventsAppended.inc({ category: categoryOf(streamId) }, events.length);
        return { nextVersion: Number(row.stream_version), written: true };
      }
      return await this.alreadyAppended(streamId, events, expected, Number(row.stream_version));
    } catch (error) {
      if (!isUniqueViolation(error, 'events_event_id_key')) throw error;
      return this.alreadyAppended(streamId, events, expected, undefined);
    }
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<{ version: number; events: RecordedEvent[] }> {
    const found = await this.pool.query<StreamRow>(readStreamQuery(streamId, options));
    const { version, rows } = streamRows(found.rows);
    return { version, events: rows.map(toRecordedEvent) };
  }

  /** Whole streams in one statement (one snapshot); a stream with no events reads as version 0. */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, { version: number; events: RecordedEvent[] }>> {
    const out = new Map(streamIds.map((id) => [id, { version: 0, events: [] as RecordedEvent[] }]));
    if (streamIds.length === 0) return out;
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_version`,
      [[...new Set(streamIds)]],
    );
    for (const row of rows) {
      const stream = out.get(row.stream_id)!;
      stream.events.push(toRecordedEvent(row));
      stream.version = Number(row.stream_version);
    }
    return out;
  }

  async readAll(from: Position | 'start', options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const start = from === 'start' ? START : from;
    const limit = options.limit ?? 1000;
    const filter = filterSql(options.filter, 4);
    // ORDER BY names the table's columns: a bare `transaction_id` would bind to the ::text output alias and
    // page in text order (found by no-skipped-events.test.ts).
    // Only transactions older than every in-flight one are final: reading past the oldest in-flight transaction
    // could checkpoint beyond an event that has yet to commit, and skip it for ever.
    const { rows } = await this.pool.query<EventRow & { gate: string }>(
      `WITH gate AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
       SELECT gate.xmin::text AS gate, e.* FROM gate LEFT JOIN LATERAL (
         SELECT ${EVENT_COLUMNS} FROM events
          WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint) AND transaction_id < gate.xmin${filter.sql}
          ORDER BY events.transaction_id, events.global_position LIMIT $3) e ON true`,
      [start.transactionId, start.globalPosition, limit, ...filter.params],
    );
    const found = rows.filter((r) => r.event_id !== null);
    const events = found.map(toRecordedEvent);
    if (events.length === limit) return { events, next: events[events.length - 1].position };
    // Everything before the gate has been seen: resume just below it rather than rescanning filtered-out events.
    const gateBelow = (BigInt(rows[0].gate) - 1n).toString();
    const next =
      BigInt(gateBelow) > BigInt(start.transactionId)
        ? { transactionId: gateBelow, globalPosition: MAX_POSITION }
        : lastOr(events, start);
    return { events, next };
  }

  /**
   * Appends to several streams in one transaction: all of them or none. A clash on any stream rolls every one back
   * and raises ConcurrencyError; a re-send of events already stored in place (ids derived from an Idempotency-Key)
   * writes nothing and succeeds, as appendToStream does.
   */
  async appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    return inSpan('event-store append', appendSpan(writes), () => this.appendMany(writes));
  }

  private async appendMany(writes: readonly StreamWrite[]): Promise<AppendResult[]> {
    try {
      const versions = await this.appendAllOrNone(writes);
      this.notifier.poke(writes.map((w) => streamCategory(w.streamId)));
      for (const w of writes) eventsAppended.inc({ category: categoryOf(w.streamId) }, w.events.length);
      return versions.map((nextVersion) => ({ nextVersion, written: true }));
    } catch (error) {
      if (!isUniqueViolation(error, 'events_event_id_key')) throw error;
      const results: AppendResult[] = [];
      for (const w of writes)
        results.push(await this.alreadyAppended(w.streamId, w.events, w.expectedVersion, undefined));
      return results;
    }
  }

  /**
   * One transaction for the writes. Its id is taken by its first append, so a later stream's writer can have taken
   * a newer one and committed first: that append is refused (40001, migration 22) and the transaction, which holds
   * nothing but these appends, runs again with a newer id. A version clash is not retried here.
   */
  private async appendAllOrNone(writes: readonly StreamWrite[], attemptsLeft = 5): Promise<number[]> {
    try {
      return await inTransaction(this.pool, async (tx) => {
        const out: number[] = [];
        for (const w of writes) out.push(await this.appendInTransaction(tx, w.streamId, w.events, w.expectedVersion));
        return out;
      });
    } catch (error) {
      if (!isSerializationFailure(error) || attemptsLeft <= 1) throw error;
      return this.appendAllOrNone(writes, attemptsLeft - 1);
    }
  }

  /**
   * Appends inside the caller's transaction (a process manager's events with its deadlines and checkpoint). A
   * transaction that took its id before a newer writer of the stream committed is refused with 40001
   * (serialisation failure): the caller runs it again, as it does a version clash.
   * The caller pokes the notifier after COMMIT; a clash raises ConcurrencyError and the caller rolls back.
   */
  async appendInTransaction(
    tx: Queryable,
    streamId: string,
    events: readonly NewEvent[],
    expectedVersion: ExpectedVersion,
  ): Promise<number> {
    const { rows } = await inSpan('event-store append', appendSpan([{ streamId, events }]), () =>
      tx.query<{ outcome: string; stream_version: string }>({
        ...APPEND,
        values: appendValues(streamId, expectedVersion, events),
      }),
    );
    const [row] = rows;
    if (row.outcome !== 'ok') throw new ConcurrencyError(streamId, expectedVersion, Number(row.stream_version));
    // Counted when made: a caller's transaction that later rolls back overcounts by its events (rare: a clash).
    eventsAppended.inc({ category: categoryOf(streamId) }, events.length);
    return Number(row.stream_version);
  }

  /**
   * Takes the lock every append to the stream takes (ap_append_events), held to the end of the caller's
   * transaction. Read the stream after it and no other writer can append between the read and the caller's append,
   * so the expected version read is the one the append finds.
   */
  async lockStreamInTransaction(tx: Queryable, streamId: string): Promise<void> {
    await tx.query({ text: `SELECT pg_advisory_xact_lock(${streamLockKey('$1')})`, values: [streamId] });
  }

  /** Reads a stream through the caller's connection, so it sees the caller's own uncommitted appends. */
  async readStreamInTransaction(
    tx: Queryable,
    streamId: string,
  ): Promise<{ version: number; events: RecordedEvent[] }> {
    const found = await tx.query<StreamRow>(readStreamQuery(streamId, {}));
    const { version, rows } = streamRows(found.rows);
    return { version, events: rows.map(toRecordedEvent) };
  }

  subscribe(name: string, handler: SubscriptionHandler, options: SubscriptionOptions = {}): Subscription {
    return runSubscription({
      name,
      store: this,
      checkpoints: this.checkpoints,
      onWake: (wake) => this.notifier.onWake(wake),
      handle: handler,
      options,
    });
  }

  async close(): Promise<void> {
    await this.notifier.close();
  }

  private async appendNothing(streamId: string, expected: ExpectedVersion): Promise<AppendResult> {
    const actual = await this.versionOf(streamId, {});
    if (!versionMatches(expected, actual)) throw new ConcurrencyError(streamId, expected, actual);
    return { nextVersion: actual, written: false };
  }

  /** An append that clashed or hit a duplicate id: succeed only if these very events are already stored here. */
  private async alreadyAppended(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedVersion,
    actual: number | undefined,
  ): Promise<AppendResult> {
    const ids = events.map((e) => e.id);
    const { rows } = await this.pool.query<{ event_id: string; stream_id: string; stream_version: string }>(
      'SELECT event_id, stream_id, stream_version FROM events WHERE event_id = ANY($1::uuid[])',
      [ids],
    );
    const current = actual ?? (await this.versionOf(streamId, {}));
    if (rows.length === 0) throw new ConcurrencyError(streamId, expected, current);
    const byId = new Map(rows.map((r) => [r.event_id, r]));
    const versions = ids.map((id) => byId.get(id));
    const first = Number(versions[0]?.stream_version);
    const inPlace = versions.every((r, i) => r?.stream_id === streamId && Number(r.stream_version) === first + i);
    const firstExpected = typeof expected === 'number' ? expected + 1 : expected === 'no_stream' ? 1 : first;
    if (!inPlace || first !== firstExpected)
      throw new DuplicateEventIdError(
        streamId,
        rows.map((r) => r.event_id),
      );
    return { nextVersion: first + ids.length - 1, written: false };
  }

  private async versionOf(streamId: string, options: ReadStreamOptions): Promise<number> {
    const { rows } = await this.pool.query<{ version: string | null }>(
      `SELECT max(stream_version)::text AS version FROM events WHERE stream_id = $1
         AND ($2::timestamptz IS NULL OR recorded_at <= $2) AND ($3::bigint IS NULL OR global_position <= $3)`,
      [streamId, options.asOfInstant ?? null, options.asOfPosition ?? null],
    );
    return Number(rows[0]?.version ?? 0);
  }
}

/**
 * The query's parameters. With tracing on, each event's metadata also records the trace it was appended in
 * (`traceparent`), so the worker's handling of it continues that request's trace.
 */
const appendValues = (streamId: string, expected: ExpectedVersion, events: readonly NewEvent[]): unknown[] => {
  const trace = currentTraceContext();
  return [
    streamId,
    typeof expected === 'number' ? expected : EXPECTED_CODES[expected],
    events.map((e) => e.id),
    events.map((e) => e.type),
    events.map((e) => e.schemaVersion ?? 1),
    events.map((e) => JSON.stringify(e.data)),
    events.map((e) => JSON.stringify({ ...trace, ...e.metadata })),
  ];
};

/** What an append's span says: the streams, the event types and the request (correlation id) it belongs to. */
const appendSpan = (writes: ReadonlyArray<Pick<StreamWrite, 'streamId' | 'events'>>) => {
  const events = writes.flatMap((w) => w.events);
  const requestIds = [...new Set(events.map((e) => e.metadata?.correlationId).filter((id) => id !== undefined))];
  return {
    attributes: {
      'ap.stream_id': writes.map((w) => w.streamId),
      'ap.event_types': events.map((e) => e.type),
      'ap.request_id': requestIds,
    },
  };
};

export const versionMatches = (expected: ExpectedVersion, actual: number): boolean =>
  expected === 'any' ||
  (expected === 'no_stream' && actual === 0) ||
  (expected === 'stream_exists' && actual > 0) ||
  expected === actual;

const lastOr = (events: readonly RecordedEvent[], fallback: Position): Position =>
  events.length > 0 ? events[events.length - 1].position : fallback;
