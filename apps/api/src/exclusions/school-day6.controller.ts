import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { addCalendarDays, schoolDaysBetween, type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { termStart } from '../dashboard/dashboard.summary';
import { CalendarResolver } from '../directory/calendar-resolver.service';
import { laNameSql } from '../directory/organisation-names';
import { ApiProblems } from '../http/api-problems.decorator';
import type { ApiRequest } from '../http/request-context';
import {
  SchoolDay6ClocksDto,
  SchoolExclusionsDto,
  type SchoolDay6ClockDto,
  type SchoolExclusionDto,
} from './exclusion.response.dto';
import { isRecent, lastExcludedDay, recentSince, type ExclusionFacts } from './recent-exclusions';

type Row = Omit<SchoolDay6ClockDto, 'schoolDaysLeft' | 'responsible'> & {
  kind: 'la' | 'school';
  orgId: string;
  orgName: string | null;
};
type ExclusionRow = Omit<SchoolExclusionDto, 'lastDay'> & ExclusionFacts;

/**
 * The SQL bound, so only exclusions that may still be recent reach the calendar (which is slow per date): n sessions
 * cover at most ceil(n/2) school days, at most 7/5 calendar days each, plus the longest holidays one can span (a summer
 * holiday and a half term, under 70 days); the second bound (45 school days, the most in a year) serves the index.
 */
const HOLIDAY_SLACK_DAYS = 70;

/**
 * The school's home lists: the day-6 clocks its own exclusions started, and its recent exclusions, short suspensions
 * included (they start no day-6 clock, so without this list the school reaches them only from a referral or "Find a
 * pupil"); from either it gets back to each exclusion.
 */
@ApiTags('exclusions')
@ApiBearerAuth()
@Controller('schools/me')
export class SchoolDay6Controller {
  constructor(
    @Inject(DATABASE) private readonly db: DatabaseConnection,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendars: CalendarResolver,
  ) {}

  @Get('day6')
  @Roles('school')
  @ApiOperation({
    summary:
      "The caller school's open day-6 clocks, and this term's breached ones, the earliest day 6 first: pupils by name where the school has referred them, with school days left",
  })
  @ApiOkResponse({ type: SchoolDay6ClocksDto })
  @ApiProblems(401, 403)
  async list(@Req() request: ApiRequest): Promise<SchoolDay6ClocksDto> {
    const { organisationId: urn, laCode } = request.actor;
    const today = this.clock.now().slice(0, 10);
    const calendar = await this.calendars.forSchool(urn, laCode ?? '');
    // A breach stays on the list for the term it happened in: the pupil may still be waiting for provision.
    const { rows } = await this.db.pool.query<Row>(
      `SELECT d.period_id AS "dutyId", d.upn, r.pupil_name AS "pupilName", to_char(d.day1, 'YYYY-MM-DD') AS day1,
              to_char(d.day6, 'YYYY-MM-DD') AS day6, d.status, d.responsible_kind AS kind, d.responsible_id AS "orgId",
              d.looked_after AS "lookedAfter",
              CASE WHEN d.responsible_kind = 'la' THEN ${laNameSql('la.name', 'd.responsible_id')} ELSE s.name END AS "orgName"
         FROM rm_day6 d
         LEFT JOIN rm_local_authorities la ON d.responsible_kind = 'la' AND la.la_code = d.responsible_id
         LEFT JOIN rm_schools s ON d.responsible_kind = 'school' AND s.urn = d.responsible_id
         LEFT JOIN LATERAL (SELECT rr.pupil_name FROM rm_referrals rr WHERE rr.upn = d.upn AND rr.commissioner_id = $1
                             ORDER BY rr.opened_at DESC LIMIT 1) r ON true
        WHERE d.school_urn = $1 AND (d.status = 'open' OR (d.status = 'breached' AND d.day6 >= $2))
        ORDER BY d.day6, d.period_id LIMIT 500`,
      [urn, termStart(calendar, today)],
    );
    // Not an access-log entry, like the school's own referral list and a provider's inbox: it is the school's worklist
    // of its own exclusions, on its home page. Opening an exclusion (its record) is recorded.
    const items = rows.map(({ kind, orgId, orgName, ...row }) => ({
      ...row,
      responsible: { kind, organisationId: orgId, name: orgName },
      schoolDaysLeft: row.day6 <= today ? 0 : schoolDaysBetween(calendar, today, addCalendarDays(row.day6, -1)),
    }));
    return { items, today };
  }

  @Get('exclusions')
  @Roles('school')
  @ApiOperation({
    summary:
      "The caller school's recent exclusions, the latest first: current or to come, or ended within the last 14 calendar days (a permanent one for 14 days from its first day); cancelled ones are left out",
  })
  @ApiOkResponse({ type: SchoolExclusionsDto })
  @ApiProblems(401, 403)
  async recentExclusions(@Req() request: ApiRequest): Promise<SchoolExclusionsDto> {
    const { organisationId: urn, laCode } = request.actor;
    const today = this.clock.now().slice(0, 10);
    const [calendar, { rows }] = await Promise.all([
      this.calendars.forSchool(urn, laCode ?? ''),
      // Only the caller's own exclusions: another school's never reach the list.
      this.db.pool.query<ExclusionRow>(
        `SELECT x.exclusion_id AS "exclusionId", x.upn, r.pupil_name AS "pupilName", x.exclusion_type AS "exclusionType",
                to_char(x.start_date, 'YYYY-MM-DD') AS "startDate", x.starts_part_way AS "startsPartWay", x.sessions
           FROM rm_pupil_exclusions x
           LEFT JOIN LATERAL (SELECT rr.pupil_name FROM rm_referrals rr WHERE rr.upn = x.upn AND rr.commissioner_id = $1
                               ORDER BY rr.opened_at DESC LIMIT 1) r ON true
          WHERE x.school_urn = $1 AND NOT x.cancelled
            AND x.start_date >= $2::date - ($3::int + CEIL(COALESCE(x.sessions, 0) / 2.0 * 7 / 5)::int)
            AND x.start_date >= $2::date - ($3::int + 63)
          ORDER BY x.start_date DESC, x.exclusion_id LIMIT 500`,
        [urn, recentSince(today), HOLIDAY_SLACK_DAYS],
      ),
    ]);
    // Not an access-log entry, like the day-6 list beside it on the school's home: the school's worklist of its own
    // exclusions. Opening an exclusion (its record) is recorded.
    const items = rows
      .map((row) => ({ ...row, lastDay: lastExcludedDay(row, calendar) }))
      .filter((row) => isRecent(row, row.lastDay, today));
    return { items, today, since: recentSince(today) };
  }
}
