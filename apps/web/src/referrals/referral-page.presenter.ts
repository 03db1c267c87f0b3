import { dateTime, longDate, fullDate } from '../words/dates';
import { providerStatusTag, reasonText, statusTag, yearGroupText } from '../words/codes';
import { presentReferralHistory, type ReferralHistoryEntry } from './referral-history.presenter';
import { sectionTitle } from '@ap/domain';

type OpenRequest = Readonly<{
  requestId: string;
  items: readonly string[];
  note?: string | null;
  requestedAt?: string | null;
  dueBy?: string | null;
}>;

type Referral = Readonly<{
  referralId: string;
  status: string;
  reason: string;
  commissioner: Readonly<{ name: string | null; organisationId: string }>;
  providerName: string | null;
  respondBy: string | null;
  informationDueBy: string | null;
  openRequest: OpenRequest | null;
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
    status: isProvider ? providerStatusTag(referral.status) : statusTag(referral.status),
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
    request: asked ? presentInformationRequest(referral) : undefined,
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

/** The provider's open request as the commissioner reads it: who asked, when, by when, about what, and its note. */
export function presentInformationRequest(
  referral: Pick<Referral, 'providerName' | 'informationDueBy' | 'openRequest'>,
) {
  const request = referral.openRequest;
  if (!request) return undefined;
  const who = referral.providerName ?? 'The provider';
  const dueBy = request.dueBy ?? referral.informationDueBy;
  return {
    heading: `${who} asked for more information`,
    asked: request.requestedAt ? `Asked on ${dateTime(request.requestedAt)}` : undefined,
    due: dueBy ? `Answer by ${longDate(dueBy)}` : 'Answer as soon as possible',
    items: request.items.map(sectionTitle),
    note: request.note ? `${who} asked: “${request.note}”` : undefined,
  };
}
