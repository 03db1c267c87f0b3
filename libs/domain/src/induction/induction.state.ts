import type { IsoDate } from '../calendar';
import type { BaselineArea, InductionEvent } from './induction.events';

export type InductionProgress = Readonly<{
  placementId: string;
  placementStartedOn: IsoDate;
  meetingHeldOn?: IsoDate;
  baselines: Readonly<Partial<Record<BaselineArea, IsoDate>>>;
  needsIdentified: boolean;
  voiceRecorded: boolean;
  planAgreedOn?: IsoDate;
}>;

export type InductionState =
  | Readonly<{ status: 'none' }>
  | (InductionProgress & Readonly<{ status: 'in_progress' }>)
  | (InductionProgress & Readonly<{ status: 'completed'; completedOn: IsoDate }>);

export const initialInductionState = (): InductionState => ({ status: 'none' });

export function evolveInduction(state: InductionState, event: InductionEvent): InductionState {
  if (event.type === 'InductionOpened') {
    const { placementId, placementStartedOn } = event.data;
    return {
      status: 'in_progress',
      placementId,
      placementStartedOn,
      baselines: {},
      needsIdentified: false,
      voiceRecorded: false,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InductionMeetingHeld':
      return { ...state, meetingHeldOn: event.data.heldOn };
    case 'BaselineAssessed':
      return { ...state, baselines: { ...state.baselines, [event.data.area]: event.data.assessedOn } };
    case 'NeedsIdentified':
      return { ...state, needsIdentified: true };
    case 'PupilAndFamilyVoiceRecorded':
      return { ...state, voiceRecorded: true };
    case 'InductionPlanAgreed':
      return { ...state, planAgreedOn: event.data.agreedOn };
    case 'InductionCompleted':
      return { ...state, status: 'completed', completedOn: event.data.completedOn };
    default:
      // evolve trusts history and never throws: an event type this version does not know changes nothing.
      return state;
  }
}
