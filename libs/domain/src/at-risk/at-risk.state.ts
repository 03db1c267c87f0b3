import { DEFAULT_AT_RISK_THRESHOLDS, type AtRiskEvent, type AtRiskThresholds } from './at-risk.events';

export type AtRiskSettingsState = Readonly<{ thresholds: AtRiskThresholds; set: boolean }>;

export const initialAtRiskSettings = (): AtRiskSettingsState => ({
  thresholds: DEFAULT_AT_RISK_THRESHOLDS,
  set: false,
});

export function evolveAtRiskSettings(state: AtRiskSettingsState, event: AtRiskEvent): AtRiskSettingsState {
  return event.type === 'AtRiskThresholdsSet' ? { thresholds: event.data.thresholds, set: true } : state;
}
