import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';

export type Figure = Readonly<{
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  target?: string;
  met?: boolean;
}>;

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs `workers` loops in parallel for `seconds`, each calling `op(worker, i)`; returns completed operations. */
export async function forDuration(
  workers: number,
  seconds: number,
  op: (worker: number, i: number) => Promise<void>,
): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i++) {
        await op(worker, i);
        done += 1;
      }
    }),
  );
  return done;
}

export const newEvent = (type = 'BenchEventHappened', data: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type,
  data: { ...data, note: 'a typical small payload of about a hundred bytes, like most referral events' },
  metadata: { correlationId: randomUUID(), actor: { id: 'bench', role: 'system', organisationId: 'bench' } },
});

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function sample(
  iterations: number,
  work: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) times.push((await timed(() => work(i))).ms);
  return { p50: round(percentile(times, 50), 2), p99: round(percentile(times, 99), 2) };
}

export async function exec(pool: Pool, sql: string): Promise<void> {
  await pool.query(sql);
}
