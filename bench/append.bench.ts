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
const ROUNDS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type System = Readonly<{ name: string; append: (writer: number, sequence: number) => Promise<void> }>;

/**
 * Appends per second at 1, 4 and 16 writers, 1 and 10 events per append, for the raw ceiling, our store and
 * Emmett's. The three take turns in short rounds (the median of three is reported), so a checkpoint or a burst of
 * autovacuum lands on all of them alike instead of skewing one ratio.
 */
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
      const systems = systemsFor(pool, store, emmett, tag, size);
      const rates = new Map<string, number[]>(systems.map((sys) => [sys.name, []]));
      const sequences = new Map<string, number[]>(
        systems.map((sys) => [sys.name, Array.from({ length: writers }, () => 0)]),
      );
      for (let round = 0; round < ROUNDS; round++) {
        for (const sys of systems) {
          const seq = sequences.get(sys.name)!;
          const done = await forDuration(writers, seconds / ROUNDS, (w) => sys.append(w, seq[w]!++));
          rates.get(sys.name)!.push(done / (seconds / ROUNDS));
        }
      }
      const [raw, ours, theirs] = ['raw', 'ours', 'emmett'].map((n) =>
        rates.get(n)?.length ? median(rates.get(n)!) : NaN,
      );
      const headline = writers === 16 && size === 1;
      figures.push({
        name: `append ${tag}: ours`,
        value: round(ours!),
        unit: 'appends/s',
        baseline: { name: 'raw INSERT ceiling', value: round(raw!) },
        ...(headline ? { target: '≥ 0.70 of raw', met: ours! / raw! >= 0.7 } : {}),
      });
      if (emmett) {
        figures.push({
          name: `append ${tag}: ours vs Emmett`,
          value: round(ours!),
          unit: 'appends/s',
          baseline: { name: 'Emmett', value: round(theirs!) },
          ...(headline ? { target: '≥ 2× Emmett', met: ours! / theirs! >= 2 } : {}),
        });
      }
    }
  }
  await emmett?.close();
  return figures;
}

function systemsFor(
  pool: Pool,
  store: PostgresEventStore,
  emmett: Emmett | undefined,
  tag: string,
  size: number,
): System[] {
  const raw: System = {
    name: 'raw',
    append: async (w, i) => {
      const rows = Array.from({ length: size }, () => newEvent()).map((e, k) => [
        `raw-${tag}-${w}`,
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
    },
  };
  const ours: System = {
    name: 'ours',
    append: async (w, i) => {
      await store.appendToStream(
        `bench-${tag}-${w}`,
        Array.from({ length: size }, () => newEvent()),
        { expectedVersion: i * size },
      );
    },
  };
  // The same workload for Emmett: one stream per writer, each append with the expected version.
  const theirs: System | undefined = emmett && {
    name: 'emmett',
    append: async (w, i) => {
      const events = Array.from({ length: size }, () => ({ type: 'BenchEventHappened', data: newEvent().data }));
      await emmett.appendToStream(
        `emmett-${tag}-${w}`,
        events,
        i === 0 ? {} : { expectedStreamVersion: BigInt(i * size) },
      );
    },
  };
  return theirs ? [raw, ours, theirs] : [raw, ours];
}
