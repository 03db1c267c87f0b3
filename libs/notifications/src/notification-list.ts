import type { Pool } from 'pg';

/**
 * Who and what a notification is about, found when it is listed (not copied into the notification): the pupil's
 * name as the organisation's own referrals record it, else only the UPN; the excluding or commissioning school by
 * name; and the records a user opens to act. Names are shown only in the service, to a signed-in user of the
 * organisation told; emails keep to what happened and by when (issue 15: no names, UPNs or special-category detail).
 */
export type NotificationAbout = Readonly<{
  upn: string | null;
  pupilName: string | null;
  schoolUrn: string | null;
  schoolName: string | null;
  exclusionId: string | null;
  referralId: string | null;
  placementId: string | null;
}>;

export type NotificationItem = Readonly<{
  id: string;
  kind: string;
  title: string;
  dueBy: string | null;
  record: Readonly<{ kind: string; id: string }>;
  about: NotificationAbout;
  /** It no longer needs anyone (see RESOLVED): not counted as unread. */
  resolved: boolean;
  createdAt: string;
  read: boolean;
}>;

/** The organisation key of a caller: what their in-service notifications are filed under. */
export function organisationOf(actor: Readonly<{ role: string; organisationId: string }>): string | undefined {
  if (actor.role === 'school') return `school:${actor.organisationId}`;
  if (actor.role === 'provider') return `provider:${actor.organisationId}`;
  if (actor.role === 'la_officer' || actor.role === 'la_auditor') return `la:${actor.organisationId}`;
  return undefined;
}

/**
 * Resolved: the provider no longer has the referral to answer (it accepted or declined it, or it was withdrawn or
 * sent on); the information request the notice was about is no longer open; the day-6 duty a reminder was about is
 * no longer open (met, breached: its own notice says so, or closed). Needs n, e (its event), rq (the referral of a
 * referral notice) and dd (the day-6 duty of a pupil notice); only those kinds can be resolved.
 */
const RESOLVED = `coalesce(CASE
    WHEN n.kind IN ('referral_received', 'provider_response_overdue') THEN rq.referral_id IS NOT NULL
      AND NOT (rq.status IN ('submitted', 'information_requested') AND rq.provider_id = e.data->>'providerId')
    WHEN n.kind LIKE 'information_request%' THEN rq.referral_id IS NOT NULL
      AND rq.open_request_id IS DISTINCT FROM e.data->>'requestId'
    WHEN n.kind = 'day6_reminder' THEN dd.status <> 'open'
  END, false)`;

/**
 * The organisation's notifications, each with the user's read mark, and the event and records that resolve it. The
 * event is a scalar subquery, so it is looked up by id for each notification rather than hash-joined with the whole
 * log (which the planner chose once an organisation had thousands of notifications); the count looks up only the
 * events of notices that can be resolved.
 */
const withResolution = (eventOf: 'every' | 'resolvable') => `
    FROM notifications n
    LEFT JOIN notification_reads rd ON rd.notification_id = n.notification_id AND rd.user_id = $2
    CROSS JOIN LATERAL (SELECT (SELECT data FROM events WHERE event_id = n.event_id
      ${eventOf === 'every' ? '' : "AND (n.record_kind = 'referral' OR n.kind = 'day6_reminder')"}) AS data) e
    LEFT JOIN rm_referrals rq ON n.record_kind = 'referral' AND rq.referral_id = n.record_id
    LEFT JOIN rm_day6 dd ON n.record_kind = 'pupil' AND dd.period_id = e.data->>'dutyId'
   WHERE n.organisation = $1`;

/**
 * One page of the organisation's notifications, then what each is about. The exclusion of a day-6 or looked-after
 * notice is a fact of the event that raised it (its duty id is the run's first exclusion). A pupil's name comes only
 * from referrals the organisation itself may see: its own as a school, its LA's as an LA, its own as a provider.
 */
const PAGE = `
  WITH n AS (
    SELECT n.*, rd.user_id IS NOT NULL AS read, ${RESOLVED} AS resolved, e.data AS event,
           dd.school_urn AS duty_school ${withResolution('every')}
       AND (NOT $6 OR (rd.user_id IS NULL AND NOT ${RESOLVED}))
     ORDER BY n.created_at DESC, n.notification_id LIMIT $5
  )
  SELECT n.notification_id, n.kind, n.title, to_char(n.due_by, 'YYYY-MM-DD') AS due_by, n.record_kind, n.record_id,
         n.created_at, n.read, n.resolved, a.upn, x.exclusion_id, rf.referral_id, p.placement_id, a.school_urn,
         s.name AS school_name, coalesce(rf.pupil_name, nm.pupil_name) AS pupil_name
    FROM n
    LEFT JOIN rm_placements p ON n.record_kind = 'placement' AND p.placement_id = n.record_id
    LEFT JOIN rm_referrals rf ON rf.referral_id = CASE n.record_kind WHEN 'referral' THEN n.record_id
                                                                     WHEN 'placement' THEN p.referral_id END
    LEFT JOIN rm_pupil_exclusions x ON n.record_kind = 'pupil'
                                   AND x.exclusion_id = coalesce(n.event->>'exclusionId', n.event->>'dutyId')
    CROSS JOIN LATERAL (
      SELECT CASE n.record_kind WHEN 'pupil' THEN n.record_id ELSE coalesce(rf.upn, p.upn) END AS upn,
             coalesce(x.school_urn, n.duty_school, n.event->>'schoolUrn',
                      CASE WHEN rf.commissioner_kind = 'school' THEN rf.commissioner_id END) AS school_urn
    ) a
    LEFT JOIN rm_schools s ON s.urn = a.school_urn
    LEFT JOIN LATERAL (
      SELECT k.pupil_name FROM rm_referrals k
       WHERE n.record_kind = 'pupil' AND k.upn = a.upn AND k.pupil_name IS NOT NULL
         AND CASE $3::text WHEN 'school' THEN k.commissioner_kind = 'school' AND k.commissioner_id = $4
                           WHEN 'la' THEN $4 IN (k.commissioner_la, k.home_la)
                           ELSE k.provider_id = $4 END
       ORDER BY k.updated_at DESC LIMIT 1
    ) nm ON true
   ORDER BY n.created_at DESC, n.notification_id`;

type Row = Readonly<Record<'notification_id' | 'kind' | 'title' | 'record_kind' | 'record_id', string>> &
  Readonly<
    Record<
      'due_by' | 'upn' | 'exclusion_id' | 'referral_id' | 'placement_id' | 'school_urn' | 'school_name' | 'pupil_name',
      string | null
    >
  > &
  Readonly<{ created_at: Date; read: boolean; resolved: boolean }>;

/**
 * A user's notifications (their organisation's, newest first) with whether they have read each, and the unread
 * count: unread and still asking for something, so a referral already answered no longer counts.
 */
export async function notificationsFor(
  pool: Pool,
  organisation: string,
  userId: string,
  options: Readonly<{ limit: number; unreadOnly: boolean }>,
): Promise<{ unread: number; notifications: NotificationItem[] }> {
  const [kind, id] = [
    organisation.slice(0, organisation.indexOf(':')),
    organisation.slice(organisation.indexOf(':') + 1),
  ];
  // The page and the count are independent reads: asked together, not one after the other (every page of the web
  // asks for the count).
  const [{ rows }, unread] = await Promise.all([
    pool.query<Row>(PAGE, [organisation, userId, kind, id, options.limit, options.unreadOnly]),
    pool.query<{ n: number }>(
      `SELECT count(*)::int AS n ${withResolution('resolvable')} AND rd.user_id IS NULL AND NOT ${RESOLVED}`,
      [organisation, userId],
    ),
  ]);
  return { unread: unread.rows[0]!.n, notifications: rows.map(item) };
}

const item = (r: Row): NotificationItem => ({
  id: r.notification_id,
  kind: r.kind,
  title: r.title,
  dueBy: r.due_by,
  record: { kind: r.record_kind, id: r.record_id },
  about: {
    upn: r.upn,
    pupilName: r.pupil_name,
    schoolUrn: r.school_urn,
    schoolName: r.school_name,
    exclusionId: r.exclusion_id,
    referralId: r.referral_id,
    placementId: r.placement_id,
  },
  resolved: r.resolved,
  createdAt: r.created_at.toISOString(),
  read: r.read,
});
