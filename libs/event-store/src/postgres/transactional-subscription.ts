import type { PoolClient } from 'pg';
import type { Position, RecordedEvent, Subscription, SubscriptionOptions } from '../event-store.port';
import { runSubscription } from '../subscription/subscription-runner';
import { inTransaction } from './in-transaction';
import type { PostgresEventStore } from './postgres-event-store';

export { inTransaction };

export type TransactionalHandler = (events: readonly RecordedEvent[], tx: PoolClient) => Promise<void>;

/** Another instance advanced the checkpoint first: this batch was already handled, reload and go on. */
export class CheckpointMovedError extends Error {
  constructor(readonly subscription: string) {
    super(`Checkpoint ${subscription} moved under this subscriber`);
    this.name = 'CheckpointMovedError';
  }
}

const samePosition = (a: Position, b: Position) =>
  a.transactionId === b.transactionId && a.globalPosition === b.globalPosition;

/**
 * Exactly-once delivery into PostgreSQL: the handler's writes and the checkpoint commit in one transaction, and
 * the checkpoint row is locked and compared first, so several instances of one subscriber never apply a batch twice.
 */
export function subscribeInTransaction(
  store: PostgresEventStore,
  name: string,
  handler: TransactionalHandler,
  options: SubscriptionOptions & { onError?: (error: unknown, attempt: number) => void; afterCommit?: () => void } = {},
): Subscription {
  return runSubscription({
    name,
    store,
    checkpoints: store.checkpoints,
    onWake: (wake) => store.notifier.onWake(wake),
    options,
    onError: options.onError,
    handleAndCheckpoint: async (events, from, next) => {
      await inTransaction(store.pool, async (tx) => {
        // The categories read are kept with the checkpoint, so its lag can be measured (subscriptionLag).
        await tx.query(
          `INSERT INTO subscription_checkpoints (name, transaction_id, global_position, categories)
           VALUES ($1, '0', 0, $2) ON CONFLICT (name) DO UPDATE SET categories = EXCLUDED.categories
           WHERE subscription_checkpoints.categories IS DISTINCT FROM EXCLUDED.categories`,
          [name, options.filter?.categories ?? null],
        );
        const current = await store.checkpoints.load(name, tx, true);
        if (!samePosition(current, from)) throw new CheckpointMovedError(name);
        if (events.length > 0) await handler(events, tx);
        await store.checkpoints.save(name, next, tx);
      });
      // Appends made inside the handler's transaction wake other subscribers only now that they are committed.
      if (events.length > 0) options.afterCommit?.();
    },
  });
}
