import type { SchoolCalendar } from '../calendar';
import type { TimelineSettings } from '../processes/timelines.settings';
import type {
  ApprovalCheckName,
  ApprovalChecks,
  DirectoryEvent,
  ProviderCheckRecorded,
  ProviderOffer,
  ProviderRegistration,
} from './directory.events';
import type { Delivery, OrganisationContact } from './directory.contacts';

export type ProviderCheck = Omit<ProviderCheckRecorded['data'], 'check'>;

/** A directory entry: a school, a provider, or an LA (its name, standard calendar and deadlines; no kind). */
export type DirectoryState = Readonly<{
  kind?: 'school' | 'provider';
  name?: string;
  laCode?: string;
  /** An LA-maintained pupil referral unit: its suspensions are the LA's day-6 duty (EA 1996 s19(3A)(b)). */
  laMaintainedPru?: boolean;
  registration?: ProviderRegistration;
  approval?: Readonly<{ approvedOn: string; checks: ApprovalChecks }>;
  calendar?: SchoolCalendar;
  timelines?: Partial<TimelineSettings>;
  /** The latest record of each approval check. */
  checks?: Readonly<Partial<Record<ApprovalCheckName, ProviderCheck>>>;
  offer?: ProviderOffer;
  places?: Readonly<{ places: number; from: string }>;
  contacts?: Readonly<Record<string, OrganisationContact>>;
  preferences?: Readonly<Record<string, Delivery>>;
}>;

export const initialDirectoryState = (): DirectoryState => ({});

export function evolveDirectory(state: DirectoryState, event: DirectoryEvent): DirectoryState {
  switch (event.type) {
    case 'SchoolRegistered':
      return {
        ...state,
        kind: 'school',
        name: event.data.name,
        laCode: event.data.laCode,
        ...(event.data.laMaintainedPru ? { laMaintainedPru: true } : {}),
      };
    case 'ProviderRegistered':
      return {
        ...state,
        kind: 'provider',
        name: event.data.name,
        laCode: event.data.laCode,
        registration: event.data.registration,
      };
    case 'ProviderApproved':
      return { ...state, approval: { approvedOn: event.data.approvedOn, checks: event.data.checks } };
    case 'CalendarPublished':
      return { ...state, calendar: event.data.calendar };
    case 'LocalAuthorityNamed':
      return { ...state, name: event.data.name, laCode: event.data.laCode };
    case 'TimelineSettingsSet':
      return { ...state, timelines: event.data.settings };
    case 'ProviderApprovalWithdrawn': {
      const { approval: _withdrawn, ...rest } = state;
      return rest;
    }
    case 'ProviderCheckRecorded': {
      const { check, ...record } = event.data;
      return { ...state, checks: { ...state.checks, [check]: record } };
    }
    case 'ProviderOfferDescribed':
      return { ...state, offer: event.data.offer };
    case 'ProviderPlacesCommissioned':
      return { ...state, places: { ...event.data } };
    case 'ContactSet':
      return { ...state, contacts: { ...state.contacts, [event.data.contact.contactId]: event.data.contact } };
    case 'ContactRemoved': {
      const { [event.data.contactId]: _gone, ...contacts } = state.contacts ?? {};
      return { ...state, contacts };
    }
    case 'NotificationPreferenceSet':
      return { ...state, preferences: { ...state.preferences, [event.data.userId]: event.data.delivery } };
    default:
      // evolve trusts history and never throws: an event type this version does not know changes nothing.
      return state;
  }
}
