import type { PoolClient } from 'pg';
import type { PostgresEventStore, RecordedEvent } from '@ap/event-store';
import type { NoticeContext, OrgRef } from '@ap/notifications';
import type { TxReader } from '../processes/process-routes';

const idOf = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);
const categoryOf = (streamId: string) => streamId.slice(0, streamId.indexOf('-'));

/** Event types that may need someone; the rest are skipped before any lookup. */
export const NOTIFYING_TYPES = new Set([
  'Day6ReminderIssued',
  'Day6Breached',
  'ProviderResponseDue',
  'ProviderResponseOverdue',
  'InformationRequestDue',
  'InformationRequestReminder',
  'InformationRequestOverdue',
  'InductionStepOverdue',
  'PlacementReviewOverdue',
  'PartTimeReviewOverdue',
  'PartTimeTimetableEscalated',
  'ExclusionRecorded',
]);

/**
 * What the rules need to know about the event's record, read in the notifier's transaction: the pupil of a day-6
 * timeline (from its own stream), the referral's provider and commissioner, the placement's provider.
 */
export async function noticeContext(
  tx: PoolClient,
  store: PostgresEventStore,
  reader: TxReader,
  event: RecordedEvent,
): Promise<NoticeContext> {
  const id = idOf(event.streamId);
  switch (categoryOf(event.streamId)) {
    case 'day6': {
      const { events } = await store.readStreamInTransaction(tx, event.streamId);
      const started = events.find((e) => e.type === 'Day6TimelineStarted');
      return started ? { upn: String(started.data['upn']) } : {};
    }
    case 'referraltimelines': {
      const referral = await reader.load(tx, 'referral', id);
      if (referral.status === 'none') return {};
      const { kind, organisationId } = referral.commissioner;
      return { referral: { id, providerId: referral.providerId, commissioner: { kind, id: organisationId } } };
    }
    case 'placementtimelines': {
      const placement = await reader.load(tx, 'placement', id);
      if (placement.status === 'none') return {};
      const commissioner: OrgRef =
        placement.commissionerId === placement.commissionerLa
          ? { kind: 'la', id: placement.commissionerLa }
          : { kind: 'school', id: placement.commissionerId };
      return {
        placement: { id, providerId: placement.providerId, commissioner, commissionerLa: placement.commissionerLa },
      };
    }
    case 'exclusions': {
      // Looked-after status is recorded on a referral's safeguarding section; an exclusion before any referral is
      // not known to concern a looked-after pupil.
      const { rows } = await tx.query('SELECT 1 FROM rm_referrals WHERE upn = $1 AND looked_after LIMIT 1', [
        event.data['upn'],
      ]);
      return { lookedAfter: rows.length > 0 };
    }
    default:
      return {};
  }
}
