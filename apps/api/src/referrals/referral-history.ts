import { summarise, type SummaryWords } from '@ap/application';
import type { Actor } from '@ap/domain';
import type { RecordedEvent } from '@ap/event-store';

/** The referral's own steps a person reads in its history (section edits and timer bookkeeping are left out). */
const TOLD: Readonly<Record<string, string>> = {
  ReferralOpened: 'openedAt',
  ReferralSubmitted: 'submittedAt',
  InformationRequested: 'requestedAt',
  InformationProvided: 'providedAt',
  ReferralAccepted: 'acceptedAt',
  ReferralDeclined: 'declinedAt',
  ReferralWithdrawn: 'withdrawnAt',
};

/** The organisations in the data are already named ("Oak Academy", "Northshire County Council"): say them as they are. */
const AS_NAMED: SummaryWords = { provider: (name) => name, school: (name) => name, la: (name) => name };

/** When it happened on the engine's clock (the event's own instant; time is an input), not when it was stored. */
const happenedAt = (e: RecordedEvent): string => {
  const at = e.data[TOLD[e.type] ?? ''];
  return typeof at === 'string' ? at : e.recordedAt;
};

export type HistoryNames = Readonly<{
  provider: (id: string) => Promise<string | null>;
  commissioner: (kind: string, id: string) => Promise<string | null>;
  /** An LA by name, or by code where the directory has none. */
  la: (laCode: string) => Promise<string | null>;
}>;

export type ReferralHistoryEntry = Readonly<{
  summary: string;
  at: string;
  by: Readonly<{ name: string | null; organisationName: string | null; role: string }> | null;
}>;

/**
 * What happened to the referral, oldest first, in the same plain words as the pupil's history (`summarise`), with
 * organisations named rather than numbered. A provider reads only its own part: another provider's decline and
 * its reasons are not its business.
 */
export async function referralHistory(
  events: readonly RecordedEvent[],
  viewer: Actor,
  names: HistoryNames,
): Promise<ReferralHistoryEntry[]> {
  const mine = (e: RecordedEvent) =>
    viewer.role !== 'provider' || e.data['providerId'] === undefined || e.data['providerId'] === viewer.organisationId;
  const told = events.filter((e) => e.type in TOLD && mine(e));
  const named = async (id: unknown) => (typeof id === 'string' ? ((await names.provider(id)) ?? id) : id);
  return Promise.all(
    told.map(async (e) => {
      const data: Record<string, unknown> = { ...e.data, providerId: await named(e.data['providerId']) };
      if (viewer.role === 'provider') delete data['previousProviderId'];
      else if (data['previousProviderId']) data['previousProviderId'] = await named(data['previousProviderId']);
      const commissioner = e.data['commissioner'] as { kind: string; organisationId: string } | undefined;
      if (commissioner)
        data['commissioner'] = {
          ...commissioner,
          organisationId:
            (await names.commissioner(commissioner.kind, commissioner.organisationId)) ?? commissioner.organisationId,
        };
      const actor = e.metadata.actor;
      const organisationName = actor ? await organisationOf(actor, names) : null;
      return {
        summary: summarise(e.type, data, AS_NAMED),
        at: happenedAt(e),
        by: actor ? { name: actor.name ?? null, organisationName, role: actor.role } : null,
      };
    }),
  );
}

async function organisationOf(actor: NonNullable<RecordedEvent['metadata']['actor']>, names: HistoryNames) {
  if (actor.role === 'provider') return names.provider(actor.organisationId);
  if (actor.role === 'school') return names.commissioner('school', actor.organisationId);
  if (actor.role === 'la_officer' || actor.role === 'la_auditor') return names.la(actor.organisationId);
  return null;
}
