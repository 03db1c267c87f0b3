import type { Pool } from 'pg';

/** Marks one of the organisation's notifications read by this user; false when there is no such notification. */
export async function markRead(pool: Pool, organisation: string, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `INSERT INTO notification_reads (notification_id, user_id)
     SELECT notification_id, $3 FROM notifications WHERE notification_id = $1 AND organisation = $2
     ON CONFLICT DO NOTHING`,
    [id, organisation, userId],
  );
  if (rowCount) return true;
  const { rows } = await pool.query('SELECT 1 FROM notifications WHERE notification_id = $1 AND organisation = $2', [
    id,
    organisation,
  ]);
  return rows.length > 0;
}

/** Development: the newest messages the mailbox channel stored. */
export async function devMailbox(pool: Pool, limit: number) {
  const { rows } = await pool.query<{
    message_id: string;
    to_address: string;
    subject: string;
    body: string;
    sent_at: Date;
  }>(
    'SELECT message_id, to_address, subject, body, sent_at FROM dev_mailbox ORDER BY sent_at DESC, message_id LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({
    id: r.message_id,
    to: r.to_address,
    subject: r.subject,
    body: r.body,
    sentAt: r.sent_at.toISOString(),
  }));
}

/**
 * A GOV.UK Notify delivery receipt: the reference is our message id. A permanent failure is a bounce; it is
 * recorded on the message and counted in /metrics. Returns false when the reference is not ours.
 */
export async function recordDeliveryReceipt(
  pool: Pool,
  receipt: Readonly<{ reference?: string | null; id: string; status: string; completedAt?: string | null }>,
): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE notification_outbox SET delivery_status = $3, delivery_at = coalesce($4::timestamptz, now()),
            provider_ref = coalesce(provider_ref, $2)
      WHERE message_id = $1 OR (provider_ref = $2 AND $1::text IS NULL)`,
    [receipt.reference ?? null, receipt.id, receipt.status, receipt.completedAt ?? null],
  );
  return (rowCount ?? 0) > 0;
}

/** Parked messages back to pending (after the channel is mended); returns how many. */
export async function retryParked(pool: Pool): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE notification_outbox SET status = 'pending', attempts = 0, available_at = now() WHERE status = 'parked'`,
  );
  return rowCount ?? 0;
}

export type NotifierHealth = Readonly<{
  eventsBehind: number;
  secondsBehind: number;
  pending: number;
  oldestPendingSeconds: number;
  held: number;
  parked: number;
  bounced: number;
}>;

/** The notifier's lag behind the log, and its outbox: waiting, held for a digest, parked, bounced. */
export async function notifierHealth(pool: Pool, categories: readonly string[]): Promise<NotifierHealth> {
  const { rows } = await pool.query<Record<string, string | null>>(
    `WITH behind AS (
       SELECT e.recorded_at FROM events e LEFT JOIN subscription_checkpoints c ON c.name = 'notifier'
        WHERE e.category = ANY($1)
          AND (e.transaction_id, e.global_position) > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.global_position, 0)))
     SELECT
       (SELECT count(*) FROM behind)::text AS behind,
       (SELECT extract(epoch FROM now() - min(recorded_at)) FROM behind)::text AS seconds,
       count(*) FILTER (WHERE status = 'pending')::text AS pending,
       extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending'))::text AS oldest,
       count(*) FILTER (WHERE status = 'held')::text AS held,
       count(*) FILTER (WHERE status = 'parked')::text AS parked,
       count(*) FILTER (WHERE delivery_status = 'permanent-failure')::text AS bounced
     FROM notification_outbox`,
    [categories],
  );
  const r = rows[0]!;
  const n = (v: string | null | undefined) => Math.round(Number(v ?? 0));
  return {
    eventsBehind: n(r['behind']),
    secondsBehind: n(r['seconds']),
    pending: n(r['pending']),
    oldestPendingSeconds: n(r['oldest']),
    held: n(r['held']),
    parked: n(r['parked']),
    bounced: n(r['bounced']),
  };
}
