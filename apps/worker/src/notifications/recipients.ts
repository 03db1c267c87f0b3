import type { PoolClient } from 'pg';
import { deliveryOf, type Delivery, type DirectoryState, type SchoolCalendar } from '@ap/domain';
import type { Audience, OrgRef } from '@ap/notifications';
import type { TxReader } from '../processes/process-routes';

export type Recipient = Readonly<{ email: string; organisation: OrgRef; laCode: string; delivery: Delivery }>;

const AGGREGATE = { school: 'school', provider: 'provider', la: 'lacalendar' } as const;

export type OrganisationView = Readonly<{
  state: DirectoryState;
  laCode: string;
  calendar: () => Promise<SchoolCalendar>;
}>;

/** An organisation's directory entry through the notifier's transaction, with its LA and its calendar. */
export async function organisation(tx: PoolClient, reader: TxReader, org: OrgRef): Promise<OrganisationView> {
  const state = await reader.load(tx, AGGREGATE[org.kind], org.id);
  const laCode = org.kind === 'la' ? org.id : (state.laCode ?? '');
  return {
    state,
    laCode,
    calendar: () => reader.calendar(tx, org.kind === 'school' ? org.id : undefined, laCode || undefined),
  };
}

/**
 * One recipient per address across every audience of a notice (a person who is both the school's inclusion inbox
 * and its safeguarding lead hears once), each with their own delivery preference.
 */
export async function recipientsOf(
  tx: PoolClient,
  reader: TxReader,
  audiences: readonly Audience[],
): Promise<Recipient[]> {
  const byEmail = new Map<string, Recipient>();
  for (const audience of audiences) {
    if (!audience.organisation.id) continue;
    const { state, laCode } = await organisation(tx, reader, audience.organisation);
    for (const contact of Object.values(state.contacts ?? {})) {
      const email = contact.email.toLowerCase();
      if (!audience.roles.includes(contact.role) || byEmail.has(email)) continue;
      byEmail.set(email, {
        email,
        organisation: audience.organisation,
        laCode,
        delivery: deliveryOf(contact, state.preferences),
      });
    }
  }
  return [...byEmail.values()];
}
