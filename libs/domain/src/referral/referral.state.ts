import type { PartTimeTerms } from '../placement/placement.events';
import type { Commissioner, ExclusionDetails, ReferralEvent, ReferralReason } from './referral.events';
import type { ReferralSections } from './referral.sections';

export type ReferralStatus = 'draft' | 'submitted' | 'information_requested' | 'accepted' | 'declined' | 'withdrawn';

/** The provider's open information request: what it asked about, its note to the commissioner, and when. */
export type OpenRequest = Readonly<{ requestId: string; items: readonly string[]; note?: string; requestedAt: string }>;

export type ReferralCase = Readonly<{
  status: ReferralStatus;
  referralId: string;
  commissioner: Commissioner;
  reason: ReferralReason;
  upn?: string;
  exclusion?: ExclusionDetails;
  sections: Partial<ReferralSections>;
  /** The provider it is with now (submitted, information requested, accepted) or was last declined by. */
  providerId?: string;
  openRequest?: OpenRequest;
  answeredRequests: readonly string[];
  declinedBy: readonly string[];
  acceptance?: Readonly<{ startDate: string; hoursPerWeek: number; fullTime: boolean; partTime?: PartTimeTerms }>;
}>;

export type ReferralState = Readonly<{ status: 'none' }> | ReferralCase;

export const initialReferralState = (): ReferralState => ({ status: 'none' });

export function evolveReferral(state: ReferralState, event: ReferralEvent): ReferralState {
  if (event.type === 'ReferralOpened') {
    const { referralId, commissioner, reason, upn, exclusion } = event.data;
    return {
      status: 'draft',
      referralId,
      commissioner,
      reason,
      upn,
      exclusion,
      sections: {},
      answeredRequests: [],
      declinedBy: [],
    };
  }
  if (state.status === 'none') return state;
  return evolveCase(state, event);
}

function evolveCase(state: ReferralCase, event: Exclude<ReferralEvent, { type: 'ReferralOpened' }>): ReferralCase {
  switch (event.type) {
    case 'ReferralSectionCompleted': {
      const { section, content } = event.data;
      const upn = section === 'identity' ? ((content as ReferralSections['identity']).upn ?? state.upn) : state.upn;
      return { ...state, upn, sections: { ...state.sections, [section]: content } };
    }
    case 'ReferralSubmitted':
      return { ...state, status: 'submitted', providerId: event.data.providerId };
    case 'InformationRequested':
      return {
        ...state,
        status: 'information_requested',
        openRequest: {
          requestId: event.data.requestId,
          items: event.data.items,
          note: event.data.note,
          requestedAt: event.data.requestedAt,
        },
      };
    case 'InformationProvided':
      return {
        ...state,
        status: 'submitted',
        openRequest: undefined,
        answeredRequests: [...state.answeredRequests, event.data.requestId],
      };
    case 'ReferralAccepted': {
      const { startDate, hoursPerWeek, fullTime, partTime } = event.data;
      return { ...state, status: 'accepted', acceptance: { startDate, hoursPerWeek, fullTime, partTime } };
    }
    case 'ReferralDeclined':
      return {
        ...state,
        status: 'declined',
        openRequest: undefined,
        declinedBy: [...state.declinedBy, event.data.providerId],
      };
    case 'ReferralWithdrawn':
      return { ...state, status: 'withdrawn', openRequest: undefined };
    default:
      // evolve trusts history and never throws: an event type this version does not know changes nothing.
      return state;
  }
}
