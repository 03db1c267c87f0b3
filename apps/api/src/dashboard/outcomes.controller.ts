import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiOkJsonOrCsv, ApiProblems } from '../http/api-problems.decorator';
import { OutcomesDto } from './dashboard.response.dto';
import type { ApiRequest } from '../http/request-context';
import { outcomesCsv } from './outcomes.csv';
import { flatten, OutcomesQuery } from './outcomes.query';
import { ApiPeriodQuery, periodFrom } from './school-year';

/** The national AP performance framework's five measures over a period (see OutcomesQuery). */
@ApiTags('LA dashboard')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor', 'provider')
@Controller('la/outcomes')
export class OutcomesController {
  constructor(
    private readonly query: OutcomesQuery,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "Outcome measures for the caller's LA (or, for a provider, its own pupils) over a period; format=csv exports them",
  })
  @ApiPeriodQuery()
  @ApiQuery({ name: 'provider', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkJsonOrCsv(OutcomesDto, 'With format=csv: one row per provider, then the total')
  @ApiProblems(400, 401, 403)
  async outcomes(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query() query: { from?: string; to?: string; provider?: string; format?: string },
  ) {
    const { from, to } = periodFrom(query, this.clock.now().slice(0, 10));
    const isProvider = request.actor.role === 'provider';
    const { providers, total } = await this.query.outcomes(
      isProvider ? null : request.actor.organisationId,
      isProvider ? request.actor.organisationId : (query.provider ?? null),
      from,
      to,
      this.clock.now().slice(0, 10),
      isProvider ? request.actor.organisationId : `LA ${request.actor.organisationId}`,
    );
    const names = await this.providerNames(providers.map((p) => p.providerId));
    if (query.format === 'csv') {
      response.type('text/csv').setHeader('Content-Disposition', `attachment; filename="outcomes-${from}-${to}.csv"`);
      return outcomesCsv(
        providers.map((p) => ({ ...flatten(p), providerName: names.get(p.providerId) ?? null })),
        { ...flatten(total), providerName: isProvider ? 'Total' : 'All providers' },
      );
    }
    return {
      from,
      to,
      total,
      providers: providers.map((p) => ({ ...p, providerName: names.get(p.providerId) ?? null })),
    };
  }

  private async providerNames(ids: string[]): Promise<Map<string, string>> {
    const { rows } = await this.db.pool.query<{ provider_id: string; name: string }>(
      'SELECT provider_id, name FROM rm_providers WHERE provider_id = ANY($1)',
      [ids],
    );
    return new Map(rows.map((r) => [r.provider_id, r.name]));
  }
}
