import { ConfigService } from '@nestjs/config';
import { loadConfig, type AppConfig } from '../libs/config/src';
import type { Pool } from 'pg';
import { systemClock } from '../libs/application/src/clock';
import { PostgresEventStore } from '../libs/event-store/src';
import { DeadlinePoller } from '../apps/worker/src/deadlines/deadline-poller.service';
import { ProcessesService } from '../apps/worker/src/processes/processes.service';
import { percentile, round, type Figure } from './support';

/**
 * N day-6 deadlines all due within the same few seconds, fired by two pollers (as two worker instances would):
 * all must fire, none twice; lateness is the commit time of the firing minus the due time.
 */
export async function deadlinesBench(pool: Pool, count: number): Promise<Figure[]> {
  const store = new PostgresEventStore(pool);
  const dueAt = new Date(Date.now() + 3000);
  dueAt.setMilliseconds(0);
  for (let start = 0; start < count; start += 500) {
    const ids = Array.from({ length: Math.min(500, count - start) }, (_, k) => start + k);
    await Promise.all(
      ids.map(async (i) => {
        const stream = `day6-bench-${i}`;
        await store.appendToStream(stream, [
          {
            id: crypto.randomUUID(),
            type: 'Day6TimelineStarted',
            data: {
              dutyId: `bench-${i}`,
              upn: 'B801200005001',
              schoolUrn: '100001',
              responsible: { kind: 'la', organisationId: '201' },
              escalateTo: '201',
              day1: '2025-10-23',
              day6: '2025-11-06',
              reminders: [],
              lookedAfter: false,
              exclusionIds: [],
              firstNotice: { exclusionId: 'x', dueBy: '2025-10-23T14:15:00.000Z' },
              sessionTimes: { morningStarts: '08:45', afternoonEnds: '15:15' },
            },
          },
          {
            id: crypto.randomUUID(),
            type: 'DeadlineScheduled',
            data: { name: `bench-${i}:day6`, dueAt: dueAt.toISOString(), reason: 'bench' },
          },
        ]);
      }),
    );
    await pool.query(
      `INSERT INTO deadlines (deadline_id, process_stream, name, due_at) SELECT 'day6-bench-' || i || ':bench-' || i || ':day6', 'day6-bench-' || i, 'bench-' || i || ':day6', $1 FROM unnest($2::int[]) AS i`,
      [dueAt, ids],
    );
  }
  const config = new ConfigService<AppConfig, true>(loadConfig());
  const processes = new ProcessesService(store, systemClock, config);
  const pollers = [
    new DeadlinePoller(store, systemClock, processes, config),
    new DeadlinePoller(store, systemClock, processes, config),
  ];
  pollers.forEach((p) => p.onApplicationBootstrap());
  const until = Date.now() + 120_000;
  while ((await pool.query('SELECT 1 FROM deadlines LIMIT 1')).rowCount! > 0 && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 100));
  await Promise.all(pollers.map((p) => p.onApplicationShutdown()));
  const { rows } = await pool.query<{ stream_id: string; n: number; at: Date }>(
    `SELECT stream_id, count(*)::int AS n, min(recorded_at) AS at FROM events WHERE type = 'Day6Breached' AND stream_id LIKE 'day6-bench-%' GROUP BY stream_id`,
  );
  const lateness = rows.map((r) => Math.max(0, r.at.getTime() - dueAt.getTime()));
  const twice = rows.filter((r) => r.n > 1).length;
  return [
    {
      name: `deadlines due together: fired`,
      value: rows.length,
      unit: `of ${count}`,
      target: `all ${count}`,
      met: rows.length === count,
    },
    { name: 'deadlines fired twice', value: twice, unit: 'deadlines', target: '0', met: twice === 0 },
    { name: 'deadline lateness p50', value: round(percentile(lateness, 50), 0), unit: 'ms' },
    {
      name: 'deadline lateness p99',
      value: round(percentile(lateness, 99), 0),
      unit: 'ms',
      target: '< 1000 ms',
      met: percentile(lateness, 99) < 1000,
    },
  ];
}
