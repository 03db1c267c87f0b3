import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import type { PupilSignals } from '@ap/domain';

type Scope = Readonly<{ kind: 'la' | 'school'; id: string }>;

/**
 * What the read models show about each pupil a caller is party to: suspensions, a part-time timetable, the latest
 * attendance reported, declined referrals, and what has been tried (outreach and referrals). A school sees only its
 * own exclusions of a pupil (exclusions are scoped per school). Providers are named as the directory names them, and a
 * placement's status in the words the placement pages use.
 */
@Injectable()
export class AtRiskQuery {
  constructor(@Inject(DATABASE) private readonly db: DatabaseConnection) {}

  async signals(scope: Scope): Promise<PupilSignals[]> {
    const la = scope.kind === 'la';
    const { rows } = await this.db.pool.query<{
      upn: string;
      suspensions: string[] | null;
      part_time: boolean;
      attendance: number | null;
      declined: number;
      tried: string[] | null;
    }>(
      `WITH pupils AS (
         SELECT upn FROM rm_pupil_exclusions WHERE ${la ? '(school_la = $1 OR home_la = $1)' : 'school_urn = $1'}
         UNION SELECT upn FROM rm_placements WHERE ${la ? 'commissioner_la' : 'commissioner_id'} = $1
         UNION SELECT upn FROM rm_outreach WHERE ${la ? 'la_code' : 'school_urn'} = $1
         UNION SELECT upn FROM rm_referrals WHERE ${la ? 'commissioner_la' : 'commissioner_id'} = $1 AND upn IS NOT NULL),
       subjects AS (
         SELECT upn, referral_id AS id FROM rm_referrals UNION ALL SELECT upn, placement_id FROM rm_placements
         UNION ALL SELECT upn, outreach_id FROM rm_outreach)
       SELECT p.upn,
              (SELECT array_agg(to_char(e.start_date, 'YYYY-MM-DD')) FROM rm_pupil_exclusions e
                WHERE e.upn = p.upn AND e.exclusion_type = 'SUSP' AND NOT e.cancelled ${la ? '' : 'AND e.school_urn = $1'}) AS suspensions,
              EXISTS (SELECT 1 FROM rm_placements pl WHERE pl.upn = p.upn AND pl.status IN ('planned', 'active') AND NOT pl.full_time) AS part_time,
              (SELECT a.percent::float FROM rm_attendance a JOIN subjects s ON s.id = a.subject_id
                WHERE s.upn = p.upn ORDER BY a.as_of DESC LIMIT 1) AS attendance,
              (SELECT count(*) FROM rm_referral_declines d JOIN rm_referrals r USING (referral_id) WHERE r.upn = p.upn)::int AS declined,
              (SELECT array_agg(t ORDER BY t) FROM (
                 SELECT 'Outreach from ' || coalesce(op.name, o.provider_id) || ' (' || o.status || ', ' || o.sessions || ' sessions'
                        || coalesce(', objectives ' || replace(o.objectives_met, '_', ' '), '') || ')' AS t
                   FROM rm_outreach o LEFT JOIN rm_providers op ON op.provider_id = o.provider_id WHERE o.upn = p.upn
                 UNION SELECT DISTINCT jsonb_array_elements_text(o.tried) FROM rm_outreach o WHERE o.upn = p.upn
                 UNION SELECT 'Tier ' || coalesce(pl.tier::text, '?') || ' placement at ' || coalesce(pp.name, pl.provider_id)
                        || ' (' || CASE pl.status WHEN 'planned' THEN 'not started' WHEN 'active' THEN 'attending' ELSE pl.status END || ')'
                   FROM rm_placements pl LEFT JOIN rm_providers pp ON pp.provider_id = pl.provider_id WHERE pl.upn = p.upn) tried) AS tried
         FROM pupils p`,
      [scope.id],
    );
    return rows.map((r) => ({
      upn: r.upn,
      suspensions: r.suspensions ?? [],
      partTime: r.part_time,
      ...(r.attendance === null ? {} : { attendancePercent: r.attendance }),
      declinedReferrals: r.declined,
      tried: r.tried ?? [],
    }));
  }
}
