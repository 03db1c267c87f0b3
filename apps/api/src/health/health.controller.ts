import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DATABASE, databaseFaults, type DatabaseConnection } from '@ap/database';
import { subscriptionLag } from '@ap/event-store';
import { projectionLag } from '@ap/read-models';
import { NOTIFIER_CATEGORIES, notifierHealth } from '@ap/notifications';
import { Probe, Public } from '../auth/auth.decorators';
import { LivenessDto } from './health.response.dto';
import { withTimeout } from './with-timeout';

/**
 * Subscribers whose lag /health reports besides the projections, by checkpoint-name prefix. A notifier that keeps its
 * checkpoint with subscribeInTransaction under `notifier:` adds `{ indicator: 'notifications', prefix: 'notifier:' }`.
 */
export const LAG_REPORTS: ReadonlyArray<Readonly<{ indicator: string; prefix: string }>> = [
  { indicator: 'processes', prefix: 'process:' },
];

@ApiTags('health')
@Public()
@Probe()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(DATABASE) private readonly database: DatabaseConnection,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: the process is up and PostgreSQL answers and accepts writes (503 otherwise)' })
  check() {
    return this.health.check([
      () => this.databaseStatus(),
      () => this.projectionsStatus(),
      ...LAG_REPORTS.map((r) => () => this.lagStatus(r.indicator, r.prefix)),
      () => this.notificationsStatus(),
    ]);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is up' })
  @ApiOkResponse({ type: LivenessDto })
  live() {
    return { status: 'ok' };
  }

  /**
   * How far each read model is behind the log (events and seconds), and how many events a process manager parked
   * after repeated failures; reported, not a readiness failure.
   */
  private async projectionsStatus() {
    const indicator = this.indicators.check('projections');
    try {
      const [lag, parked] = await withTimeout(
        Promise.all([
          projectionLag(this.database.pool),
          this.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM parked_events'),
        ]),
      );
      return indicator.up({ lag, parkedEvents: parked.rows[0].n });
    } catch (error) {
      return indicator.down({ error: (error as Error).message });
    }
  }

  /** The notifier's lag behind the log and its outbox (pending, held for a digest, parked, bounced); reported, not a readiness failure. */
  private async notificationsStatus() {
    const indicator = this.indicators.check('notifications');
    try {
      return indicator.up({ ...(await withTimeout(notifierHealth(this.database.pool, NOTIFIER_CATEGORIES))) });
    } catch (error) {
      return indicator.down({ error: (error as Error).message });
    }
  }

  private async lagStatus(name: string, prefix: string) {
    const indicator = this.indicators.check(name);
    try {
      return indicator.up({ lag: await withTimeout(subscriptionLag(this.database.pool, prefix)) });
    } catch (error) {
      return indicator.down({ error: (error as Error).message });
    }
  }

  /** Down when PostgreSQL does not answer in time, or refused writes lately (disk full, out of connections). */
  private async databaseStatus() {
    const indicator = this.indicators.check('database');
    const started = performance.now();
    const embedded = this.database.embedded;
    try {
      const { rows } = await withTimeout(this.database.pool.query<{ server_version: string }>('SHOW server_version'));
      const faults = databaseFaults.recent(10_000).filter((f) => f === 'disk_full' || f === 'too_many_connections');
      const details = {
        embedded,
        serverVersion: rows[0].server_version,
        responseTimeMs: Math.round(performance.now() - started),
      };
      return faults.length > 0 ? indicator.down({ ...details, recentFaults: faults }) : indicator.up(details);
    } catch (error) {
      return indicator.down({ embedded, error: (error as Error).message });
    }
  }
}
