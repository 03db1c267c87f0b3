import type { Decider } from '../shared';
import type { ReferralCommand } from './referral.commands';
import { decideReferral } from './referral.decide';
import type { ReferralEvent } from './referral.events';
import { evolveReferral, initialReferralState, type ReferralState } from './referral.state';

export * from './referral.commands';
export * from './referral.events';
export * from './referral.sections';
export * from './referral.state';
export { decideReferral } from './referral.decide';

export const referralStreamId = (referralId: string): string => `referral-${referralId}`;

export const referralDecider: Decider<ReferralState, ReferralCommand, ReferralEvent> = {
  decide: decideReferral,
  evolve: evolveReferral,
  initialState: initialReferralState,
};
