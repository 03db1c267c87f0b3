import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '../libs/event-store/src';
import { countEvents } from './replay.bench';
import { fill } from './subscription.bench';
import { newEvent, sample, type Figure } from './support';

/** Append and read latency as the log grows: the same small operations at each size. */
export async function growthBench(pool: Pool, sizes: readonly number[], iterations: number): Promise<Figure[]> {
  const store = new PostgresEventStore(pool);
  const figures: Figure[] = [];
  let first: { append: number; read: number } | undefined;
  for (const size of sizes) {
    const have = await countEvents(pool);
    if (have < size) await fill(store, size - have, `growth${size}`);
    await pool.query('ANALYZE events');
    const append = await sample(iterations, () =>
      store.appendToStream(`grow-${randomUUID()}`, [newEvent()], { expectedVersion: 'no_stream' }),
    );
    const read = await sample(iterations, (i) => store.readStream(`growth${size}-${i % 50}`));
    first ??= { append: append.p99, read: read.p99 };
    const label = size.toLocaleString('en-GB');
    figures.push({
      name: `append p99 at ${label} events`,
      value: append.p99,
      unit: 'ms',
      baseline: { name: `at ${sizes[0]!.toLocaleString('en-GB')}`, value: first.append },
      target: '≤ 1.5× smallest',
      met: append.p99 <= first.append * 1.5,
    });
    figures.push({
      name: `read stream p99 at ${label} events`,
      value: read.p99,
      unit: 'ms',
      baseline: { name: `at ${sizes[0]!.toLocaleString('en-GB')}`, value: first.read },
      target: '≤ 1.5× smallest',
      met: read.p99 <= first.read * 1.5,
    });
  }
  return figures;
}
