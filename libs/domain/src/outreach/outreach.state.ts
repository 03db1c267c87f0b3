import type { IsoDate } from '../calendar';
import type { OutreachEvent, OutreachRequested } from './outreach.events';

type Requested = Readonly<{
  outreachId: string;
  upn: string;
  schoolUrn: string;
  laCode: string;
  providerId: string;
  requestedOn: IsoDate;
}>;

export type OutreachState =
  | Readonly<{ status: 'none' }>
  | (Requested & Readonly<{ status: 'requested' }>)
  | (Requested & Readonly<{ status: 'declined' }>)
  | (Requested & Readonly<{ status: 'active'; acceptedOn: IsoDate; sessionIds: readonly string[] }>)
  | (Requested & Readonly<{ status: 'closed'; acceptedOn: IsoDate; sessionIds: readonly string[]; closedOn: IsoDate }>);

export const initialOutreachState = (): OutreachState => ({ status: 'none' });

const requested = (d: OutreachRequested['data']): Requested => ({
  outreachId: d.outreachId,
  upn: d.upn,
  schoolUrn: d.schoolUrn,
  laCode: d.laCode,
  providerId: d.providerId,
  requestedOn: d.requestedOn,
});

export function evolveOutreach(state: OutreachState, event: OutreachEvent): OutreachState {
  switch (event.type) {
    case 'OutreachRequested':
      return { status: 'requested', ...requested(event.data) };
    case 'OutreachAccepted':
      return state.status === 'requested'
        ? { ...state, status: 'active', acceptedOn: event.data.acceptedOn, sessionIds: [] }
        : state;
    case 'OutreachDeclined':
      return state.status === 'requested' ? { ...state, status: 'declined' } : state;
    case 'OutreachSessionRecorded':
      return state.status === 'active' ? { ...state, sessionIds: [...state.sessionIds, event.data.sessionId] } : state;
    case 'OutreachClosed':
      return state.status === 'active' ? { ...state, status: 'closed', closedOn: event.data.closedOn } : state;
    default:
      return state;
  }
}
