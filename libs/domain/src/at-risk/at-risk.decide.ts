import { assertNever, RuleViolationError } from '../shared';
import type { AtRiskCommand, SetAtRiskThresholds } from './at-risk.commands';
import type { AtRiskEvent, AtRiskThresholds } from './at-risk.events';
import type { AtRiskSettingsState } from './at-risk.state';

export function decideAtRiskSettings(command: AtRiskCommand, state: AtRiskSettingsState): AtRiskEvent[] {
  switch (command.type) {
    case 'SetAtRiskThresholds':
      return set(command, state);
    default:
      return assertNever(command.type);
  }
}

const LIMITS: Readonly<Record<keyof AtRiskThresholds, [number, number]>> = {
  suspensionsThisTerm: [1, 20],
  suspensionsThisYear: [1, 50],
  attendanceBelow: [1, 100],
  declinedReferrals: [1, 10],
};

function set(command: SetAtRiskThresholds, state: AtRiskSettingsState): AtRiskEvent[] {
  // A threshold left out (or sent as undefined) keeps its current value.
  const given = Object.entries(command.data.thresholds).filter(([, v]) => v !== undefined);
  const thresholds = { ...state.thresholds, ...Object.fromEntries(given) };
  for (const [field, [min, max]] of Object.entries(LIMITS) as Array<[keyof AtRiskThresholds, [number, number]]>) {
    const value = thresholds[field];
    const whole = field !== 'attendanceBelow';
    if (!(typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value))))
      throw new RuleViolationError(
        'THRESHOLD_INVALID',
        `${field} must be ${whole ? 'a whole number ' : ''}from ${min} to ${max}`,
        {
          field,
        },
      );
  }
  if (state.set && JSON.stringify(thresholds) === JSON.stringify(state.thresholds)) return [];
  return [
    { type: 'AtRiskThresholdsSet', data: { laCode: command.data.laCode, thresholds, setAt: command.metadata.now } },
  ];
}
