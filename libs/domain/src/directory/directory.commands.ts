import type { IsoDate, SchoolCalendar } from '../calendar';
import type { Command } from '../shared';
import type { TimelineSettings } from '../processes/timelines.settings';
import type { ApprovalCheckName, ApprovalChecks, ProviderOffer, ProviderRegistration } from './directory.events';
import type { Delivery, OrganisationContact } from './directory.contacts';

export type RegisterSchool = Command<
  'RegisterSchool',
  { urn: string; name: string; laCode: string; laMaintainedPru?: boolean }
>;
/** A school's own calendar (stream school-<urn>) or an LA's standard one (stream lacalendar-<la>). */
export type PublishCalendar = Command<'PublishCalendar', { calendar: SchoolCalendar }>;
export type RegisterProvider = Command<
  'RegisterProvider',
  { providerId: string; name: string; laCode: string; registration: ProviderRegistration }
>;
export type ApproveProvider = Command<'ApproveProvider', { approvedOn: IsoDate; checks: ApprovalChecks }>;

export type NameLocalAuthority = Command<'NameLocalAuthority', { laCode: string; name: string }>;

export type SetTimelineSettings = Command<'SetTimelineSettings', { settings: Partial<TimelineSettings> }>;

export type RecordProviderCheck = Command<
  'RecordProviderCheck',
  { check: ApprovalCheckName; checkedOn: IsoDate; outcome: 'passed' | 'failed'; note?: string }
>;
export type DescribeProviderOffer = Command<'DescribeProviderOffer', { offer: ProviderOffer }>;
export type CommissionPlaces = Command<'CommissionPlaces', { places: number; from: IsoDate }>;
export type SetContact = Command<'SetContact', { contact: OrganisationContact }>;
export type RemoveContact = Command<'RemoveContact', { contactId: string }>;
export type SetNotificationPreference = Command<'SetNotificationPreference', { userId: string; delivery: Delivery }>;

export type DirectoryCommand =
  | RegisterSchool
  | PublishCalendar
  | RegisterProvider
  | ApproveProvider
  | SetTimelineSettings
  | NameLocalAuthority
  | RecordProviderCheck
  | DescribeProviderOffer
  | CommissionPlaces
  | SetContact
  | RemoveContact
  | SetNotificationPreference;
