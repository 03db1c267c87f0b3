import { assertRegistrationThreshold, assertTimetable } from '../placement/placement.rules';
import { isExclusionReasonCode, MAX_EXCLUSION_REASONS, validateUpn } from '../identifiers';
import { assertNever, IllegalStateError, RuleViolationError, sameContent } from '../shared';
import type * as C from './referral.commands';
import type { ReferralEvent, ReferralReason } from './referral.events';
import { isLookedAfterOrEhcp, missingItems, SECTION_NAMES } from './referral.sections';
import type { ReferralCase, ReferralState, ReferralStatus } from './referral.state';

export function decideReferral(command: C.ReferralCommand, state: ReferralState): ReferralEvent[] {
  if (command.type === 'OpenReferral') return openReferral(command, state);
  if (state.status === 'none') throw new IllegalStateError('REFERRAL_NOT_OPEN', 'This referral has not been opened');
  switch (command.type) {
    case 'CompleteSection':
      return completeSection(command, state);
    case 'SubmitReferral':
      return submit(command, state);
    case 'RequestInformation':
      return requestInformation(command, state);
    case 'ProvideInformation':
      return provideInformation(command, state);
    case 'AcceptReferral':
      return accept(command, state);
    case 'DeclineReferral':
      return decline(command, state);
    case 'WithdrawReferral':
      return withdraw(command, state);
    case 'RedirectReferral':
      return redirect(command, state);
    default:
      return assertNever(command);
  }
}

const today = (command: { metadata: { now: string } }) => command.metadata.now.slice(0, 10);

// §0 who is responsible: illness (s19) is the LA's to commission; a suspension or an off-site direction the school's.
// A permanent exclusion is the home LA's duty, but the excluding school often makes the referral (issue 5's journey),
// so either may open it; the day-6 duty stays with the LA whoever refers.
const LA_ONLY: ReadonlySet<ReferralReason> = new Set(['illness']);
const SCHOOL_ONLY: ReadonlySet<ReferralReason> = new Set(['suspension', 'off_site_direction']);

function openReferral(command: C.OpenReferral, state: ReferralState): ReferralEvent[] {
  if (state.status !== 'none') return [];
  const { actor } = command.metadata;
  const d = command.data;
  const kind = actor.role === 'school' ? 'school' : actor.role === 'la_officer' ? 'la' : undefined;
  if (!kind)
    throw new RuleViolationError('NOT_A_COMMISSIONER', 'Only a school or a local authority can open a referral', {
      field: 'role',
    });
  if ((kind === 'school' && LA_ONLY.has(d.reason)) || (kind === 'la' && SCHOOL_ONLY.has(d.reason))) {
    throw new RuleViolationError(
      'WRONG_COMMISSIONER',
      `A ${kind === 'la' ? 'local authority' : 'school'} does not commission AP for ${d.reason}`,
      { field: 'reason' },
    );
  }
  if (d.upn !== undefined) {
    const upn = validateUpn(d.upn);
    if (!upn.valid) throw new RuleViolationError('UPN_INVALID', upn.message, { field: 'upn', rule: upn.reason });
  }
  validateExclusion(command);
  return [
    {
      type: 'ReferralOpened',
      data: {
        referralId: d.referralId,
        commissioner: { kind, organisationId: actor.organisationId, laCode: d.commissionerLaCode },
        reason: d.reason,
        ...(d.upn ? { upn: d.upn } : {}),
        ...(d.exclusion ? { exclusion: d.exclusion } : {}),
        openedAt: command.metadata.now,
      },
    },
  ];
}

function validateExclusion({ data: d }: C.OpenReferral): void {
  const needsExclusion = d.reason === 'permanent_exclusion' || d.reason === 'suspension';
  if (needsExclusion && !d.exclusion) {
    throw new RuleViolationError(
      'EXCLUSION_DETAILS_REQUIRED',
      'Give the exclusion: type, first day, length and reasons',
      { field: 'exclusion' },
    );
  }
  const reasons = d.exclusion?.reasons ?? [];
  if (
    d.exclusion &&
    (reasons.length === 0 || reasons.length > MAX_EXCLUSION_REASONS || !reasons.every(isExclusionReasonCode))
  ) {
    throw new RuleViolationError(
      'EXCLUSION_REASONS_INVALID',
      `Give 1 to ${MAX_EXCLUSION_REASONS} reason codes from the DfE list`,
      { field: 'exclusion.reasons' },
    );
  }
}

function requireStatus(state: ReferralCase, allowed: readonly ReferralStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new IllegalStateError(
      'REFERRAL_STATUS_CONFLICT',
      `Cannot ${action} a referral that is ${state.status.replace('_', ' ')}`,
      {
        currentStatus: state.status,
        allowed,
      },
    );
  }
}

function completeSection(command: C.CompleteSection, state: ReferralCase): ReferralEvent[] {
  requireStatus(state, ['draft'], 'change a section of');
  if (!SECTION_NAMES.includes(command.data.section)) {
    throw new RuleViolationError('UNKNOWN_SECTION', `No section named ${command.data.section}`, { field: 'section' });
  }
  if (sameContent(state.sections[command.data.section], command.data.content)) return [];
  return [{ type: 'ReferralSectionCompleted', data: { ...command.data, completedAt: command.metadata.now } as never }];
}

function assertComplete(state: ReferralCase, on: string): void {
  const missing = missingItems(state.sections, on);
  if (missing.length > 0) {
    throw new RuleViolationError(
      'REFERRAL_INCOMPLETE',
      `The referral is missing ${missing.length} item(s): ${missing.map((m) => m.item).join(', ')}`,
      {
        missing,
      },
    );
  }
}

function submit(command: C.SubmitReferral, state: ReferralCase): ReferralEvent[] {
  if (state.status === 'submitted' && state.providerId === command.data.providerId) return [];
  requireStatus(state, ['draft'], 'submit');
  assertComplete(state, today(command));
  return [
    { type: 'ReferralSubmitted', data: { providerId: command.data.providerId, submittedAt: command.metadata.now } },
  ];
}

function redirect(command: C.RedirectReferral, state: ReferralCase): ReferralEvent[] {
  if (state.status === 'submitted' && state.providerId === command.data.providerId) return [];
  requireStatus(state, ['declined'], 'send on');
  if (state.declinedBy.includes(command.data.providerId)) {
    throw new RuleViolationError('PROVIDER_ALREADY_DECLINED', 'This provider has already declined the referral', {
      field: 'providerId',
    });
  }
  assertComplete(state, today(command));
  return [
    {
      type: 'ReferralSubmitted',
      data: {
        providerId: command.data.providerId,
        previousProviderId: state.providerId,
        submittedAt: command.metadata.now,
      },
    },
  ];
}

function requestInformation(command: C.RequestInformation, state: ReferralCase): ReferralEvent[] {
  // A repeat of a request already made (open or answered) changes nothing.
  if (
    state.openRequest?.requestId === command.data.requestId ||
    state.answeredRequests.includes(command.data.requestId)
  )
    return [];
  requireStatus(state, ['submitted'], 'request information on');
  if (command.data.items.length === 0)
    throw new RuleViolationError('ITEMS_REQUIRED', 'Name the information needed', { field: 'items' });
  const { requestId, items, note } = command.data;
  return [
    {
      type: 'InformationRequested',
      data: {
        requestId,
        providerId: state.providerId!,
        items,
        ...(note ? { note } : {}),
        requestedAt: command.metadata.now,
      },
    },
  ];
}

function provideInformation(command: C.ProvideInformation, state: ReferralCase): ReferralEvent[] {
  if (state.answeredRequests.includes(command.data.requestId)) return [];
  requireStatus(state, ['information_requested'], 'answer an information request on');
  if (state.openRequest?.requestId !== command.data.requestId) {
    throw new RuleViolationError('UNKNOWN_REQUEST', 'No open information request with this id', { field: 'requestId' });
  }
  // An answer that changes nothing and says nothing would tell the provider its request was met when it was not.
  if (command.data.sections.length === 0 && !command.data.note?.trim()) {
    throw new RuleViolationError('ANSWER_EMPTY', 'Update at least one section or add a note for the provider', {
      field: 'sections',
      rule: 'section-or-note',
    });
  }
  const now = command.metadata.now;
  // §0 completeness is re-checked on every change after submission: an answer cannot replace a section with one
  // that no longer meets the rules.
  const answered = Object.fromEntries(command.data.sections.map((s) => [s.section, s.content]));
  assertComplete({ ...state, sections: { ...state.sections, ...answered } }, today(command));
  const sections: ReferralEvent[] = command.data.sections.map((s) => ({
    type: 'ReferralSectionCompleted',
    data: { ...s, completedAt: now } as never,
  }));
  const { requestId, note } = command.data;
  return [
    ...sections,
    {
      type: 'InformationProvided',
      data: {
        requestId,
        sections: command.data.sections.map((s) => s.section),
        ...(note ? { note } : {}),
        providedAt: now,
      },
    },
  ];
}

function accept(command: C.AcceptReferral, state: ReferralCase): ReferralEvent[] {
  if (state.status === 'accepted') return [];
  requireStatus(state, ['submitted', 'information_requested'], 'accept');
  assertComplete(state, today(command));
  const { startDate, hoursPerWeek, partTime, provider } = command.data;
  if (startDate < today(command))
    throw new RuleViolationError('START_DATE_IN_PAST', 'The start date cannot be in the past', { field: 'startDate' });
  const yearGroup = state.sections.identity?.yearGroup ?? 11;
  // The same rules the placement enforces, checked here so a provider cannot accept what it could not then place.
  const fullTime = assertTimetable(yearGroup, { hoursPerWeek, partTime }, startDate);
  if (provider)
    assertRegistrationThreshold(provider, {
      yearGroup,
      hoursPerWeek,
      lookedAfterOrEhcp: isLookedAfterOrEhcp(state.sections),
    });
  return [
    {
      type: 'ReferralAccepted',
      data: {
        providerId: state.providerId!,
        startDate,
        hoursPerWeek,
        fullTime,
        ...(fullTime || !partTime ? {} : { partTime }),
        acceptedAt: command.metadata.now,
      },
    },
  ];
}

function decline(command: C.DeclineReferral, state: ReferralCase): ReferralEvent[] {
  if (state.status === 'declined') return [];
  requireStatus(state, ['submitted', 'information_requested'], 'decline');
  if (!command.data.reason.trim())
    throw new RuleViolationError('REASON_REQUIRED', 'Say why the referral is declined', { field: 'reason' });
  return [
    {
      type: 'ReferralDeclined',
      data: { providerId: state.providerId!, reason: command.data.reason, declinedAt: command.metadata.now },
    },
  ];
}

function withdraw(command: C.WithdrawReferral, state: ReferralCase): ReferralEvent[] {
  if (state.status === 'withdrawn') return [];
  requireStatus(state, ['draft', 'submitted', 'information_requested', 'declined'], 'withdraw');
  return [{ type: 'ReferralWithdrawn', data: { reason: command.data.reason, withdrawnAt: command.metadata.now } }];
}
