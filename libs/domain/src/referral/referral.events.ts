import type { IsoDate } from '../calendar';
import type { ExclusionReasonCode, ExclusionType } from '../identifiers';
import type { Event } from '../shared';
import type { PartTimeTerms } from '../placement/placement.events';
import type { SectionInput } from './referral.sections';

export const REFERRAL_REASONS = {
  permanent_exclusion: 'Permanent exclusion',
  suspension: 'Suspension',
  illness: 'Too ill to attend school (s19)',
  off_site_direction: 'Directed off-site to improve behaviour',
  ehcp_named_setting: 'Setting named in an EHC plan',
  other: 'Other',
} as const;
export type ReferralReason = keyof typeof REFERRAL_REASONS;

export type Commissioner = Readonly<{ kind: 'school' | 'la'; organisationId: string; laCode: string }>;

export type ExclusionDetails = Readonly<{
  exclusionId?: string;
  exclusionType: ExclusionType;
  firstDay: IsoDate;
  lengthSchoolDays?: number;
  reasons: readonly ExclusionReasonCode[];
}>;

export type ReferralOpened = Event<
  'ReferralOpened',
  {
    referralId: string;
    commissioner: Commissioner;
    reason: ReferralReason;
    upn?: string;
    exclusion?: ExclusionDetails;
    openedAt: string;
  }
>;
export type ReferralSectionCompleted = Event<'ReferralSectionCompleted', SectionInput & { completedAt: string }>;
export type ReferralSubmitted = Event<
  'ReferralSubmitted',
  { providerId: string; previousProviderId?: string; submittedAt: string }
>;
export type InformationRequested = Event<
  'InformationRequested',
  { requestId: string; providerId: string; items: string[]; note?: string; requestedAt: string }
>;
export type InformationProvided = Event<
  'InformationProvided',
  { requestId: string; sections: string[]; note?: string; providedAt: string }
>;
export type ReferralAccepted = Event<
  'ReferralAccepted',
  {
    providerId: string;
    startDate: IsoDate;
    hoursPerWeek: number;
    fullTime: boolean;
    partTime?: PartTimeTerms;
    acceptedAt: string;
  }
>;
export type ReferralDeclined = Event<'ReferralDeclined', { providerId: string; reason: string; declinedAt: string }>;
export type ReferralWithdrawn = Event<'ReferralWithdrawn', { reason: string; withdrawnAt: string }>;

export type ReferralEvent =
  | ReferralOpened
  | ReferralSectionCompleted
  | ReferralSubmitted
  | InformationRequested
  | InformationProvided
  | ReferralAccepted
  | ReferralDeclined
  | ReferralWithdrawn;
