import {
  ANY,
  BACKWARDS,
  END,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  streamNameFilter,
  eventTypeFilter,
  WrongExpectedVersionError,
  type AppendStreamState,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError } from '../event-store.errors';
import type {
  AppendResult,
  EventFilter,
  EventStore,
  ExpectedVersion,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
} from '../event-store.port';
import { START as START_POSITION } from '../event-store.port';
import type { CheckpointStore } from '../postgres/postgres-checkpoints';
import { runSubscription } from '../subscription/subscription-runner';

/**
 * The EventStore port over EventStoreDB / KurrentDB, for deployments that outgrow one PostgreSQL. Versions are
 * 1-based here and 0-based revisions there; a Position maps commit → transactionId and prepare → globalPosition.
 * Checkpoints are kept in a stream per subscription. Tested by the shared contract suite where KURRENTDB_URL is set.
 */
export class KurrentEventStore implements EventStore {
  readonly client: KurrentDBClient;
  readonly checkpoints: CheckpointStore;

  constructor(connectionString: string) {
    this.client = KurrentDBClient.connectionString(connectionString);
    this.checkpoints = new KurrentCheckpoints(this.client);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { expectedVersion?: ExpectedVersion } = {},
  ): Promise<AppendResult> {
    const expected = options.expectedVersion ?? 'any';
    if (events.length === 0) {
      const actual = await this.versionOf(streamId);
      if (!matches(expected, actual)) throw new ConcurrencyError(streamId, expected, actual);
      return { nextVersion: actual, written: false };
    }
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((e) =>
          jsonEvent({
            id: e.id,
            type: e.type,
            data: e.data as never,
            metadata: { ...(e.metadata ?? {}), schemaVersion: e.schemaVersion ?? 1 } as never,
          }),
        ),
        { streamState: toStreamState(expected) },
      );
      return { nextVersion: Number(result.nextExpectedRevision) + 1, written: true };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError)
        throw new ConcurrencyError(streamId, expected, await this.versionOf(streamId));
      throw error;
    }
  }

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<{ version: number; events: RecordedEvent[] }> {
    const backwards = options.direction === 'backwards';
    const from = backwards ? options.fromVersion : options.fromVersion;
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: from !== undefined ? BigInt(from - 1) : backwards ? END : START,
      })) {
        const event = toRecorded(resolved);
        if (!event) continue;
        if (options.asOfInstant && event.recordedAt > options.asOfInstant) continue;
        if (
          options.toVersion !== undefined &&
          (backwards ? event.streamVersion < options.toVersion : event.streamVersion > options.toVersion)
        )
          break;
        events.push(event);
        if (options.maxCount !== undefined && events.length >= options.maxCount) break;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    const version = options.asOfInstant
      ? Math.max(0, ...events.map((e) => e.streamVersion))
      : await this.versionOf(streamId);
    return { version, events };
  }

  async readAll(from: Position | 'start', options: ReadAllOptions = {}): Promise<ReadAllResult> {
    const limit = options.limit ?? 1000;
    const start = from === 'start' ? START_POSITION : from;
    const events: RecordedEvent[] = [];
    const fromPosition =
      from === 'start' ? START : { commit: BigInt(start.transactionId), prepare: BigInt(start.globalPosition) };
    for await (const resolved of this.client.readAll({
      fromPosition,
      maxCount: limit + 1,
      ...filterOf(options.filter),
    })) {
      const event = toRecorded(resolved);
      if (!event || event.streamId.startsWith('$') || event.streamId.startsWith('apcheckpoint-')) continue;
      // readAll from a position includes the event at it: skip what the caller has already seen.
      if (
        from !== 'start' &&
        event.position.transactionId === start.transactionId &&
        event.position.globalPosition === start.globalPosition
      )
        continue;
      events.push(event);
      if (events.length >= limit) break;
    }
    return { events, next: events.at(-1)?.position ?? start };
  }

  subscribe(name: string, handler: SubscriptionHandler, options: SubscriptionOptions = {}): Subscription {
    return runSubscription({
      name,
      store: this,
      checkpoints: this.checkpoints,
      onWake: () => () => undefined,
      handle: handler,
      options,
    });
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private async versionOf(streamId: string): Promise<number> {
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) {
        return Number(resolved.event?.revision ?? -1n) + 1;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return 0;
  }
}

class KurrentCheckpoints implements CheckpointStore {
  constructor(private readonly client: KurrentDBClient) {}

  async load(name: string): Promise<Position> {
    try {
      for await (const resolved of this.client.readStream(`apcheckpoint-${name}`, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) {
        return resolved.event?.data as unknown as Position;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return START_POSITION;
  }

  async save(name: string, position: Position): Promise<void> {
    await this.client.appendToStream(
      `apcheckpoint-${name}`,
      jsonEvent({ type: 'CheckpointSaved', data: { ...position } }),
    );
  }
}

const toStreamState = (expected: ExpectedVersion): AppendStreamState =>
  expected === 'any'
    ? ANY
    : expected === 'no_stream'
      ? NO_STREAM
      : expected === 'stream_exists'
        ? STREAM_EXISTS
        : BigInt(expected - 1);

const matches = (expected: ExpectedVersion, actual: number) =>
  expected === 'any' ||
  (expected === 'no_stream' && actual === 0) ||
  (expected === 'stream_exists' && actual > 0) ||
  expected === actual;

function filterOf(filter: EventFilter | undefined) {
  if (filter?.categories?.length)
    return { filter: streamNameFilter({ prefixes: filter.categories.map((c) => `${c}-`) }) };
  if (filter?.types?.length)
    return { filter: eventTypeFilter({ regex: `^(${filter.types.map(escapeRegex).join('|')})$` }) };
  return {};
}

function toRecorded(resolved: ResolvedEvent): RecordedEvent | undefined {
  const e = resolved.event;
  if (!e || !e.isJson) return undefined;
  const metadata = (e.metadata ?? {}) as Record<string, unknown>;
  const position = e.position ?? { commit: 0n, prepare: 0n };
  return {
    id: e.id,
    streamId: e.streamId,
    streamVersion: Number(e.revision) + 1,
    type: e.type,
    schemaVersion: Number(metadata['schemaVersion'] ?? 1),
    data: e.data as Record<string, unknown>,
    metadata,
    recordedAt: e.created.toISOString(),
    position: { transactionId: position.commit.toString(), globalPosition: position.prepare.toString() },
  };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
