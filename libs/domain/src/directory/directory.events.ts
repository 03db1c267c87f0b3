import type { IsoDate, SchoolCalendar } from '../calendar';
import type { Event } from '../shared';
import type { TimelineSettings } from '../processes/timelines.settings';
import type { Delivery, OrganisationContact } from './directory.contacts';

export type ProviderRegistration =
  | Readonly<{ kind: 'school'; urn: string }>
  | Readonly<{ kind: 'ukprn'; ukprn: string }>
  | Readonly<{ kind: 'unregistered' }>;

export type ApprovalChecks = Readonly<{
  safeguarding: boolean;
  healthAndSafety: boolean;
  teachingAndLearning: boolean;
}>;

export type SchoolRegistered = Event<
  'SchoolRegistered',
  { urn: string; name: string; laCode: string; laMaintainedPru?: boolean }
>;
export type CalendarPublished = Event<'CalendarPublished', { calendar: SchoolCalendar }>;
export type ProviderRegistered = Event<
  'ProviderRegistered',
  { providerId: string; name: string; laCode: string; registration: ProviderRegistration }
>;
export type ProviderApproved = Event<
  'ProviderApproved',
  { approvedOn: IsoDate; checks: ApprovalChecks; approvedBy: string }
>;

export const APPROVAL_CHECK_NAMES = ['safeguarding', 'healthAndSafety', 'teachingAndLearning'] as const;
export type ApprovalCheckName = (typeof APPROVAL_CHECK_NAMES)[number];

export const KEY_STAGES = ['KS1', 'KS2', 'KS3', 'KS4', 'KS5'] as const;
export type KeyStage = (typeof KEY_STAGES)[number];

/** What a provider offers, as the LA's directory shows it to commissioners. */
export type ProviderOffer = Readonly<{
  keyStages: readonly KeyStage[];
  /** e.g. SEMH, ASD, medical, vocational */
  specialisms: readonly string[];
  hoursPerWeek: number;
  /** When it teaches, in words: "Monday to Friday, 9am to 3pm". */
  hours: string;
  location: Readonly<{ address: string; postcode: string }>;
  contact: Readonly<{ name: string; email?: string; phone?: string }>;
}>;

/** One of the LA's approval checks, with when it was done, by whom and its outcome. */
export type ProviderCheckRecorded = Event<
  'ProviderCheckRecorded',
  { check: ApprovalCheckName; checkedOn: IsoDate; outcome: 'passed' | 'failed'; note?: string; checkedBy: string }
>;
/** A failed check on an approved provider withdraws the LA's approval until it approves the provider again. */
export type ProviderApprovalWithdrawn = Event<
  'ProviderApprovalWithdrawn',
  { withdrawnOn: IsoDate; failedCheck: ApprovalCheckName; withdrawnBy: string }
>;
export type ProviderOfferDescribed = Event<'ProviderOfferDescribed', { offer: ProviderOffer }>;
/** The places the LA commissions at a provider from a date. */
export type ProviderPlacesCommissioned = Event<'ProviderPlacesCommissioned', { places: number; from: IsoDate }>;

/** An LA's own deadlines in school days, over the §0 defaults (stream lacalendar-<la>). */
export type TimelineSettingsSet = Event<'TimelineSettingsSet', { settings: Partial<TimelineSettings> }>;

/**
 * The name an LA is known by on every page ("Northshire County Council"), in its own stream (lacalendar-<la>): set by
 * its officer, or from the "LA (name)" column of a GIAS import. Naming it again replaces the name.
 */
export type LocalAuthorityNamed = Event<'LocalAuthorityNamed', { laCode: string; name: string }>;

/** An organisation's contact for notifications (issue 15), in its directory stream; setting it again replaces it. */
export type ContactSet = Event<'ContactSet', { contact: OrganisationContact }>;
export type ContactRemoved = Event<'ContactRemoved', { contactId: string }>;
/** A user's own choice: immediate emails or a morning digest. */
export type NotificationPreferenceSet = Event<'NotificationPreferenceSet', { userId: string; delivery: Delivery }>;

export type DirectoryEvent =
  | SchoolRegistered
  | CalendarPublished
  | ProviderRegistered
  | ProviderApproved
  | TimelineSettingsSet
  | LocalAuthorityNamed
  | ProviderCheckRecorded
  | ProviderApprovalWithdrawn
  | ProviderOfferDescribed
  | ProviderPlacesCommissioned
  | ContactSet
  | ContactRemoved
  | NotificationPreferenceSet;
