import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { projectionLag } from '@ap/read-models';
import { NOTIFIER_CATEGORIES, notifierHealth } from '@ap/notifications';
import { Public } from '../auth/auth.decorators';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(DATABASE) private readonly database: DatabaseConnection,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: the process is up and PostgreSQL answers' })
  check() {
    return this.health.check([
      () => this.databaseStatus(),
      () => this.projectionsStatus(),
      () => this.notificationsStatus(),
    ]);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is up' })
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
      const { rows } = await this.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM parked_events');
      return indicator.up({ lag: await projectionLag(this.database.pool), parkedEvents: rows[0].n });
    } catch (error) {
      return indicator.down({ error: (error as Error).message });
    }
  }

  /** The notifier's lag behind the log and its outbox (pending, held for a digest, parked, bounced); reported, not a readiness failure. */
  private async notificationsStatus() {
    const indicator = this.indicators.check('notifications');
    try {
      return indicator.up({ ...(await notifierHealth(this.database.pool, NOTIFIER_CATEGORIES)) });
    } catch (error) {
      return indicator.down({ error: (error as Error).message });
    }
  }

  private async databaseStatus() {
    const indicator = this.indicators.check('database');
    const started = performance.now();
    try {
      const { rows } = await this.database.pool.query<{ server_version: string }>('SHOW server_version');
      return indicator.up({
        embedded: this.database.embedded,
        serverVersion: rows[0].server_version,
        responseTimeMs: Math.round(performance.now() - started),
      });
    } catch (error) {
      return indicator.down({ embedded: this.database.embedded, error: (error as Error).message });
    }
  }
}
