import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { CLOCK } from '@ap/application';
import { isEet, isPost16Destination, type Clock } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import type { ApiRequest } from '../http/request-context';
import { toCsv } from './dashboard.query';
import { ApiPeriodQuery, periodFrom } from './school-year';

type Row = {
  provider_id: string;
  part_time_pupils: number;
  reviews: number;
  attendance: number | null;
  returned: number;
  sustained: number;
  followed_up: number;
  english_recorded: number;
  maths_recorded: number;
  english_improved: number;
  maths_improved: number;
  post16: string[] | null;
};

/**
 * The national AP performance framework's five measures (SEND and AP Improvement Plan 2023), per provider and for
 * the LA over a period: outreach, attendance, reintegration, attainment in English and maths, post-16 destinations.
 */
@ApiTags('LA dashboard')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor', 'provider')
@Controller('la/outcomes')
export class OutcomesController {
  constructor(
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
  @ApiProblems(400, 401, 403)
  async outcomes(
    @Req() request: ApiRequest,
    @Res({ passthrough: true }) response: Response,
    @Query() query: { from?: string; to?: string; provider?: string; format?: string },
  ) {
    const { from, to } = periodFrom(query, this.clock.now().slice(0, 10));
    const isProvider = request.actor.role === 'provider';
    const rows = await this.measures(
      isProvider ? null : request.actor.organisationId,
      isProvider ? request.actor.organisationId : (query.provider ?? null),
      from,
      to,
    );
    const names = await this.providerNames(rows.map((r) => r.provider_id));
    const providers = rows.map((row) => ({ ...toMeasures(row), providerName: names.get(row.provider_id) ?? null }));
    const total = toMeasures(
      rows.reduce(sum, zero(isProvider ? request.actor.organisationId : `LA ${request.actor.organisationId}`)),
    );
    if (query.format === 'csv') {
      response.type('text/csv').setHeader('Content-Disposition', `attachment; filename="outcomes-${from}-${to}.csv"`);
      return toCsv([...providers, { ...total, providerName: null }].map(flatten));
    }
    return { from, to, total, providers };
  }

  private async providerNames(ids: string[]): Promise<Map<string, string>> {
    const { rows } = await this.db.pool.query<{ provider_id: string; name: string }>(
      'SELECT provider_id, name FROM rm_providers WHERE provider_id = ANY($1)',
      [ids],
    );
    return new Map(rows.map((r) => [r.provider_id, r.name]));
  }

  private async measures(la: string | null, provider: string | null, from: string, to: string): Promise<Row[]> {
    const { rows } = await this.db.pool.query<Row>(
      `WITH scope AS (
         SELECT * FROM rm_placements WHERE ($1::text IS NULL OR commissioner_la = $1) AND ($2::text IS NULL OR provider_id = $2)
           AND start_date <= $4::date AND coalesce(ended_on, 'infinity') >= $3::date),
       reviews AS (
         SELECT r.*, s.provider_id, row_number() OVER (PARTITION BY r.placement_id ORDER BY r.held_on) AS first_n,
                row_number() OVER (PARTITION BY r.placement_id ORDER BY r.held_on DESC) AS last_n
           FROM rm_reviews r JOIN scope s USING (placement_id) WHERE r.held_on BETWEEN $3 AND $4),
       progress AS (
         SELECT placement_id, provider_id,
                max(english) FILTER (WHERE last_n = 1) AS english_last, max(english) FILTER (WHERE first_n = 1) AS english_first,
                max(maths) FILTER (WHERE last_n = 1) AS maths_last, max(maths) FILTER (WHERE first_n = 1) AS maths_first
           FROM reviews GROUP BY placement_id, provider_id)
       SELECT s.provider_id,
              count(DISTINCT s.upn) FILTER (WHERE NOT s.full_time)::int AS part_time_pupils,
              (SELECT count(*) FROM reviews r WHERE r.provider_id = s.provider_id)::int AS reviews,
              (SELECT avg(attendance_percent)::float FROM reviews r WHERE r.provider_id = s.provider_id) AS attendance,
              count(t.placement_id) FILTER (WHERE t.destination_kind IN ('home_school', 'mainstream_school') AND t.starts_on BETWEEN $3 AND $4)::int AS returned,
              count(t.placement_id) FILTER (WHERE t.destination_kind IN ('home_school', 'mainstream_school') AND t.starts_on BETWEEN $3 AND $4 AND t.sustained)::int AS sustained,
              count(t.placement_id) FILTER (WHERE t.destination_kind IN ('home_school', 'mainstream_school') AND t.starts_on BETWEEN $3 AND $4 AND t.sustained IS NOT NULL)::int AS followed_up,
              (SELECT count(*) FROM progress p WHERE p.provider_id = s.provider_id AND p.english_last IS NOT NULL)::int AS english_recorded,
              (SELECT count(*) FROM progress p WHERE p.provider_id = s.provider_id AND p.maths_last IS NOT NULL)::int AS maths_recorded,
              (SELECT count(*) FROM progress p WHERE p.provider_id = s.provider_id AND p.english_last ~ '^[0-9.]+$' AND p.english_first ~ '^[0-9.]+$' AND p.english_last::numeric > p.english_first::numeric)::int AS english_improved,
              (SELECT count(*) FROM progress p WHERE p.provider_id = s.provider_id AND p.maths_last ~ '^[0-9.]+$' AND p.maths_first ~ '^[0-9.]+$' AND p.maths_last::numeric > p.maths_first::numeric)::int AS maths_improved,
              array_agg(t.post16) FILTER (WHERE t.post16 IS NOT NULL AND t.starts_on BETWEEN $3 AND $4) AS post16
         FROM scope s LEFT JOIN rm_transitions t USING (placement_id)
        GROUP BY s.provider_id ORDER BY s.provider_id`,
      [la, provider, from, to],
    );
    return rows;
  }
}

const zero = (providerId: string): Row => ({
  provider_id: providerId,
  part_time_pupils: 0,
  reviews: 0,
  attendance: null,
  returned: 0,
  sustained: 0,
  followed_up: 0,
  english_recorded: 0,
  maths_recorded: 0,
  english_improved: 0,
  maths_improved: 0,
  post16: [],
});

function sum(total: Row, row: Row): Row {
  const weighted = (total.attendance ?? 0) * total.reviews + (row.attendance ?? 0) * row.reviews;
  const reviews = total.reviews + row.reviews;
  return {
    ...total,
    part_time_pupils: (total.part_time_pupils ?? 0) + row.part_time_pupils,
    reviews,
    attendance: reviews > 0 ? weighted / reviews : null,
    returned: (total.returned ?? 0) + row.returned,
    sustained: (total.sustained ?? 0) + row.sustained,
    followed_up: (total.followed_up ?? 0) + row.followed_up,
    english_recorded: (total.english_recorded ?? 0) + row.english_recorded,
    maths_recorded: (total.maths_recorded ?? 0) + row.maths_recorded,
    english_improved: (total.english_improved ?? 0) + row.english_improved,
    maths_improved: (total.maths_improved ?? 0) + row.maths_improved,
    post16: [...(total.post16 ?? []), ...(row.post16 ?? [])],
  };
}

function toMeasures(row: Row) {
  const destinations = (row.post16 ?? []).filter(isPost16Destination);
  const eet = destinations.filter(isEet).length;
  const rate = (n: number, of: number) => (of > 0 ? Math.round((1000 * n) / of) / 10 : null);
  return {
    providerId: row.provider_id,
    outreach: { pupilsSupportedPartTime: row.part_time_pupils ?? 0 },
    attendance: {
      reviews: row.reviews ?? 0,
      averagePercent:
        row.attendance === null || row.attendance === undefined ? null : Math.round(row.attendance * 10) / 10,
    },
    reintegration: {
      returned: row.returned ?? 0,
      followedUp: row.followed_up ?? 0,
      sustained: row.sustained ?? 0,
      sustainedPercent: rate(row.sustained ?? 0, row.followed_up ?? 0),
    },
    attainment: {
      englishRecorded: row.english_recorded ?? 0,
      englishImproved: row.english_improved ?? 0,
      mathsRecorded: row.maths_recorded ?? 0,
      mathsImproved: row.maths_improved ?? 0,
    },
    post16: {
      recorded: destinations.length,
      eet,
      neet: destinations.filter((d) => d.startsWith('neet')).length,
      eetPercent: rate(eet, destinations.length),
    },
  };
}

const flatten = (m: ReturnType<typeof toMeasures> & { providerName: string | null }): Record<string, unknown> => ({
  providerId: m.providerId,
  providerName: m.providerName,
  outreachPupilsPartTime: m.outreach.pupilsSupportedPartTime,
  reviews: m.attendance.reviews,
  attendancePercent: m.attendance.averagePercent,
  returned: m.reintegration.returned,
  followedUp: m.reintegration.followedUp,
  sustained: m.reintegration.sustained,
  englishRecorded: m.attainment.englishRecorded,
  englishImproved: m.attainment.englishImproved,
  mathsRecorded: m.attainment.mathsRecorded,
  mathsImproved: m.attainment.mathsImproved,
  post16Recorded: m.post16.recorded,
  post16Eet: m.post16.eet,
  post16Neet: m.post16.neet,
});
