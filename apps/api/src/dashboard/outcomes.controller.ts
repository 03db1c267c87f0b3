import { Controller, Get, HttpStatus, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK } from '@ap/application';
import { isIsoDate, type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { problem, ProblemException } from '../http/problem';
import type { ApiRequest } from '../http/request-context';
import { toCsv } from '../http/csv';
import { flatten, OutcomesQuery } from './outcomes.query';

/** The national AP performance framework's five measures over a period (see OutcomesQuery). */
@ApiTags('LA dashboard')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor', 'provider')
@Controller('la/outcomes')
export class OutcomesController {
  constructor(
    private readonly query: OutcomesQuery,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "Outcome measures for the caller's LA (or, for a provider, its own pupils) over a period; format=csv exports them",
  })
  @ApiQuery({ name: 'from', required: true, example: '2025-09-01' })
  @ApiQuery({ name: 'to', required: true, example: '2026-07-31' })
  @ApiQuery({ name: 'provider', required: false })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProblems(400, 401, 403)
  async outcomes(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query() query: { from?: string; to?: string; provider?: string; format?: string },
  ) {
    for (const field of ['from', 'to'] as const) {
      if (!query[field] || !isIsoDate(query[field]!))
        throw new ProblemException(
          problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `${field} must be a date as YYYY-MM-DD`, {
            field,
            rule: 'isIsoDate',
          }),
        );
    }
    const isProvider = request.actor.role === 'provider';
    const { providers, total } = await this.query.outcomes(
      isProvider ? null : request.actor.organisationId,
      isProvider ? request.actor.organisationId : (query.provider ?? null),
      query.from!,
      query.to!,
      this.clock.now().slice(0, 10),
      isProvider ? request.actor.organisationId : `LA ${request.actor.organisationId}`,
    );
    if (query.format === 'csv') {
      response
        .type('text/csv')
        .setHeader('Content-Disposition', `attachment; filename="outcomes-${query.from}-${query.to}.csv"`);
      return toCsv([...providers, total].map(flatten), Object.keys(flatten(total)));
    }
    return { from: query.from, to: query.to, total, providers };
  }
}
