import type { ContactRole, ResponsibleBody } from '@ap/domain';

/** The log categories the notifier follows: the process managers' streams and the pupils' exclusions. */
export const NOTIFIER_CATEGORIES = ['day6', 'referraltimelines', 'placementtimelines', 'exclusions'] as const;

/** An organisation in the directory: a school (URN), a provider (id) or an LA (code). */
export type OrgRef = Readonly<{ kind: 'school' | 'provider' | 'la'; id: string }>;
export const orgKey = (org: OrgRef): string => `${org.kind}:${org.id}`;

export const NOTICE_KINDS = [
  'day6_reminder',
  'day6_breach',
  'referral_received',
  'provider_response_overdue',
  'information_requested',
  'information_request_reminder',
  'information_request_overdue',
  'induction_step_overdue',
  'placement_review_overdue',
  'part_time_overdue',
  'looked_after_exclusion',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Which of an organisation's contacts hear about it. */
export type Audience = Readonly<{ organisation: OrgRef; roles: readonly ContactRole[] }>;

/** Something that needs someone: no pupil detail, only what happened, by when, and which record to open. */
export type Notice = Readonly<{
  kind: NoticeKind;
  audiences: readonly Audience[];
  record: Readonly<{ kind: 'pupil' | 'referral' | 'placement'; id: string }>;
  dueBy?: string;
  /** Words for the message: e.g. the induction step or the school day of a reminder. */
  detail?: string;
}>;

/** What the worker found out about the event's record, so that the rules stay pure. */
export type NoticeContext = Readonly<{
  upn?: string;
  referral?: Readonly<{ id: string; providerId?: string; commissioner: OrgRef }>;
  placement?: Readonly<{ id: string; providerId: string; commissioner: OrgRef; commissionerLa: string }>;
  /** The pupil was recorded as looked after on an earlier referral. */
  lookedAfter?: boolean;
}>;

export type NoticeEvent = Readonly<{ type: string; streamId: string; data: Readonly<Record<string, unknown>> }>;

const ACTS: readonly ContactRole[] = ['inclusion', 'named_user'];
const BREACH: readonly ContactRole[] = ['inclusion', 'safeguarding_lead', 'named_user'];
const PROVIDER: readonly ContactRole[] = ['admissions', 'named_user'];
const la = (id: string): OrgRef => ({ kind: 'la', id });
/** Issue 15: the LA's inclusion team hears of every breach and escalation. */
const inclusionTeam = (laCode: string): Audience => ({ organisation: la(laCode), roles: ['inclusion'] });
const responsibleOrg = (r: ResponsibleBody): OrgRef => ({ kind: r.kind, id: r.organisationId });

/** The notices an event raises; most events raise none. */
export function noticesFor(event: NoticeEvent, context: NoticeContext): Notice[] {
  const d = event.data as Record<string, never>;
  const str = (key: string): string => String(d[key] ?? '');
  const referral = context.referral;
  const placement = context.placement;
  const provider = (id: string): Audience => ({ organisation: { kind: 'provider', id }, roles: PROVIDER });
  switch (event.type) {
    case 'Day6ReminderIssued':
      return context.upn
        ? [
            {
              kind: 'day6_reminder',
              audiences: [{ organisation: responsibleOrg(d['responsible']), roles: ACTS }],
              record: { kind: 'pupil', id: context.upn },
              dueBy: str('day6'),
              detail: str('schoolDay'),
            },
          ]
        : [];
    case 'Day6Breached':
      return context.upn
        ? [
            {
              kind: 'day6_breach',
              audiences: [
                { organisation: responsibleOrg(d['responsible']), roles: BREACH },
                inclusionTeam(str('escalatedTo')),
              ],
              record: { kind: 'pupil', id: context.upn },
              dueBy: str('day6'),
            },
          ]
        : [];
    case 'ProviderResponseDue':
      return referral
        ? [
            {
              kind: 'referral_received',
              audiences: [provider(str('providerId'))],
              record: ref(referral.id),
              dueBy: str('dueBy'),
            },
          ]
        : [];
    case 'ProviderResponseOverdue':
      return referral
        ? [
            {
              kind: 'provider_response_overdue',
              audiences: [provider(str('providerId')), inclusionTeam(str('escalatedTo'))],
              record: ref(referral.id),
              dueBy: str('dueBy'),
            },
          ]
        : [];
    case 'InformationRequestDue':
    case 'InformationRequestReminder':
      return referral
        ? [
            {
              kind: event.type === 'InformationRequestDue' ? 'information_requested' : 'information_request_reminder',
              audiences: [{ organisation: referral.commissioner, roles: ACTS }],
              record: ref(referral.id),
              dueBy: str('dueBy'),
            },
          ]
        : [];
    case 'InformationRequestOverdue':
      return referral
        ? [
            {
              kind: 'information_request_overdue',
              audiences: [inclusionTeam(str('escalatedTo'))],
              record: ref(referral.id),
              dueBy: str('dueBy'),
            },
          ]
        : [];
    case 'InductionStepOverdue':
    case 'PlacementReviewOverdue':
      return placement
        ? [
            {
              kind: event.type === 'InductionStepOverdue' ? 'induction_step_overdue' : 'placement_review_overdue',
              audiences: [provider(placement.providerId), inclusionTeam(str('escalatedTo'))],
              record: { kind: 'placement', id: placement.id },
              dueBy: str('dueBy'),
              ...(event.type === 'InductionStepOverdue' ? { detail: str('step') } : {}),
            },
          ]
        : [];
    case 'PartTimeReviewOverdue':
    case 'PartTimeTimetableEscalated':
      return placement
        ? [
            {
              kind: 'part_time_overdue',
              audiences: [inclusionTeam(str('escalatedTo') || placement.commissionerLa)],
              record: { kind: 'placement', id: placement.id },
              ...(d['dueBy'] ? { dueBy: str('dueBy') } : {}),
            },
          ]
        : [];
    case 'ExclusionRecorded':
      // The virtual school head of the pupil's home LA hears of a looked-after pupil's exclusion.
      return context.lookedAfter
        ? [
            {
              kind: 'looked_after_exclusion',
              audiences: [{ organisation: la(str('homeLaCode')), roles: ['virtual_school_head'] }],
              record: { kind: 'pupil', id: str('upn') },
              dueBy: str('day1'),
            },
          ]
        : [];
    default:
      return [];
  }
}

const ref = (id: string) => ({ kind: 'referral' as const, id });
