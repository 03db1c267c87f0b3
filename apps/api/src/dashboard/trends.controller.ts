import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { schoolDaysBetween, type Clock, type SchoolCalendar } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { CalendarResolver } from '../directory/calendar-resolver.service';
import { ApiProblems } from '../http/api-problems.decorator';
import { TrendsDto } from './dashboard.response.dto';
import type { ApiRequest } from '../http/request-context';
import { ApiPeriodQuery, periodFrom } from './school-year';
import { provisionStarts, referralsByReason, referralsBySchool, weeklyDay6 } from './trends.query';

/** How long after day 1 provision started, in school days of the excluding school (day 6 is the statutory limit). */
const BANDS = [
  { band: 'By day 5', upTo: 5 },
  { band: 'On day 6', upTo: 6 },
  { band: 'Days 7 to 10', upTo: 10 },
  { band: 'Day 11 or later', upTo: Infinity },
] as const;

/** The LA's trends over a period (default: this school year), drawn from the read models the worker keeps. */
@ApiTags('LA dashboard')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor')
@Controller('la/trends')
export class TrendsController {
  constructor(
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    private readonly calendars: CalendarResolver,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Day-6 clocks and breaches per week, time to first provision, and referrals by reason and by school, for the caller’s LA',
  })
  @ApiPeriodQuery()
  @ApiOkResponse({ type: TrendsDto })
  @ApiProblems(400, 401, 403)
  async trends(@Req() request: ApiRequest, @Query() query: { from?: string; to?: string }) {
    const la = request.actor.organisationId;
    const period = periodFrom(query, this.clock.now().slice(0, 10));
    const [weeks, starts, byReason, bySchool] = await Promise.all([
      weeklyDay6(this.db.pool, la, period),
      provisionStarts(this.db.pool, la, period),
      referralsByReason(this.db.pool, la, period),
      referralsBySchool(this.db.pool, la, period),
    ]);
    return {
      laCode: la,
      ...period,
      weeks,
      timeToFirstProvision: await this.timeToProvision(starts, la),
      referralsByReason: byReason,
      referralsBySchool: bySchool,
    };
  }

  private async timeToProvision(starts: Awaited<ReturnType<typeof provisionStarts>>, la: string) {
    const cache = new Map<string, SchoolCalendar>();
    const days: number[] = [];
    for (const clock of starts) {
      if (!clock.startedOn) continue;
      const urn = clock.schoolUrn ?? '';
      if (!cache.has(urn)) cache.set(urn, await this.calendars.forSchool(urn, la));
      days.push(Math.max(1, schoolDaysBetween(cache.get(urn)!, clock.day1, clock.startedOn)));
    }
    days.sort((a, b) => a - b);
    const bands = BANDS.map(({ band, upTo }, i) => ({
      band,
      clocks: days.filter((d) => d <= upTo && (i === 0 || d > BANDS[i - 1]!.upTo)).length,
    }));
    return {
      started: days.length,
      notStarted: starts.filter((s) => !s.startedOn && s.status !== 'closed').length,
      medianSchoolDays: days.length ? days[Math.floor((days.length - 1) / 2)]! : null,
      bands,
    };
  }
}
