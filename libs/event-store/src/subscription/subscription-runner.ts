import type {
  EventStore,
  Position,
  ReadAllResult,
  RecordedEvent,
  Subscription,
  SubscriptionOptions,
} from '../event-store.port';
import { batchSpanOptions, inSpan, subscriptionRetries } from '@ap/telemetry';
import { ConcurrencyError } from '../event-store.errors';
import type { CheckpointStore } from '../postgres/postgres-checkpoints';

export type BatchHandler = (events: readonly RecordedEvent[], from: Position, next: Position) => Promise<void>;

export type SubscriptionRun = Readonly<{
  name: string;
  store: Pick<EventStore, 'readAll'>;
  checkpoints: CheckpointStore;
  /** Registers a wake-up; the callback may name the stream categories just written (none: anything). */
  onWake: (wake: (categories?: ReadonlySet<string>) => void) => () => void;
  /** Handles a batch. Unless `handleAndCheckpoint` is set, the runner saves the checkpoint afterwards. */
  handle?: (events: readonly RecordedEvent[]) => Promise<void>;
  /** Handles a batch and saves `next` itself, e.g. in the same transaction as its writes (exactly once). */
  handleAndCheckpoint?: BatchHandler;
  options?: SubscriptionOptions;
  onError?: (error: unknown, attempt: number) => void;
}>;

const SQLSTATE_REASONS: Readonly<Record<string, string>> = { '40P01': 'deadlock', '40001': 'serialization' };

/** Why a batch failed, in a few words: a clash with another writer (version, deadlock) or anything else. */
const retryReason = (error: unknown): string =>
  error instanceof ConcurrencyError
    ? 'version'
    : (SQLSTATE_REASONS[(error as { code?: string } | undefined)?.code ?? ''] ?? 'error');

/** Short enough that a subscriber is back within seconds of the database returning (issue 18). */
const MAX_BACKOFF_MS = 5_000;
/** Clashes in a row retried at once; after them even a clash backs off. */
const CLASHES_BEFORE_BACKOFF = 3;

/**
 * How long a subscriber waits before running a failed batch again. A clash with another writer (version, deadlock,
 * serialisation) is over once that writer commits, so it runs again within milliseconds, jittered so two clashing
 * subscribers do not meet again: backing off 200 ms cost a year's catch-up about 9 s over 45 clashes. A run of
 * clashes, or any other failure (the database away), backs off exponentially up to MAX_BACKOFF_MS.
 */
export function retryDelayMs(reason: string, failures: number, random: () => number = Math.random): number {
  if (reason !== 'error' && failures <= CLASHES_BEFORE_BACKOFF) return random() * 20;
  return Math.min(MAX_BACKOFF_MS, 100 * 2 ** Math.min(failures, 10));
}

/**
 * Catch-up then live: reads committed batches from the checkpoint, hands them over, advances the checkpoint,
 * and sleeps until woken (NOTIFY or an in-process append) or the poll interval passes. A failing batch is retried
 * with exponential backoff; it is never skipped.
 */
export function runSubscription(run: SubscriptionRun): Subscription {
  const batchSize = run.options?.batchSize ?? 500;
  const pollMs = run.options?.pollIntervalMs ?? 1000;
  let stopped = false;
  let sleeper: { wake: () => void } | undefined;
  let woken = false;
  const caughtUpWaiters: Array<() => void> = [];
  const reads = run.options?.filter?.categories;
  let failing = false;
  const unsubscribe = run.onWake((categories) => {
    // A commit to categories this subscriber does not read cannot give it anything: it sleeps on. Unless it is
    // backing off after a failure: any commit says the database answers again, so it retries now, not in 5 s.
    if (!failing && reads && categories && !reads.some((c) => categories.has(c))) return;
    woken = true;
    sleeper?.wake();
  });

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        sleeper = undefined;
        resolve();
      }
      sleeper = { wake: done };
    });

  const deliver = (batch: ReadAllResult, from: Position): Promise<void> =>
    batch.events.length === 0
      ? handOver(batch, from)
      : inSpan(`subscription ${run.name}`, batchSpanOptions(run.name, batch.events), () => handOver(batch, from));

  const handOver = async (batch: ReadAllResult, from: Position): Promise<void> => {
    if (run.handleAndCheckpoint) return run.handleAndCheckpoint(batch.events, from, batch.next);
    if (batch.events.length > 0) await run.handle!(batch.events);
    await run.checkpoints.save(run.name, batch.next);
  };

  const loop = async () => {
    let position: Position | undefined;
    let failures = 0;
    while (!stopped) {
      woken = false;
      try {
        // Loaded inside the loop: a database away at start-up is retried like any failure, never an unhandled
        // rejection that ends the process.
        position ??= await run.checkpoints.load(run.name);
        const batch = await run.store.readAll(position, { limit: batchSize, filter: run.options?.filter });
        const moved =
          batch.next.transactionId !== position.transactionId || batch.next.globalPosition !== position.globalPosition;
        if (moved) await deliver(batch, position);
        position = batch.next;
        failures = 0;
        failing = false;
        if (batch.events.length < batchSize) {
          caughtUpWaiters.splice(0).forEach((resolve) => resolve());
          await sleep(pollMs);
        }
      } catch (error) {
        if (isCheckpointMoved(error)) {
          // Another instance handled this batch (or a rebuild rewound the checkpoint): not a failure, carry on from there.
          position = await run.checkpoints.load(run.name).catch(() => undefined);
          await sleep(Math.random() * 50);
          continue;
        }
        failures += 1;
        failing = true;
        const reason = retryReason(error);
        subscriptionRetries.inc({ subscription: run.name, reason });
        run.onError?.(error, failures);
        if (stopped) break;
        await sleep(retryDelayMs(reason, failures));
        position = await run.checkpoints.load(run.name).catch(() => undefined);
      }
    }
  };

  const finished = loop();
  return {
    name: run.name,
    stop: async () => {
      stopped = true;
      unsubscribe();
      sleeper?.wake();
      await finished;
    },
    caughtUp: () => new Promise<void>((resolve) => caughtUpWaiters.push(resolve)),
  };
}

const isCheckpointMoved = (error: unknown): boolean => error instanceof Error && error.name === 'CheckpointMovedError';
