import type { PoolClient } from 'pg';
import type { RecordedEvent } from '@ap/event-store';
import type { ReferralEvent } from '@ap/domain';
import type { Projection } from './projection';

type Data<T extends ReferralEvent['type']> = Extract<ReferralEvent, { type: T }>['data'];

/** One row per referral: the school's list, the provider's inbox and the LA's view read it. */
export const referralsProjection: Projection = {
  name: 'referrals',
  categories: ['referral', 'referraltimelines'],
  tables: ['rm_referrals'],
  apply: async (event, tx) => {
    if (event.streamId.startsWith('referraltimelines-')) return timelines(tx, event);
    const id = event.streamId.slice('referral-'.length);
    if (event.type === 'ReferralOpened') return opened(tx, id, event);
    const set = changes(event);
    if (!set) return;
    const columns = Object.keys(set);
    const assignments = columns.map((c, i) => `${c} = $${i + 4}, `).join('');
    // Only an event newer than the row moves it: a duplicate or replayed event is a no-op.
    await tx.query(
      `UPDATE rm_referrals SET ${assignments}updated_at = $2, version = $3 WHERE referral_id = $1 AND version < $3`,
      [id, event.recordedAt, event.streamVersion, ...columns.map((c) => set[c])],
    );
  },
};

async function opened(tx: PoolClient, id: string, event: RecordedEvent): Promise<void> {
  const d = event.data as Data<'ReferralOpened'>;
  await tx.query(
    `INSERT INTO rm_referrals (referral_id, status, reason, commissioner_kind, commissioner_id, commissioner_la, upn, opened_at, updated_at, version)
     VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $7, $8) ON CONFLICT (referral_id) DO NOTHING`,
    [
      id,
      d.reason,
      d.commissioner.kind,
      d.commissioner.organisationId,
      d.commissioner.laCode,
      d.upn ?? null,
      d.openedAt,
      event.streamVersion,
    ],
  );
}

/** The dates the pages show: when the provider must respond by, and when an information request is due. */
async function timelines(tx: PoolClient, event: RecordedEvent): Promise<void> {
  const id = event.streamId.slice('referraltimelines-'.length);
  const d = event.data as { dueBy?: string };
  const column =
    event.type === 'ProviderResponseDue'
      ? 'respond_by'
      : event.type === 'InformationRequestDue'
        ? 'information_due_by'
        : undefined;
  if (!column) return;
  // The timelines stream has its own versions, so it has its own guard against a replayed event.
  await tx.query(
    `UPDATE rm_referrals SET ${column} = $2, timelines_version = $3 WHERE referral_id = $1 AND timelines_version < $3`,
    [id, d.dueBy ?? null, event.streamVersion],
  );
}

function changes(event: RecordedEvent): Record<string, unknown> | undefined {
  switch (event.type) {
    case 'ReferralSectionCompleted': {
      const d = event.data as Data<'ReferralSectionCompleted'>;
      if (d.section === 'identity')
        return {
          upn: d.content.upn ?? null,
          home_la: d.content.homeLaCode,
          pupil_name: d.content.fullName,
          date_of_birth: d.content.dateOfBirth,
          year_group: String(d.content.yearGroup),
        };
      if (d.section === 'sen') return { sen_provision: d.content.provision };
      if (d.section === 'safeguarding')
        return { social_worker: d.content.socialWorker !== undefined, looked_after: d.content.lookedAfter };
      return {};
    }
    case 'ReferralSubmitted': {
      const d = event.data as Data<'ReferralSubmitted'>;
      return { status: 'submitted', provider_id: d.providerId, submitted_at: d.submittedAt };
    }
    case 'InformationRequested':
      return {
        status: 'information_requested',
        open_request_id: (event.data as Data<'InformationRequested'>).requestId,
      };
    case 'InformationProvided':
      return { status: 'submitted', open_request_id: null };
    case 'ReferralAccepted':
      return { status: 'accepted' };
    case 'ReferralDeclined':
      return { status: 'declined', open_request_id: null };
    case 'ReferralWithdrawn':
      return { status: 'withdrawn', open_request_id: null };
    default:
      return undefined;
  }
}
