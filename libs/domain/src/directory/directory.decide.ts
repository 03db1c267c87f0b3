import { validateCalendar } from '../calendar';
import { isValidLaCode as isLaCode, isValidUkprn as isUkprn, isValidUrn as isUrn } from '../identifiers';
import { assertNever, IllegalStateError, RuleViolationError, sameContent as same } from '../shared';
import { TIMELINE_SETTING_NAMES } from '../processes/timelines.settings';
import type { DirectoryCommand, NameLocalAuthority } from './directory.commands';
import type { ApprovalChecks, DirectoryEvent } from './directory.events';

/** The checks an LA records before approving an unregistered provider (§0 unregistered providers). */
const APPROVAL_CHECKS = ['safeguarding', 'healthAndSafety', 'teachingAndLearning'] as const;
import type { DirectoryState } from './directory.state';
import { commissionPlaces, describeProviderOffer, recordProviderCheck } from './provider-profile.decide';
import { checkContact, DELIVERIES } from './directory.contacts';

export function decideDirectory(command: DirectoryCommand, state: DirectoryState): DirectoryEvent[] {
  switch (command.type) {
    case 'RegisterSchool': {
      const { urn, laCode } = command.data;
      if (!isUrn(urn)) throw new RuleViolationError('URN_INVALID', 'A URN is 6 digits', { field: 'urn' });
      if (!isLaCode(laCode))
        throw new RuleViolationError('LA_CODE_INVALID', 'An LA code is 3 digits', { field: 'laCode' });
      if (state.kind) return same(state.name, command.data.name) && state.laCode === laCode ? [] : alreadyExists();
      return [{ type: 'SchoolRegistered', data: { ...command.data } }];
    }
    case 'RegisterProvider': {
      const { registration } = command.data;
      if (registration.kind === 'school' && !isUrn(registration.urn))
        throw new RuleViolationError('URN_INVALID', 'A URN is 6 digits', { field: 'registration.urn' });
      if (registration.kind === 'ukprn' && !isUkprn(registration.ukprn))
        throw new RuleViolationError('UKPRN_INVALID', 'A UKPRN is 8 digits', { field: 'registration.ukprn' });
      if (state.kind)
        return state.name === command.data.name && same(state.registration, registration) ? [] : alreadyExists();
      return [{ type: 'ProviderRegistered', data: { ...command.data } }];
    }
    case 'ApproveProvider': {
      if (state.kind !== 'provider') throw new IllegalStateError('PROVIDER_NOT_FOUND', 'No such provider');
      // Issue 18: every named check must be recorded as passed; an empty or partial list is not an approval.
      const checks = command.data.checks ?? ({} as Partial<ApprovalChecks>);
      const missing = APPROVAL_CHECKS.filter((check) => checks[check] !== true);
      if (missing.length > 0)
        throw new RuleViolationError('APPROVAL_CHECKS_INCOMPLETE', `Checks not done: ${missing.join(', ')}`, {
          field: 'checks',
          missing,
        });
      const failed = APPROVAL_CHECKS.filter((check) => state.checks?.[check]?.outcome === 'failed');
      if (failed.length > 0)
        throw new RuleViolationError(
          'APPROVAL_CHECK_FAILED',
          `A failed check must be passed again before the provider is approved: ${failed.join(', ')}`,
          { field: 'checks', failed },
        );
      const passed: ApprovalChecks = { safeguarding: true, healthAndSafety: true, teachingAndLearning: true };
      if (same(state.approval, { approvedOn: command.data.approvedOn, checks: passed })) return [];
      return [
        {
          type: 'ProviderApproved',
          data: { approvedOn: command.data.approvedOn, checks: passed, approvedBy: command.metadata.actor.id },
        },
      ];
    }
    case 'PublishCalendar': {
      const problems = validateCalendar(command.data.calendar);
      if (problems.length > 0)
        throw new RuleViolationError('CALENDAR_INVALID', problems.join('; '), { field: 'calendar', problems });
      return same(state.calendar, command.data.calendar)
        ? []
        : [{ type: 'CalendarPublished', data: { ...command.data } }];
    }
    case 'SetTimelineSettings': {
      const bad = Object.entries(command.data.settings).filter(
        ([name, days]) =>
          !TIMELINE_SETTING_NAMES.includes(name as never) ||
          !Number.isInteger(days) ||
          (days as number) < 1 ||
          (days as number) > 60,
      );
      if (bad.length > 0) {
        throw new RuleViolationError(
          'TIMELINE_SETTINGS_INVALID',
          'Each deadline is a whole number of school days from 1 to 60',
          { field: `settings.${bad[0]![0]}` },
        );
      }
      return same(state.timelines, command.data.settings)
        ? []
        : [{ type: 'TimelineSettingsSet', data: { settings: { ...command.data.settings } } }];
    }
    case 'NameLocalAuthority':
      return nameLocalAuthority(command.data, state);
    case 'RecordProviderCheck':
      return recordProviderCheck(command, state);
    case 'DescribeProviderOffer':
      return describeProviderOffer(command, state);
    case 'CommissionPlaces':
      return commissionPlaces(command, state);
    case 'SetContact': {
      checkContact(command.data.contact);
      const contact = { ...command.data.contact };
      return same(state.contacts?.[contact.contactId], contact) ? [] : [{ type: 'ContactSet', data: { contact } }];
    }
    case 'RemoveContact':
      return state.contacts?.[command.data.contactId] ? [{ type: 'ContactRemoved', data: { ...command.data } }] : [];
    case 'SetNotificationPreference': {
      const { userId, delivery } = command.data;
      if (!DELIVERIES.includes(delivery))
        throw new RuleViolationError('DELIVERY_INVALID', 'Delivery is immediate or digest', { field: 'delivery' });
      return state.preferences?.[userId] === delivery
        ? []
        : [{ type: 'NotificationPreferenceSet', data: { userId, delivery } }];
    }
    default:
      return assertNever(command);
  }
}

const LA_NAME_MAX = 120;

/** An LA's name as its pages show it: words, not its code, and short enough for a table cell. */
function nameLocalAuthority(data: NameLocalAuthority['data'], state: DirectoryState): DirectoryEvent[] {
  if (!isLaCode(data.laCode))
    throw new RuleViolationError('LA_CODE_INVALID', 'An LA code is 3 digits', { field: 'laCode' });
  const name = (data.name ?? '').trim();
  if (name.length === 0 || name.length > LA_NAME_MAX)
    throw new RuleViolationError('LA_NAME_INVALID', "Enter the local authority's name, 120 characters or fewer", {
      field: 'name',
    });
  return state.name === name ? [] : [{ type: 'LocalAuthorityNamed', data: { laCode: data.laCode, name } }];
}

const alreadyExists = (): never => {
  throw new IllegalStateError(
    'ALREADY_REGISTERED',
    'An organisation with this id is already registered with other details',
  );
};
