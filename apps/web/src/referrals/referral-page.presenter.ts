import { longDate, fullDate } from '../words/dates';
import { reasonText, statusTag, yearGroupText } from '../words/codes';
import { presentReferralHistory, type ReferralHistoryEntry } from './referral-history.presenter';
import { sectionTitle } from '@ap/domain';

type Referral = Readonly<{
  referralId: string;
  status: string;
  reason: string;
  commissioner: Readonly<{ name: string | null; organisationId: string }>;
  providerName: string | null;
  respondBy: string | null;
  informationDueBy: string | null;
  openRequest: Readonly<{ requestId: string; items: readonly string[] }> | null;
  acceptance: Readonly<{ startDate: string; hoursPerWeek: number; fullTime: boolean }> | null;
  placementId: string | null;
  history?: readonly ReferralHistoryEntry[];
  sections: Readonly<{ identity?: Readonly<{ fullName: string; dateOfBirth: string; yearGroup: string | number }> }>;
}>;

const WITHDRAWABLE = ['draft', 'submitted', 'information_requested', 'declined'];

/** The referral's page: who, what status, what the provider asked, and what each user may do next. */
export function presentReferralPage(referral: Referral, role: string, organisationId?: string) {
  const identity = referral.sections.identity;
  const isProvider = role === 'provider';
  const isCommissioner = !isProvider && referral.commissioner.organisationId === organisationId;
  const waitingForProvider = referral.status === 'submitted';
  const asked = referral.status === 'information_requested' && referral.openRequest;
  return {
    pupil: identity?.fullName ?? 'Pupil not named yet',
    caption: identity ? `${yearGroupText(identity.yearGroup)}, born ${fullDate(identity.dateOfBirth)}` : '',
    status: statusTag(referral.status),
    facts: [
      { key: { text: 'Reason' }, value: { text: reasonText(referral.reason) } },
      {
        key: { text: 'Referred by' },
        value: { text: referral.commissioner.name ?? referral.commissioner.organisationId },
      },
      { key: { text: 'Provider' }, value: { text: referral.providerName ?? 'Not chosen yet' } },
      ...(waitingForProvider && referral.respondBy
        ? [{ key: { text: 'Respond by' }, value: { text: longDate(referral.respondBy) } }]
        : []),
      ...(referral.acceptance
        ? [
            { key: { text: 'Starts' }, value: { text: longDate(referral.acceptance.startDate) } },
            {
              key: { text: 'Hours a week' },
              value: {
                text: `${referral.acceptance.hoursPerWeek}${referral.acceptance.fullTime ? ' (full time)' : ' (part time)'}`,
              },
            },
          ]
        : []),
    ],
    request: asked
      ? {
          items: referral.openRequest!.items.map(sectionTitle),
          due: referral.informationDueBy ? `by ${longDate(referral.informationDueBy)}` : 'as soon as possible',
        }
      : undefined,
    actions: {
      respond: isProvider && waitingForProvider,
      answer: !isProvider && Boolean(asked),
      placement: referral.placementId ? `/placements/${referral.placementId}` : undefined,
      continueDraft: !isProvider && referral.status === 'draft',
      // The commissioner may withdraw until a provider accepts, and send it on after a decline.
      withdraw: isCommissioner && WITHDRAWABLE.includes(referral.status),
      sendOn: isCommissioner && referral.status === 'declined',
    },
    timeline: presentReferralHistory(referral.history),
  };
}
