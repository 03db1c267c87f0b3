import type { Pool } from 'pg';
import type { DatabaseConnection } from '../libs/database/src';
import { PostgresEventStore } from '../libs/event-store/src';
import { PupilHistoryService } from '../apps/api/src/pupils/pupil-history.service';
import { newEvent, sample, type Figure } from './support';

const UPN = 'B801200005001';

/** A pupil with 1,000 events over 10 streams; the auditor's history and as-of state, p50 and p99. */
export async function replayBench(connection: DatabaseConnection, iterations: number): Promise<Figure[]> {
  const store = new PostgresEventStore(connection.pool);
  const streams = [
    'exclusions',
    'referral',
    'placement',
    'induction',
    'transition',
    'referraltimelines',
    'placementtimelines',
    'reintegration',
    'day6',
    'access',
  ];
  for (const [s, category] of streams.entries()) {
    const streamId =
      category === 'exclusions'
        ? `exclusions-${UPN}`
        : category === 'day6'
          ? 'day6-bench-period'
          : category === 'access'
            ? `access-${UPN}`
            : `${category}-bench-${s}`;
    for (let b = 0; b < 10; b++) {
      await store.appendToStream(
        streamId,
        Array.from({ length: 10 }, () => newEvent('BenchEventHappened', { upn: UPN })),
        { expectedVersion: b * 10 },
      );
    }
  }
  const history = new PupilHistoryService(store, connection);
  const found = await history.streamsOf(UPN);
  const full = await sample(iterations, () => history.history(found, {}));
  const asOf = await sample(iterations, () => history.asOf(found, new Date().toISOString()));
  return [
    { name: `pupil history replay (1,000 events over ${found.length} streams) p50`, value: full.p50, unit: 'ms' },
    { name: 'pupil history replay p99', value: full.p99, unit: 'ms', target: '< 20 ms', met: full.p99 < 20 },
    { name: 'as-of state of every record p50', value: asOf.p50, unit: 'ms' },
    { name: 'as-of state of every record p99', value: asOf.p99, unit: 'ms' },
  ];
}

export async function countEvents(pool: Pool): Promise<number> {
  return Number((await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM events')).rows[0].n);
}
