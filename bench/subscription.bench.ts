import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore, type NewEvent } from '../libs/event-store/src';
import { forDuration, newEvent, percentile, round, type Figure } from './support';

/** Fills the log fast: 100-event appends over 8 connections. */
export async function fill(store: PostgresEventStore, events: number, prefix = 'fill'): Promise<void> {
  const batches = Math.ceil(events / 100);
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let b = next++; b < batches; b = next++) {
        const size = Math.min(100, events - b * 100);
        await store.appendToStream(
          `${prefix}-${b}`,
          Array.from({ length: size }, () => newEvent()),
          { expectedVersion: 'no_stream' },
        );
      }
    }),
  );
}

/** Catch-up rate from the start of the log, through the subscription runner with its checkpoints. */
export async function catchUpBench(pool: Pool, url: string, events: number): Promise<Figure> {
  const store = new PostgresEventStore(pool, url);
  const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM events');
  if (Number(rows[0].n) < events) await fill(store, events - Number(rows[0].n));
  const total = Number((await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM events')).rows[0].n);
  let seen = 0;
  const started = performance.now();
  const done = new Promise<void>((resolve) => {
    const subscription = store.subscribe(
      `bench-catchup-${randomUUID()}`,
      async (batch) => {
        seen += batch.length;
        if (seen >= total) {
          resolve();
          void subscription.stop();
        }
      },
      { batchSize: 5000 },
    );
  });
  await done;
  const rate = total / ((performance.now() - started) / 1000);
  await store.close();
  return {
    name: `subscription catch-up over ${total.toLocaleString('en-GB')} events`,
    value: round(rate, 0),
    unit: 'events/s',
    target: '≥ 50,000 events/s',
    met: rate >= 50_000,
  };
}

/** Delivery lag under 16 writers: from the append being acknowledged to the subscriber receiving the event. */
export async function liveLagBench(pool: Pool, url: string, seconds: number): Promise<Figure[]> {
  const store = new PostgresEventStore(pool, url);
  const acked = new Map<string, number>();
  const lags: number[] = [];
  const pending = new Map<string, number>();
  const subscription = store.subscribe(
    `bench-live-${randomUUID()}`,
    async (batch) => {
      const now = performance.now();
      for (const e of batch) {
        const at = acked.get(e.id);
        if (at !== undefined) lags.push(Math.max(0, now - at));
        else pending.set(e.id, now);
      }
    },
    { filter: { categories: ['live'] }, pollIntervalMs: 1000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await forDuration(16, seconds, async (w, i) => {
    const event: NewEvent = newEvent();
    await store.appendToStream(`live-${w}-${randomUUID().slice(0, 8)}`, [event], { expectedVersion: 'no_stream' });
    const now = performance.now();
    const delivered = pending.get(event.id);
    if (delivered !== undefined) lags.push(0);
    else acked.set(event.id, now);
    void i;
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await subscription.stop();
  await store.close();
  return [
    { name: 'live delivery lag p50 (16 writers)', value: round(percentile(lags, 50), 1), unit: 'ms' },
    {
      name: 'live delivery lag p99 (16 writers)',
      value: round(percentile(lags, 99), 1),
      unit: 'ms',
      target: '< 200 ms',
      met: percentile(lags, 99) < 200,
    },
  ];
}

/**
 * Out-of-order commits: writers hold their transactions open for random times, so later positions commit first.
 * A subscriber must see every committed event once: counts skipped and duplicated deliveries.
 */
export async function outOfOrderBench(pool: Pool, url: string, seconds: number): Promise<Figure[]> {
  const store = new PostgresEventStore(pool, url);
  const seen = new Map<string, number>();
  const subscription = store.subscribe(
    `bench-ooo-${randomUUID()}`,
    async (batch) => {
      for (const e of batch) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    },
    { filter: { categories: ['ooo'] }, batchSize: 100, pollIntervalMs: 50 },
  );
  const committed = new Set<string>();
  await forDuration(16, seconds, async (w) => {
    const client = await pool.connect();
    const event = newEvent();
    try {
      await client.query('BEGIN');
      await store.appendInTransaction(client, `ooo-${w}-${randomUUID().slice(0, 8)}`, [event], 'no_stream');
      await client.query(`SELECT pg_sleep($1)`, [Math.random() * 0.02]);
      if (Math.random() < 0.1) {
        await client.query('ROLLBACK');
        return;
      }
      await client.query('COMMIT');
      committed.add(event.id);
    } finally {
      client.release();
    }
  });
  const until = performance.now() + 10_000;
  while ([...committed].some((id) => !seen.has(id)) && performance.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 100));
  await subscription.stop();
  await store.close();
  const skipped = [...committed].filter((id) => !seen.has(id)).length;
  const duplicated = [...seen.values()].filter((n) => n > 1).length;
  return [
    {
      name: `out-of-order commits (${committed.size} committed): skipped`,
      value: skipped,
      unit: 'events',
      target: '0',
      met: skipped === 0,
    },
    {
      name: `out-of-order commits (${committed.size} committed): duplicated`,
      value: duplicated,
      unit: 'events',
      target: '0',
      met: duplicated === 0,
    },
  ];
}
