import type { IsoDate } from '../calendar';
import type { CafeEvent } from './cafe.events';

export type CafeState =
  | Readonly<{ status: 'none' }>
  | Readonly<{
      status: 'recorded';
      reviewId: string;
      upn: string;
      laCode: string;
      heldOn: IsoDate;
      actions: Readonly<Record<string, Readonly<{ dueDate: IsoDate; completedOn?: IsoDate }>>>;
    }>;

export const initialCafeState = (): CafeState => ({ status: 'none' });

export function evolveCafe(state: CafeState, event: CafeEvent): CafeState {
  switch (event.type) {
    case 'CafeReviewRecorded': {
      const { reviewId, upn, laCode, heldOn, actions } = event.data;
      return {
        status: 'recorded',
        reviewId,
        upn,
        laCode,
        heldOn,
        actions: Object.fromEntries(actions.map((a) => [a.actionId, { dueDate: a.dueDate }])),
      };
    }
    case 'CafeActionCompleted': {
      if (state.status !== 'recorded' || !state.actions[event.data.actionId]) return state;
      const action = { ...state.actions[event.data.actionId]!, completedOn: event.data.completedOn };
      return { ...state, actions: { ...state.actions, [event.data.actionId]: action } };
    }
    default:
      return state;
  }
}
