import { ConcurrencyError } from './event-store.errors';
import type { EventStore, MultiStreamAppender, NewEvent } from './event-store.port';
import type { DeciderLike, HandleOptions } from './command-handler';

type DomainEvent = Readonly<{ type: string; data: object }>;
type Pending = { streamId: string; version: number; events: NewEvent[] };

/**
 * Commands on several streams decided from what each stream held, appended together in one transaction. Issue 18:
 * accepting a referral and creating its placement were two transactions, and a crash between them left an accepted
 * referral without a placement.
 */
export class UnitOfWork {
  private readonly pending: Pending[] = [];

  constructor(private readonly store: EventStore & MultiStreamAppender) {}

  /** Decides one command on one stream (each stream once per unit); its events are appended at commit. */
  async decide<S, C, E extends DomainEvent>(
    streamId: string,
    decider: DeciderLike<S, C, E>,
    command: C,
    options: HandleOptions<E>,
  ): Promise<{ state: S; events: readonly E[]; version: number }> {
    if (this.pending.some((p) => p.streamId === streamId)) throw new Error(`${streamId} decided twice in one unit`);
    const { version, events: stored } = await this.store.readStream(streamId);
    if (options.expectedVersion !== undefined && options.expectedVersion !== version)
      throw new ConcurrencyError(streamId, options.expectedVersion, version);
    const toDomain =
      options.toDomainEvent ??
      ((e) => ({ type: e.type, data: e.data, schemaVersion: e.schemaVersion }) as unknown as E);
    const state = stored.map(toDomain).reduce(decider.evolve, decider.initialState());
    const events = decider.decide(command, state);
    this.pending.push({
      streamId,
      version,
      events: events.map((e) => ({
        id: options.newId(),
        type: e.type,
        data: e.data as Record<string, unknown>,
        metadata: options.metadata,
        schemaVersion: options.schemaVersionOf?.(e.type) ?? 1,
      })),
    });
    return { state: events.reduce(decider.evolve, state), events, version: version + events.length };
  }

  /** Appends everything decided, each stream at the version it was read at; nothing at all on a clash. */
  async commit(): Promise<void> {
    const writes = this.pending.filter((p) => p.events.length > 0);
    if (writes.length === 0) return;
    await this.store.appendToStreams(
      writes.map((w) => ({ streamId: w.streamId, events: w.events, expectedVersion: w.version || 'no_stream' })),
    );
  }
}

/**
 * Runs `work` in a fresh unit and commits it; on a clash with another writer the whole unit runs again on the new
 * state (a bounded number of times), unless the caller stated the version it saw (If-Match), which is never retried.
 */
export async function inOneTransaction<T>(
  store: EventStore & MultiStreamAppender,
  work: (unit: UnitOfWork) => Promise<T>,
  options: { retry: boolean; maxRetries?: number },
): Promise<T> {
  const attempts = options.retry ? (options.maxRetries ?? 3) + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    const unit = new UnitOfWork(store);
    try {
      const result = await work(unit);
      await unit.commit();
      return result;
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
    }
  }
}
