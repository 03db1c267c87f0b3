import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@ap/event-store';
import type { Projection } from './projection';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const idOf = (event: RecordedEvent) => event.streamId.slice(event.streamId.indexOf('-') + 1);

/** Overdue items a domain event resolves, by event type (the subject is the referral/placement id). */
export const RESOLVES: Readonly<Record<string, readonly string[]>> = {
  ReferralAccepted: ['provider_response', 'information_request'],
  ReferralDeclined: ['provider_response', 'information_request'],
  ReferralWithdrawn: ['provider_response', 'information_request'],
  InformationProvided: ['information_request'],
  InductionMeetingHeld: ['induction_meeting'],
  InductionPlanAgreed: ['induction_plan'],
  InductionCompleted: ['induction_meeting', 'induction_baseline', 'induction_plan'],
  PlacementReviewed: ['review', 'part_time_review'],
  PlacementExtended: ['planned_end'],
  PlacementEnded: [
    'planned_end',
    'induction_meeting',
    'induction_baseline',
    'induction_plan',
    'review',
    'part_time_review',
    'part_time_escalated',
  ],
  TransitionFollowUpRecorded: ['follow_up', 'destination_follow_up'],
  OutreachAccepted: ['outreach_response'],
  OutreachDeclined: ['outreach_response'],
};

/** Overdue items a process raises: kind, and the LA it was escalated to. */
export const RAISES: Readonly<Record<string, (d: Data) => { kind: string; laCode: string }>> = {
  ProviderResponseOverdue: (d) => ({ kind: 'provider_response', laCode: d.escalatedTo }),
  OutreachResponseOverdue: (d) => ({ kind: 'outreach_response', laCode: d.escalatedTo }),
  InformationRequestOverdue: (d) => ({ kind: 'information_request', laCode: d.escalatedTo }),
  InductionStepOverdue: (d) => ({ kind: `induction_${d.step}`, laCode: d.escalatedTo }),
  PlacementReviewOverdue: (d) => ({ kind: 'review', laCode: d.escalatedTo }),
  PartTimeReviewOverdue: (d) => ({ kind: 'part_time_review', laCode: d.escalatedTo }),
  PartTimeTimetableEscalated: (d) => ({ kind: 'part_time_escalated', laCode: d.escalatedTo }),
  // A tier-2 (or any planned) placement still open after its planned end: resolved by an extension or its end.
  PlacementOverran: (d) => ({ kind: 'planned_end', laCode: d.escalatedTo }),
};

/** Follow-ups missed: the overdue kind; the LA is the placement's commissioner's. */
export const MISSED: Readonly<Record<string, string>> = {
  ReintegrationFollowUpMissed: 'follow_up',
  DestinationFollowUpMissed: 'destination_follow_up',
};

/**
 * The LA compliance dashboard: one row per day-6 clock, and one row per overdue item from the moment a process
 * escalates it until the fact that resolves it is recorded.
 */
export const timelinesProjection: Projection = {
  name: 'timelines',
  categories: [
    'day6',
    'referraltimelines',
    'placementtimelines',
    'reintegration',
    'destinations',
    'referral',
    'placement',
    'induction',
    'transition',
    'outreachresponse',
    'outreach',
  ],
  tables: ['rm_day6', 'rm_overdue'],
  apply: async (event, tx) => {
    const d = event.data as Data;
    if (event.streamId.startsWith('day6-')) return day6(event, d, tx);
    const raised = RAISES[event.type];
    if (raised) {
      const { kind, laCode } = raised(d);
      await tx.query(
        `INSERT INTO rm_overdue (item_id, kind, subject_id, la_code, due_by, raised_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (item_id) DO UPDATE SET due_by = EXCLUDED.due_by, raised_at = EXCLUDED.raised_at, resolved_at = NULL`,
        [
          `${idOf(event)}:${kind}`,
          kind,
          idOf(event),
          laCode,
          d.dueBy ?? d.plannedEndDate ?? event.recordedAt.slice(0, 10),
          event.recordedAt,
        ],
      );
      return;
    }
    const missed = MISSED[event.type];
    if (missed) {
      const { rows } = await tx.query<{ commissioner_la: string }>(
        'SELECT commissioner_la FROM rm_placements WHERE placement_id = $1',
        [idOf(event)],
      );
      await tx.query(
        `INSERT INTO rm_overdue (item_id, kind, subject_id, la_code, due_by, raised_at) VALUES ($1, $6, $2, $3, $4, $5) ON CONFLICT (item_id) DO NOTHING`,
        [`${idOf(event)}:${missed}`, idOf(event), rows[0]?.commissioner_la ?? '', d.dueBy, event.recordedAt, missed],
      );
      return;
    }
    const resolves = RESOLVES[event.type];
    if (resolves) {
      await tx.query(
        `UPDATE rm_overdue SET resolved_at = $3 WHERE subject_id = $1 AND kind = ANY($2) AND resolved_at IS NULL`,
        [idOf(event), resolves, event.recordedAt],
      );
    }
  },
};

/**
 * One row per day-6 duty. New timelines live many to a stream (`day6-<org>-<upn>`, events name their `dutyId`);
 * schema-1 ones one to a stream (`day6-<periodId>`). A row's version is compared only with events of the stream
 * it came from, so a duty carried over from a schema-1 stream is taken over by its new timeline.
 */
async function day6(event: RecordedEvent, d: Data, tx: PoolClient): Promise<void> {
  const id: string = d.dutyId ?? idOf(event);
  const v = event.streamVersion;
  if (event.type === 'Day6TimelineStarted') {
    await tx.query(
      `INSERT INTO rm_day6 (period_id, upn, school_urn, responsible_kind, responsible_id, la_code, day1, day6, status, updated_at, version, stream_id, looked_after)
       VALUES ($1, $2, $10, $3, $4, $5, $6, $7, 'open', $8, $9, $11, $12)
       ON CONFLICT (period_id) DO UPDATE SET upn = EXCLUDED.upn, school_urn = EXCLUDED.school_urn, responsible_kind = EXCLUDED.responsible_kind,
         responsible_id = EXCLUDED.responsible_id, la_code = EXCLUDED.la_code, day1 = EXCLUDED.day1, day6 = EXCLUDED.day6, status = 'open',
         updated_at = EXCLUDED.updated_at, version = EXCLUDED.version, stream_id = EXCLUDED.stream_id, looked_after = EXCLUDED.looked_after
       WHERE rm_day6.stream_id IS DISTINCT FROM EXCLUDED.stream_id`,
      [
        id,
        d.upn,
        d.responsible.kind,
        d.responsible.organisationId,
        d.escalateTo,
        d.day1,
        d.day6,
        event.recordedAt,
        v,
        d.schoolUrn,
        event.streamId,
        d.lookedAfter === true,
      ],
    );
    return;
  }
  const set = day6Changes(event.type, d);
  if (!set) return;
  const columns = Object.keys(set);
  // An acceptance names no duty: like the process's state, it applies to every live duty of its stream ($1).
  const wholeStream = event.type === 'Day6PlacementAccepted' && !d.dutyId;
  const which = wholeStream
    ? `stream_id = $1 AND status IN ('open', 'breached') AND ended_reason IS NULL AND version < $3`
    : 'period_id = $1 AND (version < $3 OR stream_id IS DISTINCT FROM $4)';
  await tx.query(
    `UPDATE rm_day6 SET ${columns.map((c, i) => `${c} = ${sqlOf(set[c], i + 5)}, `).join('')}updated_at = $2, version = $3, stream_id = $4
      WHERE ${which}`,
    [wholeStream ? event.streamId : id, event.recordedAt, v, event.streamId, ...columns.map((c) => valueOf(set[c]))],
  );
}

/** A column set to a value, or (for status) kept when the timeline already has an outcome. */
type Change = unknown | { keepOutcome: string };
const isKeep = (c: Change): c is { keepOutcome: string } => typeof c === 'object' && c !== null && 'keepOutcome' in c;
const sqlOf = (c: Change, n: number) =>
  isKeep(c) ? `CASE WHEN status = 'open' THEN $${n}::text ELSE status END` : `$${n}`;
const valueOf = (c: Change) => (isKeep(c) ? c.keepOutcome : c);

function day6Changes(type: string, d: Data): Record<string, Change> | undefined {
  switch (type) {
    case 'Day6TimelineMoved':
      return {
        day1: d.day1,
        day6: d.day6,
        responsible_kind: d.responsible.kind,
        responsible_id: d.responsible.organisationId,
        la_code: d.escalateTo,
        looked_after: d.lookedAfter === true,
        ...(d.reopened ? { status: 'open', ended_reason: null } : {}),
      };
    case 'Day6PlacementAccepted':
      return { referral_id: d.referralId, accepted_start: d.startDate };
    case 'Day6Met':
      return { status: 'met', started_on: d.startedOn, started_full_time: true };
    case 'Day6PartTimeStarted':
      return { part_time_started_on: d.startedOn, started_full_time: false };
    case 'Day6Breached':
      return { status: 'breached' };
    case 'Day6ProvisionStartedLate':
      return { status: 'met_late', started_on: d.startedOn, started_full_time: true };
    case 'Day6TimelineClosed':
      // A breach that happened stays on the record: only an open duty becomes closed.
      return { status: { keepOutcome: 'closed' }, ended_reason: d.reason };
    case 'Day6ResponsibleChanged':
      return {
        responsible_kind: d.responsible.kind,
        responsible_id: d.responsible.organisationId,
        la_code: d.escalateTo,
      };
    case 'ParentNoticeRecorded':
      return d.kind === 'first' && (d.dutyId || d.periodId === undefined)
        ? { first_notice_at: d.givenAt, first_notice_missing: !d.onTime }
        : undefined;
    case 'ParentNoticeMissing':
      return d.kind === 'first' ? { first_notice_missing: true } : { provision_notice_missing: true };
    default:
      return undefined;
  }
}
