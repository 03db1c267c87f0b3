import { isIsoDate } from '../calendar';
import { IllegalStateError, RuleViolationError, sameContent as same } from '../shared';
import type { CommissionPlaces, DescribeProviderOffer, RecordProviderCheck } from './directory.commands';
import { APPROVAL_CHECK_NAMES, KEY_STAGES, type DirectoryEvent } from './directory.events';
import type { DirectoryState } from './directory.state';

const invalid = (code: string, message: string, field: string): never => {
  throw new RuleViolationError(code, message, { field });
};
const requireProvider = (state: DirectoryState): void => {
  if (state.kind !== 'provider') throw new IllegalStateError('PROVIDER_NOT_FOUND', 'No such provider');
};

/** One approval check (safeguarding, health and safety, teaching and learning) as done, with its date and checker. */
export function recordProviderCheck(command: RecordProviderCheck, state: DirectoryState): DirectoryEvent[] {
  requireProvider(state);
  const { check, checkedOn, outcome, note } = command.data;
  if (!APPROVAL_CHECK_NAMES.includes(check)) invalid('CHECK_UNKNOWN', 'No such approval check', 'check');
  if (!isIsoDate(checkedOn)) invalid('DATE_INVALID', 'The check date must be a real date', 'checkedOn');
  if (checkedOn > command.metadata.now.slice(0, 10))
    invalid('DATE_IN_FUTURE', 'A check cannot be recorded before it is done', 'checkedOn');
  const previous = state.checks?.[check];
  if (previous?.checkedOn === checkedOn && previous.outcome === outcome && previous.note === note) return [];
  const data = { check, checkedOn, outcome, ...(note ? { note } : {}), checkedBy: command.metadata.actor.id };
  // A provider that fails a check is no longer approved: schools must not be offered it as approved meanwhile.
  const withdrawn: DirectoryEvent[] =
    outcome === 'failed' && state.approval
      ? [
          {
            type: 'ProviderApprovalWithdrawn',
            data: { withdrawnOn: checkedOn, failedCheck: check, withdrawnBy: data.checkedBy },
          },
        ]
      : [];
  return [{ type: 'ProviderCheckRecorded', data }, ...withdrawn];
}

/** What the provider offers: key stages, specialisms, hours, where it is and whom to contact. */
export function describeProviderOffer(command: DescribeProviderOffer, state: DirectoryState): DirectoryEvent[] {
  requireProvider(state);
  const { offer } = command.data;
  if (offer.keyStages.length === 0 || offer.keyStages.some((k) => !KEY_STAGES.includes(k)))
    invalid('KEY_STAGES_INVALID', 'Choose at least one key stage from KS1 to KS5', 'offer.keyStages');
  if (!(offer.hoursPerWeek > 0 && offer.hoursPerWeek <= 40))
    invalid('HOURS_INVALID', 'Hours a week must be more than 0 and at most 40', 'offer.hoursPerWeek');
  if (same(state.offer, offer)) return [];
  return [{ type: 'ProviderOfferDescribed', data: { offer } }];
}

/** The places the LA commissions at a provider from a date (0 ends the commission). */
export function commissionPlaces(command: CommissionPlaces, state: DirectoryState): DirectoryEvent[] {
  requireProvider(state);
  const { places, from } = command.data;
  if (!Number.isInteger(places) || places < 0 || places > 1000)
    invalid('PLACES_INVALID', 'Places must be a whole number from 0 to 1000', 'places');
  if (!isIsoDate(from)) invalid('DATE_INVALID', 'The date must be a real date', 'from');
  if (same(state.places, { places, from })) return [];
  return [{ type: 'ProviderPlacesCommissioned', data: { places, from } }];
}
