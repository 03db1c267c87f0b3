import type { Pool } from 'pg';

export type Period = Readonly<{ from: string; to: string }>;

/** Day-6 clocks started and breaches (day 6 passed without full-time provision) per week, Monday to Sunday. */
export async function weeklyDay6(pool: Pool, la: string, { from, to }: Period) {
  const { rows } = await pool.query<{ weekStarting: string; clocksStarted: number; breaches: number }>(
    `SELECT to_char(w, 'YYYY-MM-DD') AS "weekStarting",
            (SELECT count(*) FROM rm_day6 d WHERE d.la_code = $1 AND d.day1 >= w AND d.day1 < w + 7)::int AS "clocksStarted",
            (SELECT count(*) FROM rm_day6 d WHERE d.la_code = $1 AND d.status IN ('breached', 'met_late')
                AND d.day6 >= w AND d.day6 < w + 7)::int AS breaches
       FROM generate_series(date_trunc('week', $2::date), $3::date, interval '7 days') AS g(ts)
       CROSS JOIN LATERAL (SELECT g.ts::date AS w) x
      ORDER BY 1`,
    [la, from, to],
  );
  return rows;
}

/** Clocks that began in the period: when provision started (a school-day count is made by the caller). */
export async function provisionStarts(pool: Pool, la: string, { from, to }: Period) {
  const { rows } = await pool.query<{
    schoolUrn: string | null;
    day1: string;
    startedOn: string | null;
    status: string;
  }>(
    `SELECT school_urn AS "schoolUrn", to_char(day1, 'YYYY-MM-DD') AS day1, to_char(started_on, 'YYYY-MM-DD') AS "startedOn", status
       FROM rm_day6 WHERE la_code = $1 AND day1 BETWEEN $2 AND $3`,
    [la, from, to],
  );
  return rows;
}

/** Referrals submitted in the period by the LA's schools or for its residents, by reason. */
export async function referralsByReason(pool: Pool, la: string, { from, to }: Period) {
  const { rows } = await pool.query<{ reason: string; referrals: number }>(
    `SELECT reason, count(*)::int AS referrals FROM rm_referrals
      WHERE (commissioner_la = $1 OR home_la = $1) AND submitted_at::date BETWEEN $2 AND $3
      GROUP BY reason ORDER BY referrals DESC, reason`,
    [la, from, to],
  );
  return rows;
}

/** Which schools use AP most: referrals each school submitted in the period, and how many pupils they were for. */
export async function referralsBySchool(pool: Pool, la: string, { from, to }: Period) {
  const { rows } = await pool.query<{ urn: string; name: string | null; referrals: number; pupils: number }>(
    `SELECT r.commissioner_id AS urn, s.name, count(*)::int AS referrals, count(DISTINCT r.upn)::int AS pupils
       FROM rm_referrals r LEFT JOIN rm_schools s ON s.urn = r.commissioner_id
      WHERE r.commissioner_kind = 'school' AND r.commissioner_la = $1 AND r.submitted_at::date BETWEEN $2 AND $3
      GROUP BY r.commissioner_id, s.name ORDER BY referrals DESC, urn`,
    [la, from, to],
  );
  return rows;
}
