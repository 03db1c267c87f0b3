import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@ap/event-store';

/**
 * A read model maintained from the log. `apply` runs inside the subscription's transaction, together with the
 * checkpoint, so each event is applied exactly once; it is also written to be idempotent (rows carry the stream
 * version they reflect), so a replayed or duplicated event changes nothing.
 */
export type Projection = Readonly<{
  name: string;
  categories: readonly string[];
  tables: readonly string[];
  apply: (event: RecordedEvent, tx: PoolClient) => Promise<void>;
}>;

export const subscriptionName = (projection: Projection): string => `projection:${projection.name}`;
