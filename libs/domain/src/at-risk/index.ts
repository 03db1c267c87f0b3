import type { Decider } from '../shared';
import type { AtRiskCommand } from './at-risk.commands';
import { decideAtRiskSettings } from './at-risk.decide';
import type { AtRiskEvent } from './at-risk.events';
import { evolveAtRiskSettings, initialAtRiskSettings, type AtRiskSettingsState } from './at-risk.state';

export * from './at-risk.commands';
export * from './at-risk.events';
export * from './at-risk.state';
export * from './at-risk.rank';
export { decideAtRiskSettings } from './at-risk.decide';

export const atRiskSettingsStreamId = (laCode: string): string => `atrisk-${laCode}`;

export const atRiskSettingsDecider: Decider<AtRiskSettingsState, AtRiskCommand, AtRiskEvent> = {
  decide: decideAtRiskSettings,
  evolve: evolveAtRiskSettings,
  initialState: initialAtRiskSettings,
};
