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

/** An LA's own deadlines in school days, over the §0 defaults (stream lacalendar-<la>). */
export type TimelineSettingsSet = Event<'TimelineSettingsSet', { settings: Partial<TimelineSettings> }>;

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
  | ContactSet
  | ContactRemoved
  | NotificationPreferenceSet;
