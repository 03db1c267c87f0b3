import type { Pool } from 'pg';

export type SubscriptionLag = Readonly<{ name: string; eventsBehind: number; secondsBehind: number }>;

/**
 * Events and seconds each durable subscriber whose name starts with `prefix` is behind the head of the log, counting
 * only the categories it reads (recorded with its checkpoint; all events when it reads everything). Issue 18:
 * /health showed the projections' lag but not the process managers' (268 events behind, unreported). A notifier
 * that keeps its checkpoint through subscribeInTransaction is reported the same way under its own prefix.
 */
export async function subscriptionLag(pool: Pool, prefix: string): Promise<SubscriptionLag[]> {
  const { rows } = await pool.query<{ name: string; behind: string; seconds: string | null }>(
    `SELECT c.name, count(e.*)::text AS behind, extract(epoch FROM now() - min(e.recorded_at))::text AS seconds
       FROM subscription_checkpoints c
       LEFT JOIN events e ON (c.categories IS NULL OR e.category = ANY(c.categories))
        AND (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)
      WHERE starts_with(c.name, $1)
      GROUP BY c.name ORDER BY c.name`,
    [prefix],
  );
  return rows.map((r) => ({
    name: r.name.slice(prefix.length),
    eventsBehind: Number(r.behind),
    secondsBehind: r.seconds ? Math.round(Number(r.seconds)) : 0,
  }));
}
