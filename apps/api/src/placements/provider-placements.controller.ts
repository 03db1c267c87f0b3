import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AggregateReader, CLOCK } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import type { Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import type { ApiRequest } from '../http/request-context';
import { ProviderPlacementsDto } from './placement.response.dto';

type Row = Readonly<{ placementId: string; status: string; startDate: string } & Record<string, unknown>>;

@ApiTags('placements')
@ApiBearerAuth()
@Controller('providers/me/placements')
export class ProviderPlacementsController {
  constructor(
    private readonly reader: AggregateReader,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('provider')
  @ApiOperation({
    summary: "A provider's current placements (planned and active): pupils by name, start and next review due",
  })
  @ApiOkResponse({ type: ProviderPlacementsDto })
  @ApiProblems(401, 403)
  async list(@Req() request: ApiRequest) {
    const { rows } = await this.db.pool.query<Row>(
      `SELECT p.placement_id AS "placementId", p.status, r.pupil_name AS "pupilName", r.year_group AS "yearGroup",
              coalesce(s.name, la.name, CASE WHEN p.commissioner_id ~ '^[0-9]{3}$' THEN 'Local authority ' || p.commissioner_id END) AS "schoolName", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(p.started_on, 'YYYY-MM-DD') AS "startedOn", p.hours_per_week::float8 AS "hoursPerWeek",
              p.full_time AS "fullTime"
         FROM rm_placements p
         LEFT JOIN rm_referrals r ON r.referral_id = p.referral_id
         LEFT JOIN rm_schools s ON s.urn = p.commissioner_id
         -- A permanent exclusion's placement is commissioned by the LA itself (its code): by name, else by its code.
         LEFT JOIN rm_local_authorities la ON la.la_code = p.commissioner_id
        WHERE p.provider_id = $1 AND p.status IN ('planned', 'active')
        ORDER BY p.start_date, r.pupil_name, p.placement_id LIMIT 500`,
      [request.actor.organisationId],
    );
    // The next review is set by the last one recorded: the placement's own record holds it, not the list's table.
    const items = await Promise.all(
      rows.map(async (row) => {
        const { state } = await this.reader.load('placement', row.placementId);
        const next = state.status === 'active' ? (state.nextReviewDate ?? null) : null;
        return { ...row, nextReviewDate: next };
      }),
    );
    return { items, today: this.clock.now().slice(0, 10) };
  }
}
