import { ConcurrencyError } from './event-store.errors';
import type { EventMetadata, EventStore, RecordedEvent } from './event-store.port';

type DomainEvent = Readonly<{ type: string; data: object }>;

export type DeciderLike<S, C, E extends DomainEvent> = Readonly<{
  decide: (command: C, state: S) => E[];
  evolve: (state: S, event: E) => S;
  initialState: () => S;
}>;

export type HandleOptions<E extends DomainEvent> = Readonly<{
  metadata: EventMetadata;
  newId: () => string;
  /** The version the caller last saw (HTTP If-Match): a mismatch is a conflict, never retried. */
  expectedVersion?: number;
  maxRetries?: number;
  /** Turns a stored event into the current shape (upcasting) before it is folded. */
  toDomainEvent?: (event: RecordedEvent) => E;
  /** The schema version a new event of this type is written with (default 1). */
  schemaVersionOf?: (type: string) => number;
}>;

export type HandleResult<S, E> = Readonly<{ nextVersion: number; events: readonly E[]; state: S }>;

// The stored schema version travels with the event, so a decider's evolve can upcast an older shape.
const defaultToDomain = <E extends DomainEvent>(event: RecordedEvent): E =>
  ({ type: event.type, data: event.data, schemaVersion: event.schemaVersion }) as unknown as E;

/**
 * Load, fold, decide, append with the version that was folded. On a clash with another writer the whole cycle
 * runs again on the new state (a bounded number of times), because the decision may now be different.
 */
export async function handleCommand<S, C, E extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: DeciderLike<S, C, E>,
  command: C,
  options: HandleOptions<E>,
): Promise<HandleResult<S, E>> {
  const toDomain = options.toDomainEvent ?? defaultToDomain<E>;
  const attempts = options.expectedVersion === undefined ? (options.maxRetries ?? 3) + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    const { version, events: stored } = await store.readStream(streamId);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
      throw new ConcurrencyError(streamId, options.expectedVersion, version);
    }
    const state = stored.map(toDomain).reduce(decider.evolve, decider.initialState());
    const events = decider.decide(command, state);
    if (events.length === 0) return { nextVersion: version, events, state };
    const newEvents = events.map((e) => ({
      id: options.newId(),
      type: e.type,
      data: e.data as Record<string, unknown>,
      metadata: options.metadata,
      schemaVersion: options.schemaVersionOf?.(e.type) ?? 1,
    }));
    try {
      // A first append requires that no stream exists (version 0 and 'no_stream' mean the same to the store).
      const result = await store.appendToStream(streamId, newEvents, { expectedVersion: version || 'no_stream' });
      return { nextVersion: result.nextVersion, events, state: events.reduce(decider.evolve, state) };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
    }
  }
}
