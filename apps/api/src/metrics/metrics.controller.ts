import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { metricsRegistry } from '@ap/telemetry';
import { DATABASE, databaseFaults, type DatabaseConnection } from '@ap/database';
import { subscriptionLag } from '@ap/event-store';
import { projectionLag } from '@ap/read-models';
import { NOTIFIER_CATEGORIES, notifierHealth } from '@ap/notifications';
import { Probe, Public } from '../auth/auth.decorators';
import { withTimeout } from '../health/with-timeout';

type Collect = (this: Gauge, pool: Pool) => Promise<void>;

const GAUGES: ReadonlyArray<Readonly<{ name: string; help: string; labelNames?: string[]; collect: Collect }>> = [
  {
    name: 'ap_projection_lag_events',
    help: 'Events a projection has yet to apply',
    labelNames: ['projection'],
    async collect(pool) {
      for (const lag of await projectionLag(pool)) this.set({ projection: lag.name }, lag.eventsBehind);
    },
  },
  {
    name: 'ap_projection_lag_seconds',
    help: 'Age of the oldest event a projection has yet to apply',
    labelNames: ['projection'],
    async collect(pool) {
      for (const lag of await projectionLag(pool)) this.set({ projection: lag.name }, lag.secondsBehind);
    },
  },
  {
    name: 'ap_process_lag_events',
    help: 'Events a process manager has yet to handle',
    labelNames: ['process'],
    async collect(pool) {
      for (const lag of await subscriptionLag(pool, 'process:')) this.set({ process: lag.name }, lag.eventsBehind);
    },
  },
  {
    name: 'ap_parked_events',
    help: 'Events a process manager set aside after repeated failures (see parked_events)',
    async collect(pool) {
      const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM parked_events');
      this.set(Number(rows[0].n));
    },
  },
  {
    name: 'ap_notifications',
    help: 'The notifier: events behind the log, and outbox messages pending, held for a digest, parked and bounced',
    labelNames: ['state'],
    async collect(pool) {
      const h = await notifierHealth(pool, NOTIFIER_CATEGORIES);
      for (const state of ['eventsBehind', 'pending', 'held', 'parked', 'bounced'] as const)
        this.set({ state: state === 'eventsBehind' ? 'events_behind' : state }, h[state]);
    },
  },
  {
    name: 'ap_deadlines_due',
    help: 'Process-manager deadlines that are due and not yet handled',
    async collect(pool) {
      const { rows } = await pool.query<{ n: string }>(
        'SELECT count(*)::text AS n FROM deadlines WHERE due_at <= now()',
      );
      this.set(Number(rows[0].n));
    },
  },
];

/**
 * Prometheus metrics: HTTP request durations and statuses, appends, subscription lag, deadline lateness and
 * notifications (libs/telemetry), and at scrape time: process, projection and process-manager lag, due deadlines, and whether the database answers
 * (issue 18: an outage, a full disk or exhausted connections show here). No personal data. While the database is
 * away the database-backed gauges keep their last values and `ap_database_up` is 0.
 */
@ApiTags('health')
@Public()
@Probe()
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();

  constructor(@Inject(DATABASE) db: DatabaseConnection) {
    collectDefaultMetrics({ register: this.registry });
    const pool = db.pool;
    for (const gauge of GAUGES)
      new Gauge({
        name: gauge.name,
        help: gauge.help,
        labelNames: gauge.labelNames ?? [],
        registers: [this.registry],
        async collect() {
          await withTimeout(gauge.collect.call(this, pool)).catch(() => undefined);
        },
      });
    new Gauge({
      name: 'ap_database_up',
      help: 'Whether PostgreSQL answered this scrape (1) or not (0)',
      registers: [this.registry],
      async collect() {
        this.set(
          await withTimeout(pool.query('SELECT 1')).then(
            () => 1,
            () => 0,
          ),
        );
      },
    });
    new Gauge({
      name: 'ap_database_faults',
      help: 'Requests answered 503 because of the database since start, by reason (unreachable, timeout, too_many_connections, disk_full, shutting_down)',
      labelNames: ['reason'],
      registers: [this.registry],
      collect() {
        for (const [reason, n] of databaseFaults.totals()) this.set({ reason }, n);
      },
    });
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  @ApiOperation({ summary: 'Prometheus metrics' })
  @ApiOkResponse({
    content: {
      'text/plain': { schema: { type: 'string', description: 'The Prometheus text exposition format 0.0.4' } },
    },
  })
  metrics(): Promise<string> {
    // The process-wide instruments (HTTP, appends, subscription lag, deadline lateness, notifications) beside these gauges.
    return Registry.merge([this.registry, metricsRegistry]).metrics();
  }
}
