import type { IsoDate } from '../calendar';
import { IllegalStateError, RuleViolationError } from '../shared';
import type * as C from './placement.commands';
import type { CriterionProgress, PlacementEvent, PlacementTier } from './placement.events';
import type { PlacementState } from './placement.state';
import { defaultTier } from './placement.upcasters';

/** The tier and planned end a new placement is created with (SEND and AP Improvement Plan 2023, REFERENCE §1.9). */
export function plannedShape(
  d: Pick<C.CreatePlacement['data'], 'tier' | 'plannedEndDate' | 'startDate' | 'dualRegistered'>,
): { tier: PlacementTier; plannedEndDate?: IsoDate } {
  const tier = d.tier ?? defaultTier(d);
  // Tier 2 is time-limited by definition: it plans its return to the home school from the start.
  if (d.tier === 2 && !d.plannedEndDate)
    throw new RuleViolationError('TIER2_PLANNED_END_REQUIRED', 'A tier-2 placement needs a planned end date', {
      field: 'plannedEndDate',
    });
  if (d.plannedEndDate && d.plannedEndDate <= d.startDate)
    throw new RuleViolationError('PLANNED_END_INVALID', 'The planned end must be after the start', {
      field: 'plannedEndDate',
    });
  return { tier, ...(d.plannedEndDate ? { plannedEndDate: d.plannedEndDate } : {}) };
}

/** A tier-2 review says how the pupil stands against each reintegration criterion agreed at induction. */
export function assertCriteriaReviewed(
  state: Extract<PlacementState, { status: 'active' }>,
  progress: readonly CriterionProgress[],
): void {
  const reviewed = new Set(progress.map((p) => p.criterion));
  const missing = state.reintegrationCriteria.filter((c) => !reviewed.has(c));
  if (missing.length > 0)
    throw new RuleViolationError('REINTEGRATION_CRITERIA_NOT_REVIEWED', 'Review every agreed reintegration criterion', {
      field: 'reintegrationProgress',
      missing,
    });
  const unknown = progress.filter((p) => !state.reintegrationCriteria.includes(p.criterion)).map((p) => p.criterion);
  if (unknown.length > 0)
    throw new RuleViolationError('REINTEGRATION_CRITERION_UNKNOWN', 'Only agreed criteria can be reviewed', {
      field: 'reintegrationProgress',
      unknown,
    });
}

export function agreeCriteria(command: C.AgreeReintegrationCriteria, state: PlacementState): PlacementEvent[] {
  if (state.status === 'none' || state.status === 'ended')
    throw new IllegalStateError('PLACEMENT_NOT_OPEN', 'The placement is not open');
  if (state.tier !== 2)
    throw new RuleViolationError('NOT_TIER2', 'Reintegration criteria are agreed for tier-2 placements', {
      field: 'criteria',
    });
  const criteria = [...new Set(command.data.criteria.map((c) => c.trim()).filter((c) => c.length > 0))];
  if (criteria.length === 0)
    throw new RuleViolationError('CRITERIA_REQUIRED', 'Agree at least one reintegration criterion', {
      field: 'criteria',
    });
  if (JSON.stringify(criteria) === JSON.stringify(state.reintegrationCriteria)) return [];
  const { agreedOn, agreedWith } = command.data;
  return [{ type: 'ReintegrationCriteriaAgreed', data: { criteria, agreedOn, agreedWith: [...agreedWith] } }];
}

/** Running past the planned end needs a new end and the reason for it, recorded. */
export function extend(command: C.ExtendPlacement, state: PlacementState): PlacementEvent[] {
  if (state.status === 'none' || state.status === 'ended')
    throw new IllegalStateError('PLACEMENT_NOT_OPEN', 'The placement is not open');
  const { plannedEndDate, reason } = command.data;
  if (plannedEndDate === state.plannedEndDate) return [];
  if (plannedEndDate <= (state.plannedEndDate ?? state.startDate))
    throw new RuleViolationError('EXTENSION_NOT_LATER', 'The new planned end must be later than the current one', {
      field: 'plannedEndDate',
    });
  if (reason.trim().length === 0)
    throw new RuleViolationError('EXTENSION_REASON_REQUIRED', 'Give the reason for the extension', { field: 'reason' });
  return [
    {
      type: 'PlacementExtended',
      data: {
        ...(state.plannedEndDate ? { previousEndDate: state.plannedEndDate } : {}),
        plannedEndDate,
        reason: reason.trim(),
        extendedAt: command.metadata.now,
      },
    },
  ];
}
