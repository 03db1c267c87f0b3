import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DATABASE, type DatabaseConnection } from '@ap/database';

@ApiTags('health')
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
    return this.health.check([() => this.databaseStatus()]);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is up' })
  live() {
    return { status: 'ok' };
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
