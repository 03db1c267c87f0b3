import type { IsoDate } from '../calendar';
import type { Command } from '../shared';
import type { PartTimeTerms } from '../placement/placement.events';
import type { ProviderFullTimeRoll } from '../timetable';
import type { ExclusionDetails, ReferralReason } from './referral.events';
import type { SectionInput } from './referral.sections';

export type OpenReferral = Command<
  'OpenReferral',
  { referralId: string; reason: ReferralReason; upn?: string; exclusion?: ExclusionDetails; commissionerLaCode: string }
>;
export type CompleteSection = Command<'CompleteSection', SectionInput>;
export type SubmitReferral = Command<'SubmitReferral', { providerId: string }>;
export type RequestInformation = Command<'RequestInformation', { requestId: string; items: string[]; note?: string }>;
export type ProvideInformation = Command<
  'ProvideInformation',
  { requestId: string; sections: SectionInput[]; note?: string }
>;
/** The provider's details come from the directory at the edge: an unregistered provider may be at its threshold. */
export type AcceptReferral = Command<
  'AcceptReferral',
  {
    startDate: IsoDate;
    hoursPerWeek: number;
    partTime?: PartTimeTerms;
    provider?: Readonly<{ registered: boolean; fullTimeRoll: ProviderFullTimeRoll }>;
  }
>;
export type DeclineReferral = Command<'DeclineReferral', { reason: string }>;
export type WithdrawReferral = Command<'WithdrawReferral', { reason: string }>;
/** Send a declined referral to another provider without re-entering it. */
export type RedirectReferral = Command<'RedirectReferral', { providerId: string }>;

export type ReferralCommand =
  | OpenReferral
  | CompleteSection
  | SubmitReferral
  | RequestInformation
  | ProvideInformation
  | AcceptReferral
  | DeclineReferral
  | WithdrawReferral
  | RedirectReferral;
