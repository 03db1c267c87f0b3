import type { Command } from '../shared';
import type { AtRiskThresholds } from './at-risk.events';

export type SetAtRiskThresholds = Command<
  'SetAtRiskThresholds',
  { laCode: string; thresholds: Partial<AtRiskThresholds> }
>;

export type AtRiskCommand = SetAtRiskThresholds;
