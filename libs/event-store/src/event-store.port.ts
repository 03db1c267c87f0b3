/**
 * The event store port. Free of any database type so that the PostgreSQL and KurrentDB adapters both fit it.
 * Stream versions count events: a new stream is at version 0, its first event has version 1.
 */
export type ExpectedVersion = number | 'no_stream' | 'stream_exists' | 'any';

export type EventMetadata = Readonly<{
  correlationId?: string;
  causationId?: string;
  actor?: Readonly<{ id: string; role: string; organisationId: string; laCode?: string; name?: string }>;
  [key: string]: unknown;
}>;

export type NewEvent = Readonly<{
  /** Unique per event (UUID); re-sending the same ids at the same positions is a no-op. */
  id: string;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata?: EventMetadata;
  schemaVersion?: number;
}>;

/** Where an event sits in the whole log: commit order is (transactionId, globalPosition). Decimal strings. */
export type Position = Readonly<{ transactionId: string; globalPosition: string }>;

export type RecordedEvent = Readonly<{
  id: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: Readonly<Record<string, unknown>>;
  metadata: EventMetadata;
  recordedAt: string;
  position: Position;
}>;

export type AppendResult = Readonly<{
  /** The stream's version after the append (its ETag). */
  nextVersion: number;
  /** False when the same events were already stored (an idempotent re-send). */
  written: boolean;
}>;

/** One stream's part of a multi-stream append. */
export type StreamWrite = Readonly<{ streamId: string; events: readonly NewEvent[]; expectedVersion: ExpectedVersion }>;

/** A store that can append to several streams atomically (PostgreSQL: one transaction). */
export interface MultiStreamAppender {
  appendToStreams(writes: readonly StreamWrite[]): Promise<AppendResult[]>;
}

/** A store that reads several whole streams in one round trip and one snapshot (a page naming many records). */
export interface MultiStreamReader {
  readStreams(streamIds: readonly string[]): Promise<Map<string, { version: number; events: RecordedEvent[] }>>;
}

export type ReadStreamOptions = Readonly<{
  fromVersion?: number;
  toVersion?: number;
  maxCount?: number;
  direction?: 'forwards' | 'backwards';
  /** Only events recorded at or before this instant (ISO-8601): the stream as it was then. */
  asOfInstant?: string;
  /** Only events at or before this global position. */
  asOfPosition?: string;
}>;

export type EventFilter = Readonly<{
  /** Stream categories: the part of the stream id before the first '-'. */
  categories?: readonly string[];
  types?: readonly string[];
}>;

export type ReadAllOptions = Readonly<{ limit?: number; filter?: EventFilter }>;

export type ReadAllResult = Readonly<{
  events: readonly RecordedEvent[];
  /** Resume from here: covers filtered-out events too, so a filtered reader never rescans them. */
  next: Position;
}>;

export type SubscriptionHandler = (events: readonly RecordedEvent[]) => Promise<void>;

export type SubscriptionOptions = Readonly<{ batchSize?: number; filter?: EventFilter; pollIntervalMs?: number }>;

export type Subscription = Readonly<{ name: string; stop: () => Promise<void>; caughtUp: () => Promise<void> }>;

export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options?: { expectedVersion?: ExpectedVersion },
  ): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<{ version: number; events: RecordedEvent[] }>;
  readAll(from: Position | 'start', options?: ReadAllOptions): Promise<ReadAllResult>;
  /** Catch up from the named durable checkpoint, then follow live; at-least-once into an idempotent handler. */
  subscribe(name: string, handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription;
}

export const START: Position = { transactionId: '0', globalPosition: '0' };

export const streamCategory = (streamId: string): string => {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
};
