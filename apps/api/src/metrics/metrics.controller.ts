import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { projectionLag } from '@ap/read-models';
import { NOTIFIER_CATEGORIES, notifierHealth } from '@ap/notifications';
import { Public } from '../auth/auth.decorators';

/** Prometheus metrics: process, projection lag and due deadlines. No personal data. */
@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();

  constructor(@Inject(DATABASE) private readonly db: DatabaseConnection) {
    collectDefaultMetrics({ register: this.registry });
    const pool = db.pool;
    new Gauge({
      name: 'ap_projection_lag_events',
      help: 'Events a projection has yet to apply',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const lag of await projectionLag(pool)) this.set({ projection: lag.name }, lag.eventsBehind);
      },
    });
    new Gauge({
      name: 'ap_projection_lag_seconds',
      help: 'Age of the oldest event a projection has yet to apply',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const lag of await projectionLag(pool)) this.set({ projection: lag.name }, lag.secondsBehind);
      },
    });
    new Gauge({
      name: 'ap_parked_events',
      help: 'Events a process manager set aside after repeated failures (see parked_events)',
      registers: [this.registry],
      async collect() {
        const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM parked_events');
        this.set(Number(rows[0].n));
      },
    });
    new Gauge({
      name: 'ap_notifications',
      help: 'The notifier: events behind the log, and outbox messages pending, held for a digest, parked and bounced',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const h = await notifierHealth(pool, NOTIFIER_CATEGORIES);
        this.set({ state: 'events_behind' }, h.eventsBehind);
        this.set({ state: 'pending' }, h.pending);
        this.set({ state: 'held' }, h.held);
        this.set({ state: 'parked' }, h.parked);
        this.set({ state: 'bounced' }, h.bounced);
      },
    });
    new Gauge({
      name: 'ap_deadlines_due',
      help: 'Process-manager deadlines that are due and not yet handled',
      registers: [this.registry],
      async collect() {
        const { rows } = await pool.query<{ n: string }>(
          'SELECT count(*)::text AS n FROM deadlines WHERE due_at <= now()',
        );
        this.set(Number(rows[0].n));
      },
    });
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  @ApiOperation({ summary: 'Prometheus metrics' })
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
