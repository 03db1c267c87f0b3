import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import type { CafeReason } from '@ap/domain';

export type WorklistEntry = {
  upn: string;
  reasons: CafeReason[];
  facts: Array<Record<string, unknown>>;
  lastReviewedOn: string | null;
  openActions: number;
};

/**
 * Every pupil known to the engine in the LA who is not receiving full-time education (EA 1996 s19; §0 full-time
 * benchmark): no provision from day 6, a part-time timetable or hours below the benchmark, or too ill to attend
 * with no full-time placement. Each reason comes with the facts the panel needs, schools and providers by name.
 */
@Injectable()
export class CafeWorklistQuery {
  constructor(@Inject(DATABASE) private readonly db: DatabaseConnection) {}

  async worklist(la: string, today: string): Promise<WorklistEntry[]> {
    const { rows } = await this.db.pool.query<{ upn: string; reason: CafeReason; facts: Record<string, unknown> }>(
      `SELECT upn, 'no_provision_after_day6' AS reason,
              jsonb_build_object('schoolUrn', school_urn, 'day6', to_char(day6, 'YYYY-MM-DD'), 'status', status,
                                 'responsible', responsible_kind || ' ' || responsible_id,
                                 'schoolName', (SELECT s.name FROM rm_schools s WHERE s.urn = rm_day6.school_urn)) AS facts
         FROM rm_day6 WHERE la_code = $1 AND (status = 'breached' OR (status = 'open' AND day6 < $2::date))
       UNION ALL
       SELECT upn, CASE WHEN part_time_since IS NOT NULL THEN 'part_time_timetable' ELSE 'below_benchmark' END,
              jsonb_build_object('placementId', placement_id, 'providerId', provider_id, 'hoursPerWeek', hours_per_week::float,
                                 'since', to_char(coalesce(part_time_since, start_date), 'YYYY-MM-DD'),
                                 'endDate', to_char(part_time_end, 'YYYY-MM-DD'), 'tier', tier,
                                 'providerName', (SELECT pr.name FROM rm_providers pr WHERE pr.provider_id = rm_placements.provider_id))
         FROM rm_placements WHERE (commissioner_la = $1) AND status IN ('planned', 'active') AND NOT full_time
       UNION ALL
       SELECT r.upn, 'ill_out_of_school', jsonb_build_object('referralId', r.referral_id, 'status', r.status,
              'commissionerId', r.commissioner_id, 'since', to_char(r.opened_at, 'YYYY-MM-DD'),
              'commissionerName', coalesce((SELECT s.name FROM rm_schools s WHERE s.urn = r.commissioner_id),
                                           (SELECT la.name FROM rm_local_authorities la WHERE la.la_code = r.commissioner_id)))
         FROM rm_referrals r
        WHERE r.commissioner_la = $1 AND r.reason = 'illness' AND r.upn IS NOT NULL AND r.status NOT IN ('withdrawn', 'draft')
          AND NOT EXISTS (SELECT 1 FROM rm_placements p WHERE p.upn = r.upn AND p.full_time AND p.status = 'active')
          AND NOT EXISTS (SELECT 1 FROM rm_placements p WHERE p.referral_id = r.referral_id AND p.status = 'ended')
       ORDER BY 1, 2`,
      [la, today],
    );
    const reviews = await this.reviewsOf(la, [...new Set(rows.map((r) => r.upn))]);
    const byUpn = new Map<string, WorklistEntry>();
    for (const row of rows) {
      const entry = byUpn.get(row.upn) ?? {
        upn: row.upn,
        reasons: [],
        facts: [],
        lastReviewedOn: reviews.get(row.upn)?.last ?? null,
        openActions: reviews.get(row.upn)?.open ?? 0,
      };
      if (!entry.reasons.includes(row.reason)) entry.reasons.push(row.reason);
      entry.facts.push({ reason: row.reason, ...row.facts });
      byUpn.set(row.upn, entry);
    }
    // Never reviewed first, then the longest since a review.
    return [...byUpn.values()].sort(
      (a, b) => (a.lastReviewedOn ?? '').localeCompare(b.lastReviewedOn ?? '') || a.upn.localeCompare(b.upn),
    );
  }

  private async reviewsOf(la: string, upns: string[]) {
    const { rows } = await this.db.pool.query<{ upn: string; last: string; open: number }>(
      `SELECT r.upn, to_char(max(r.held_on), 'YYYY-MM-DD') AS last,
              (SELECT count(*) FROM rm_cafe_actions a WHERE a.la_code = $1 AND a.upn = r.upn AND a.completed_on IS NULL)::int AS open
         FROM rm_cafe_reviews r WHERE r.la_code = $1 AND r.upn = ANY($2) GROUP BY r.upn`,
      [la, upns],
    );
    return new Map(rows.map((r) => [r.upn, r]));
  }

  async reviews(la: string, upn: string | undefined, today: string) {
    const { rows } = await this.db.pool.query(
      `SELECT r.review_id AS "reviewId", r.upn, to_char(r.held_on, 'YYYY-MM-DD') AS "heldOn", r.attendees, r.reasons, r.recommendations,
              coalesce((SELECT jsonb_agg(jsonb_build_object('actionId', a.action_id, 'description', a.description, 'owner', a.owner,
                         'dueDate', to_char(a.due_date, 'YYYY-MM-DD'), 'completedOn', to_char(a.completed_on, 'YYYY-MM-DD'),
                         'overdue', a.completed_on IS NULL AND a.due_date < $3::date) ORDER BY a.due_date)
                         FROM rm_cafe_actions a WHERE a.review_id = r.review_id), '[]') AS actions
         FROM rm_cafe_reviews r WHERE r.la_code = $1 AND ($2::text IS NULL OR r.upn = $2) ORDER BY r.held_on DESC, r.review_id`,
      [la, upn ?? null, today],
    );
    return rows;
  }
}
