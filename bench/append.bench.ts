import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '../libs/event-store/src';
import { forDuration, newEvent, round, type Figure } from './support';

// The raw ceiling: plain INSERT transactions of the same rows into a table with the same unique constraints.
const RAW_TABLE = `CREATE TABLE IF NOT EXISTS raw_events (
  global_position bigserial PRIMARY KEY, stream_id text NOT NULL, stream_version bigint NOT NULL, event_id uuid NOT NULL UNIQUE,
  type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream_id, stream_version))`;

type Emmett = {
  appendToStream: (
    stream: string,
    events: Array<{ type: string; data: unknown }>,
    options?: { expectedStreamVersion?: bigint },
  ) => Promise<unknown>;
  close: () => Promise<void>;
};

async function emmettStore(url: string, poolSize: number): Promise<Emmett | undefined> {
  try {
    const { getPostgreSQLEventStore } = (await import('@event-driven-io/emmett-postgresql')) as unknown as {
      getPostgreSQLEventStore: (url: string, options: unknown) => Emmett;
    };
    const store = getPostgreSQLEventStore(url, { connectionOptions: { pooled: true, max: poolSize } });
    await store.appendToStream(`warmup-${randomUUID()}`, [{ type: 'Warmup', data: {} }]);
    return store;
  } catch (error) {
    console.warn(`Emmett not measured: ${(error as Error).message}`);
    return undefined;
  }
}

/** Appends per second at 1, 4 and 16 writers, single- and 10-event, for the raw ceiling, our store and Emmett's. */
export async function appendBench(
  pool: Pool,
  url: string,
  seconds: number,
  writersList: readonly number[],
): Promise<Figure[]> {
  await pool.query(RAW_TABLE);
  const store = new PostgresEventStore(pool);
  const emmett = await emmettStore(url, Math.max(...writersList));
  const figures: Figure[] = [];
  for (const size of [1, 10]) {
    for (const writers of writersList) {
      const tag = `${writers}w×${size}ev`;
      const raw = await forDuration(writers, seconds, async (w, i) => {
        const stream = `raw-${tag}-${w}`;
        const rows = Array.from({ length: size }, () => newEvent()).map((e, k) => [
          stream,
          i * size + k + 1,
          e.id,
          e.type,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
        ]);
        const values = rows
          .map((_, r) => `($${r * 6 + 1}, $${r * 6 + 2}, $${r * 6 + 3}, $${r * 6 + 4}, $${r * 6 + 5}, $${r * 6 + 6})`)
          .join(', ');
        await pool.query(
          `INSERT INTO raw_events (stream_id, stream_version, event_id, type, data, metadata) VALUES ${values}`,
          rows.flat(),
        );
      });
      const rawRate = raw / seconds;
      const ours = await forDuration(writers, seconds, async (w, i) => {
        await store.appendToStream(
          `bench-${tag}-${w}`,
          Array.from({ length: size }, () => newEvent()),
          { expectedVersion: i * size },
        );
      });
      const oursRate = ours / seconds;
      figures.push({
        name: `append ${tag}: ours`,
        value: round(oursRate),
        unit: 'appends/s',
        baseline: { name: 'raw INSERT ceiling', value: round(rawRate) },
        ...(writers === 16 && size === 1 ? { target: '≥ 0.70 of raw', met: oursRate / rawRate >= 0.7 } : {}),
      });
      if (emmett) {
        const theirs = await forDuration(writers, seconds, async (w, i) => {
          // The same workload: one stream per writer, each append with the expected version.
          const events = Array.from({ length: size }, () => ({ type: 'BenchEventHappened', data: newEvent().data }));
          await emmett.appendToStream(
            `emmett-${tag}-${w}`,
            events,
            i === 0 ? {} : { expectedStreamVersion: BigInt(i * size) },
          );
        });
        const theirRate = theirs / seconds;
        figures.push({
          name: `append ${tag}: ours vs Emmett`,
          value: round(oursRate),
          unit: 'appends/s',
          baseline: { name: 'Emmett', value: round(theirRate) },
          ...(writers === 16 && size === 1 ? { target: '≥ 2× Emmett', met: oursRate / theirRate >= 2 } : {}),
        });
      }
    }
  }
  await emmett?.close();
  return figures;
}
