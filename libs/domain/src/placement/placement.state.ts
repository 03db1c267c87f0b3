import type { IsoDate } from '../calendar';
import type { PlacementCreated, PlacementEvent, PlacementTier, Timetable } from './placement.events';
import { defaultTier } from './placement.upcasters';

type Placed = Readonly<{
  placementId: string;
  referralId: string;
  providerId: string;
  upn: string;
  yearGroup: number | 'R';
  commissionerId: string;
  commissionerLa: string;
  homeLaCode?: string;
  startDate: IsoDate;
  timetable: Timetable;
  fullTime: boolean;
  lookedAfterOrEhcp: boolean;
  dualRegistered: boolean;
  tier: PlacementTier;
  plannedEndDate?: IsoDate;
  reintegrationCriteria: readonly string[];
  extensions: number;
  /** Why it was last extended past its planned end. */
  extensionReason?: string;
}>;

export type PlacementState =
  | Readonly<{ status: 'none' }>
  | (Placed & Readonly<{ status: 'planned' }>)
  | (Placed &
      Readonly<{ status: 'active'; startedOn: IsoDate; reviewIds: readonly string[]; nextReviewDate?: IsoDate }>)
  | (Placed & Readonly<{ status: 'ended'; startedOn: IsoDate; endedOn: IsoDate }>);

export const initialPlacementState = (): PlacementState => ({ status: 'none' });

const placed = (d: PlacementCreated['data']): Placed => ({
  placementId: d.placementId,
  referralId: d.referralId,
  providerId: d.providerId,
  upn: d.upn,
  yearGroup: d.yearGroup,
  commissionerId: d.commissioner.organisationId,
  commissionerLa: d.commissioner.laCode,
  ...(d.homeLaCode ? { homeLaCode: d.homeLaCode } : {}),
  startDate: d.startDate,
  timetable: d.timetable,
  fullTime: d.fullTime,
  lookedAfterOrEhcp: d.lookedAfterOrEhcp ?? false,
  dualRegistered: d.dualRegistered ?? false,
  tier: d.tier ?? defaultTier(d),
  ...(d.plannedEndDate ? { plannedEndDate: d.plannedEndDate } : {}),
  reintegrationCriteria: [],
  extensions: 0,
});

export function evolvePlacement(state: PlacementState, event: PlacementEvent): PlacementState {
  switch (event.type) {
    case 'PlacementCreated':
      return { status: 'planned', ...placed(event.data) };
    case 'PlacementStarted':
      return state.status === 'planned'
        ? { ...state, status: 'active', startedOn: event.data.startedOn, reviewIds: [] }
        : state;
    case 'PlacementReviewed':
      return state.status === 'active'
        ? { ...state, reviewIds: [...state.reviewIds, event.data.reviewId], nextReviewDate: event.data.nextReviewDate }
        : state;
    case 'PlacementHoursChanged':
      return state.status === 'none'
        ? state
        : { ...state, timetable: event.data.timetable, fullTime: event.data.fullTime };
    case 'ReintegrationCriteriaAgreed':
      return state.status === 'none' ? state : { ...state, reintegrationCriteria: event.data.criteria };
    case 'PlacementExtended':
      return state.status === 'none'
        ? state
        : {
            ...state,
            plannedEndDate: event.data.plannedEndDate,
            extensions: state.extensions + 1,
            extensionReason: event.data.reason,
          };
    case 'PlacementEnded':
      return state.status === 'active' ? { ...state, status: 'ended', endedOn: event.data.endedOn } : state;
    default:
      // evolve trusts history and never throws: an event type this version does not know changes nothing.
      return state;
  }
}
