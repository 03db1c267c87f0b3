import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { effectiveOutreach, isEet, isPost16Destination, type OutreachEpisode } from '@ap/domain';

type Row = {
  outreach?: ReturnType<typeof effectiveOutreach>;
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
 * the LA over a period: effective outreach, attendance, reintegration, attainment in English and maths, post-16.
 */
@Injectable()
export class OutcomesQuery {
  constructor(@Inject(DATABASE) private readonly db: DatabaseConnection) {}

  /** Per provider and the total, for an LA (or one provider), over [from, to], as it stands on `today`. */
  async outcomes(
    la: string | null,
    provider: string | null,
    from: string,
    to: string,
    today: string,
    totalName: string,
  ) {
    const rows = await this.measures(la, provider, from, to);
    const outreach = await this.outreach(la, provider, from, to, today);
    const byProvider = new Map(rows.map((r) => [r.provider_id, r]));
    for (const id of new Set(outreach.episodes.map((e) => e.providerId)))
      if (!byProvider.has(id)) byProvider.set(id, zero(id));
    const all = [...byProvider.values()].sort((a, b) => a.provider_id.localeCompare(b.provider_id));
    const asOf = to < today ? to : today;
    for (const row of all)
      row.outreach = effectiveOutreach(
        outreach.episodes.filter((e) => e.providerId === row.provider_id),
        outreach.exclusions,
        asOf,
      );
    const total = all.reduce(sum, zero(totalName));
    total.outreach = effectiveOutreach(outreach.episodes, outreach.exclusions, asOf);
    return { providers: all.map(toMeasures), total: toMeasures(total) };
  }

  /** Outreach episodes closed in the period, and every exclusion of their pupils (any school, any LA). */
  private async outreach(la: string | null, provider: string | null, from: string, to: string, today: string) {
    const { rows: episodes } = await this.db.pool.query<OutreachEpisode>(
      `SELECT outreach_id AS "outreachId", upn, provider_id AS "providerId", to_char(closed_on, 'YYYY-MM-DD') AS "closedOn"
         FROM rm_outreach WHERE status = 'closed' AND closed_on BETWEEN $3 AND $4 AND closed_on <= $5
          AND ($1::text IS NULL OR la_code = $1) AND ($2::text IS NULL OR provider_id = $2)`,
      [la, provider, from, to, today],
    );
    const { rows: exclusions } = await this.db.pool.query(
      `SELECT upn, exclusion_type AS "exclusionType", to_char(start_date, 'YYYY-MM-DD') AS "startDate", cancelled
         FROM rm_pupil_exclusions WHERE upn = ANY($1)`,
      [[...new Set(episodes.map((e) => e.upn))]],
    );
    return { episodes, exclusions };
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
    outreach: row.outreach ?? effectiveOutreach([], [], '1970-01-01'),
    partTimePupils: row.part_time_pupils ?? 0,
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

export const flatten = (m: ReturnType<typeof toMeasures>): Record<string, unknown> => ({
  providerId: m.providerId,
  outreachEpisodes: m.outreach.episodes,
  outreachAssessable: m.outreach.assessable,
  outreachStayedInSchool: m.outreach.stayedInSchool,
  partTimePupils: m.partTimePupils,
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
