import type { RecordedEvent } from '@ap/event-store';
import type { Projection } from './projection';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const idOf = (event: RecordedEvent) => event.streamId.slice(event.streamId.indexOf('-') + 1);

/** Each provider's latest approval checks (who, when, outcome), its offer and the places commissioned there. */
export const providerProfilesProjection: Projection = {
  name: 'provider-profiles',
  categories: ['provider'],
  tables: ['rm_provider_profiles'],
  apply: async (event, tx) => {
    const change = profileChange(event.type, event.data as Data);
    if (!change) return;
    await tx.query(`INSERT INTO rm_provider_profiles (provider_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [
      idOf(event),
    ]);
    // Only an event newer than the row moves it: a duplicate or replayed event changes nothing.
    await tx.query(
      `UPDATE rm_provider_profiles SET ${change.sql}, version = $2 WHERE provider_id = $1 AND version < $2`,
      [idOf(event), event.streamVersion, ...change.args],
    );
  },
};

function profileChange(type: string, d: Data): { sql: string; args: unknown[] } | undefined {
  switch (type) {
    case 'ProviderCheckRecorded': {
      const record = { checkedOn: d.checkedOn, outcome: d.outcome, checkedBy: d.checkedBy, note: d.note ?? null };
      return { sql: 'checks = checks || jsonb_build_object($3::text, $4::jsonb)', args: [d.check, record] };
    }
    case 'ProviderOfferDescribed':
      return { sql: 'offer = $3::jsonb', args: [JSON.stringify(d.offer)] };
    case 'ProviderPlacesCommissioned':
      return { sql: 'commissioned_places = $3, places_from = $4', args: [d.places, d.from] };
    default:
      return undefined;
  }
}

/** The pupil premium, which the LA dashboard filters on and the referrals read model does not keep. */
export const referralFactsProjection: Projection = {
  name: 'referral-facts',
  categories: ['referral'],
  tables: ['rm_referral_facts'],
  apply: async (event, tx) => {
    const d = event.data as Data;
    if (event.type !== 'ReferralSectionCompleted' || d.section !== 'identity') return;
    await tx.query(
      `INSERT INTO rm_referral_facts (referral_id, pupil_premium, version) VALUES ($1, $2, $3)
       ON CONFLICT (referral_id) DO UPDATE SET pupil_premium = EXCLUDED.pupil_premium, version = EXCLUDED.version
       WHERE rm_referral_facts.version < EXCLUDED.version`,
      [idOf(event), d.content.pupilPremium ?? null, event.streamVersion],
    );
  },
};
