import { longDate } from '../words/dates';

/** The confirmation page after sending: what happens next and by when. */
export function presentConfirmation(referral: {
  referralId: string;
  providerName?: string | null;
  respondBy?: string | null;
  sections: { identity?: { fullName?: string } };
}) {
  const provider = referral.providerName ?? 'The provider';
  return {
    title: 'Referral sent',
    pupil: referral.sections.identity?.fullName ?? 'the pupil',
    next: [
      `${provider} will read the referral and accept it, decline it or ask you for more information.`,
      referral.respondBy
        ? `They should respond by ${longDate(referral.respondBy)}. If they do not, the local authority will be told.`
        : 'They should respond within 3 school days. If they do not, the local authority will be told.',
      'If they ask for more information, it will appear on your home page with the date to answer by.',
    ],
    referralHref: `/referrals/${referral.referralId}`,
  };
}
