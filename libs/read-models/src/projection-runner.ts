import type { Pool } from 'pg';
import { inTransaction, subscribeInTransaction, type PostgresEventStore, type Subscription } from '@ap/event-store';
import { subscriptionName, type Projection } from './projection';
import { referralsProjection } from './referrals.projection';
import { placementsProjection } from './placements.projection';
import { timelinesProjection } from './timelines.projection';
import {
  localAuthoritiesProjection,
  outcomesProjection,
  providersProjection,
  schoolsProjection,
} from './directory-outcomes.projection';
import { providerProfilesProjection, referralFactsProjection } from './la-directory.projection';
import { outreachSignalsProjection } from './outreach-signals.projection';
import { panelQualityProjection } from './panel-quality.projection';

export const PROJECTIONS: readonly Projection[] = [
  referralsProjection,
  placementsProjection,
  timelinesProjection,
  providersProjection,
  schoolsProjection,
  localAuthoritiesProjection,
  outcomesProjection,
  providerProfilesProjection,
  referralFactsProjection,
  outreachSignalsProjection,
  panelQualityProjection,
];

export function runProjection(
  store: PostgresEventStore,
  projection: Projection,
  onError?: (error: unknown) => void,
): Subscription {
  return subscribeInTransaction(
    store,
    subscriptionName(projection),
    async (events, tx) => {
      for (const event of events) await projection.apply(event, tx);
    },
    { filter: { categories: projection.categories }, batchSize: 500, onError },
  );
}

/**
 * Empties a projection's tables and rewinds its checkpoint in one transaction; a running subscriber notices the
 * moved checkpoint and rebuilds from the start of the log.
 */
export async function resetProjection(pool: Pool, projection: Projection): Promise<void> {
  await inTransaction(pool, async (tx) => {
    await tx.query(`SELECT 1 FROM subscription_checkpoints WHERE name = $1 FOR UPDATE`, [subscriptionName(projection)]);
    for (const table of projection.tables) await tx.query(`TRUNCATE ${table}`);
    await tx.query(`DELETE FROM subscription_checkpoints WHERE name = $1`, [subscriptionName(projection)]);
  });
}

/** Events and seconds each projection is behind the head of the log. */
export async function projectionLag(
  pool: Pool,
): Promise<Array<{ name: string; eventsBehind: number; secondsBehind: number }>> {
  const { rows } = await pool.query<{ name: string; behind: string; seconds: string | null }>(
    `SELECT p.name, count(e.*)::text AS behind, extract(epoch FROM now() - min(e.recorded_at))::text AS seconds
       FROM unnest($1::text[], $2::text[]) AS p(name, cats)
       LEFT JOIN subscription_checkpoints c ON c.name = 'projection:' || p.name
       LEFT JOIN events e ON e.category = ANY(string_to_array(p.cats, ','))
        AND (e.transaction_id, e.global_position) > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.global_position, 0))
      GROUP BY p.name`,
    [PROJECTIONS.map((p) => p.name), PROJECTIONS.map((p) => p.categories.join(','))],
  );
  return rows.map((r) => ({
    name: r.name,
    eventsBehind: Number(r.behind),
    secondsBehind: r.seconds ? Math.round(Number(r.seconds)) : 0,
  }));
}
