import * as D from '@ap/domain';
import type { Decider } from '@ap/domain';

type AnyDecider = Decider<unknown, D.Command, D.Event>;

/** Every aggregate the engine writes: the stream category and the decider that owns it. */
export const AGGREGATES = {
  referral: { streamId: D.referralStreamId, decider: D.referralDecider },
  placement: { streamId: D.placementStreamId, decider: D.placementDecider },
  induction: { streamId: D.inductionStreamId, decider: D.inductionDecider },
  transition: { streamId: D.transitionStreamId, decider: D.transitionDecider },
  exclusions: { streamId: D.exclusionStreamId, decider: D.exclusionDecider },
  school: { streamId: D.schoolStreamId, decider: D.directoryDecider },
  provider: { streamId: D.providerStreamId, decider: D.directoryDecider },
  lacalendar: { streamId: D.laCalendarStreamId, decider: D.directoryDecider },
  outreach: { streamId: D.outreachStreamId, decider: D.outreachDecider },
  cafe: { streamId: D.cafeStreamId, decider: D.cafeDecider },
  voice: { streamId: D.voiceStreamId, decider: D.voiceDecider },
  quality: { streamId: D.qualityStreamId, decider: D.qualityDecider },
  atrisk: { streamId: D.atRiskSettingsStreamId, decider: D.atRiskSettingsDecider },
} as const satisfies Record<string, { streamId: (id: string) => string; decider: unknown }>;

export type AggregateName = keyof typeof AGGREGATES;
export type StateOf<A extends AggregateName> = ReturnType<(typeof AGGREGATES)[A]['decider']['initialState']>;
export type CommandOf<A extends AggregateName> = Parameters<(typeof AGGREGATES)[A]['decider']['decide']>[0];

export const deciderOf = (name: AggregateName): AnyDecider => AGGREGATES[name].decider as unknown as AnyDecider;
