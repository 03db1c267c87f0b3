import {
  DESTINATION_KINDS,
  EXCLUSION_REASON_CODES,
  PART_TIME_REASONS,
  PLACEMENT_END_REASONS,
  POST16_DESTINATIONS,
  REFERRAL_REASONS,
  SPEAKERS,
  VOICE_STAGES,
  sectionTitle,
} from '@ap/domain';
import { shortDayDate, timeOfDay } from '../words/dates';

/**
 * How a summary names the organisations it mentions. The API passes the directory's names ("Oak Academy",
 * "Bridges Learning Centre"); without them a summary falls back to the identifiers ("school 100001").
 */
export type SummaryWords = Readonly<{
  provider: (id: string) => string;
  school: (urn: string) => string;
  la: (code: string) => string;
}>;

export const IDENTIFIER_WORDS: SummaryWords = {
  provider: (id) => id,
  school: (urn) => `school ${urn}`,
  la: (code) => `LA ${code}`,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
type Summary = (d: Data, w: SummaryWords) => string;

/** "Thu 6 Nov 2025" for a date; an instant adds its UK time ("Thu 6 Nov 2025 at 9:05am"). Anything else as given. */
export function dayDate(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (Number.isNaN(new Date(dateOnly ? `${value}T00:00:00Z` : value).getTime())) return value;
  return dateOnly ? shortDayDate(value) : `${shortDayDate(value)} at ${timeOfDay(value)}`;
}

/** Section names as the pages call them, each once ("sen.ehcpCaseworker" and "sen" are both the SEN section). */
const titles = (items: readonly string[]): string => [...new Set(items.map(sectionTitle))].join(', ');

/** A code's label from its list, or the code in words ("duty_no_longer_arises" → "duty no longer arises"). */
const label = (labels: Readonly<Record<string, string>>, code: unknown): string =>
  labels[String(code)] ?? String(code).replace(/_/g, ' ');
const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const responsible = (r: { kind: string; organisationId: string }, w: SummaryWords) =>
  r.kind === 'la' ? w.la(r.organisationId) : w.school(r.organisationId);
const commissioner = (c: { kind: string; organisationId: string }, w: SummaryWords) =>
  c.kind === 'la' ? w.la(c.organisationId) : w.school(c.organisationId);
const hours = (n: unknown) => `${n} hours a week`;
const timeKind = (fullTime: unknown) => (fullTime ? 'full time' : 'part time');
const escalated = (d: Data, w: SummaryWords) => (d.escalatedTo ? `; escalated to ${w.la(d.escalatedTo)}` : '');

const EXCLUSION_LENGTH = (d: Data): string =>
  d.exclusionType === 'PERM'
    ? 'Permanent exclusion'
    : d.exclusionType === 'LNCH'
      ? 'Lunchtime suspension'
      : d.sessions !== undefined
        ? `Suspension of ${plural(d.sessions, 'session')}`
        : `Suspension of ${plural(d.lengthSchoolDays, 'school day')}`;

const INDUCTION_STEPS_MISSED: Readonly<Record<string, string>> = {
  meeting: 'Induction meeting not held',
  baseline: 'Baseline assessments not done',
  plan: 'Induction plan not agreed',
};
const ATTENDEES: Readonly<Record<string, string>> = {
  pupil: 'the pupil',
  parent_or_carer: 'parent or carer',
  school: 'the school',
  social_worker: 'social worker',
  provider: 'the provider',
  virtual_school: 'the virtual school',
};
const BASELINE: Readonly<Record<string, string>> = {
  literacy: 'literacy',
  numeracy: 'numeracy',
  social_emotional: 'social and emotional',
};

const CHECKS: Readonly<Record<string, string>> = {
  safeguarding: 'Safeguarding',
  healthAndSafety: 'Health and safety',
  teachingAndLearning: 'Teaching and learning',
};

const destination = (d: { kind: string; organisationId?: string; post16?: string }, w: SummaryWords): string =>
  d.post16
    ? label(POST16_DESTINATIONS, d.post16)
    : `${lower(label(DESTINATION_KINDS, d.kind))}${d.organisationId && d.kind !== 'other_ap' ? ` (${w.school(d.organisationId)})` : d.organisationId ? ` (${w.provider(d.organisationId)})` : ''}`;

/** One line a person can read for each stored event type: the pupil's history, the referral's, the CSV export. */
const SUMMARIES: Record<string, Summary> = {
  // The exclusions record and the day-6 timeline (REFERENCE §1.3).
  ExclusionRecorded: (d, w) =>
    `${EXCLUSION_LENGTH(d)} from ${dayDate(d.startDate ?? d.day1)}${d.startsPartWay ? ' (afternoon)' : ''} by ${w.school(d.schoolUrn)}: ${(d.reasons as string[]).map((r) => lower(label(EXCLUSION_REASON_CODES, r))).join('; ')}`,
  ExclusionCancelled: (d) => `Exclusion ${d.outcome} on ${dayDate(d.decidedOn)}`,
  Day6ExceptionRecorded: (d) => `Day-6 exception recorded: ${label({}, d.exception)}`,
  ParentNoticeGiven: (d) =>
    `${d.kind === 'first' ? 'Notice of the exclusion' : 'Notice of the day-6 provision'} given to the parent ${d.method ? `by ${label({}, d.method)} ` : ''}on ${dayDate(d.givenAt)}`,
  Day6DutyArose: (d, w) =>
    `Day-6 duty: full-time provision from ${dayDate(d.day6)}. ${responsible(d.responsible, w)} is responsible`,
  Day6DutyEnded: (d) => `Day-6 duty ended (${label({}, d.reason)})`,
  Day6ResponsibilityMoved: (d, w) =>
    `Permanent exclusion: the day-6 duty moves to ${responsible(d.responsible ?? { kind: 'la', organisationId: d.laCode }, w)}`,
  Day6TimelineStarted: (d, w) =>
    `Day-6 clock started: full-time provision from ${dayDate(d.day6)}. ${responsible(d.responsible, w)} is responsible${d.lookedAfter ? ' (looked after: provision expected from day 1)' : ''}`,
  Day6TimelineMoved: (d, w) =>
    `Day-6 clock ${d.reopened ? 'reopened' : 'moved'}: full-time provision from ${dayDate(d.day6)}. ${responsible(d.responsible, w)} is responsible`,
  Day6TimelineCarriedOver: (d, w) =>
    `Day-6 timeline carried over (${label({}, d.status)}): day 6 ${dayDate(d.day6)}. ${responsible(d.responsible, w)} is responsible`,
  Day6PlacementAccepted: (d) =>
    `A place was accepted for the day-6 duty, starting ${dayDate(d.startDate)} (${timeKind(d.fullTime)})`,
  Day6ReminderIssued: (d, w) =>
    `Reminder on school day ${d.schoolDay}: day 6 is ${dayDate(d.day6)}. ${responsible(d.responsible, w)} is responsible`,
  Day6Met: (d) => `Day 6 met: full-time provision started on ${dayDate(d.startedOn)} (day 6 ${dayDate(d.day6)})`,
  Day6PartTimeStarted: (d) =>
    `Provision started part time on ${dayDate(d.startedOn)} (${hours(d.hoursPerWeek)}): the day-6 duty is not met yet`,
  Day6Breached: (d, w) =>
    `Day 6 passed with no full-time provision: ${dayDate(d.day6)}. ${responsible(d.responsible, w)} is responsible${d.escalatedTo ? `; escalated to ${w.la(d.escalatedTo)}` : ''}`,
  Day6ProvisionStartedLate: (d) =>
    `Full-time provision started late, on ${dayDate(d.startedOn)} (day 6 was ${dayDate(d.day6)})`,
  Day6TimelineClosed: (d) => `Day-6 clock closed: ${label({}, d.reason)}`,
  Day6PlanHoursApplied: (d) => `EHC plan exception: day-6 provision measured against ${hours(d.planHours)}`,
  ParentNoticeRecorded: (d) =>
    `${d.kind === 'first' ? 'Notice of the exclusion' : 'Notice of the day-6 provision'} given to the parent on ${dayDate(d.givenAt)}${d.onTime ? '' : ' (late)'}`,
  ParentNoticeMissing: (d) =>
    `${d.kind === 'first' ? 'Notice of the exclusion' : 'Notice of the day-6 provision'} not recorded by ${dayDate(d.dueBy)}`,

  // The referral and its timelines.
  ReferralOpened: (d, w) =>
    `Referral opened by ${commissioner(d.commissioner, w)}: ${lower(label(REFERRAL_REASONS, d.reason))}`,
  ReferralSectionCompleted: (d) => `Section "${sectionTitle(d.section)}" completed`,
  ReferralSubmitted: (d, w) =>
    d.previousProviderId
      ? `Referral sent on from ${w.provider(d.previousProviderId)} to ${w.provider(d.providerId)}`
      : `Referral submitted to ${w.provider(d.providerId)}`,
  InformationRequested: (d) => `Provider asked for: ${titles(d.items as string[])}`,
  InformationProvided: (d) => `Information provided (${titles(d.sections as string[]) || 'note only'})`,
  ReferralAccepted: (d, w) =>
    `Accepted by ${w.provider(d.providerId)}: from ${dayDate(d.startDate)}, ${hours(d.hoursPerWeek)} (${timeKind(d.fullTime)})`,
  ReferralDeclined: (d, w) => `Declined by ${w.provider(d.providerId)}: ${d.reason}`,
  ReferralWithdrawn: (d) => `Referral withdrawn: ${d.reason}`,
  ReferralTimelinesStarted: () => 'Referral timelines started',
  ProviderResponseDue: (d, w) =>
    `${w.provider(d.providerId)} to respond by ${dayDate(d.dueBy)}${d.earlierForDay6 ? ' (earlier, for day 6)' : ''}`,
  ProviderResponseOverdue: (d, w) =>
    `${w.provider(d.providerId)} did not respond by ${dayDate(d.dueBy)}${escalated(d, w)}`,
  InformationRequestDue: (d) => `Information requested: answer due by ${dayDate(d.dueBy)}`,
  InformationRequestReminder: (d) => `Reminder: the information requested is due by ${dayDate(d.dueBy)}`,
  InformationRequestOverdue: (d, w) =>
    `The information requested was not provided by ${dayDate(d.dueBy)}${escalated(d, w)}`,
  InformationRequestClosed: (d) => `Information request closed (${d.outcome})`,
  ReferralTimelinesClosed: (d) => `Referral timelines closed (${label({}, d.outcome)})`,

  // The placement, its induction, reviews and timelines.
  PlacementCreated: (d, w) =>
    `Placement with ${w.provider(d.providerId)} from ${dayDate(d.startDate)}, ${hours(d.timetable.hoursPerWeek)}${d.plannedEndDate ? `, planned to end ${dayDate(d.plannedEndDate)}` : ''}`,
  PlacementStarted: (d) =>
    `Placement started on ${dayDate(d.startedOn)}${d.hoursPerWeek !== undefined ? `, ${hours(d.hoursPerWeek)} (${timeKind(d.fullTime)})` : ''}`,
  PlacementReviewed: (d) =>
    `Review on ${dayDate(d.heldOn)}: attendance ${d.attendancePercent}%, next review ${dayDate(d.nextReviewDate)}`,
  PlacementHoursChanged: (d) =>
    `Hours changed to ${hours(d.timetable.hoursPerWeek)} from ${dayDate(d.effectiveFrom)}${d.timetable.partTime ? ` (part time: ${lower(label(PART_TIME_REASONS, d.timetable.partTime.reason))})` : ''}`,
  PlacementEnded: (d) => `Placement ended on ${dayDate(d.endedOn)}: ${lower(label(PLACEMENT_END_REASONS, d.reason))}`,
  PlacementExtended: (d) => `Placement extended to ${dayDate(d.plannedEndDate)}: ${d.reason}`,
  ReintegrationCriteriaAgreed: (d) =>
    `${plural((d.criteria as string[]).length, 'reintegration criterion', 'reintegration criteria')} agreed on ${dayDate(d.agreedOn)}`,
  PlacementTimelinesStarted: (d) =>
    `Placement timelines started (${hours(d.timetable.hoursPerWeek)}${d.timetable.partTime ? `, part time until ${dayDate(d.timetable.partTime.endDate)}` : ''})`,
  InductionStepOverdue: (d, w) => `${label(INDUCTION_STEPS_MISSED, d.step)} by ${dayDate(d.dueBy)}${escalated(d, w)}`,
  PlacementReviewOverdue: (d, w) => `Placement review not held by ${dayDate(d.dueBy)}${escalated(d, w)}`,
  PartTimeReviewOverdue: (d, w) => `Part-time timetable not reviewed by ${dayDate(d.dueBy)}${escalated(d, w)}`,
  PartTimeTimetableEscalated: (d, w) =>
    `Part-time timetable since ${dayDate(d.partTimeSince)} ${d.reason === 'end_date_passed' ? 'ran past its end date' : 'reached 30 school days'}${escalated(d, w)}`,
  PartTimeTimetableChanged: (d) =>
    d.partTime ? `Part-time timetable from ${dayDate(d.since)}` : `Full-time timetable from ${dayDate(d.since)}`,
  TimetableNoted: (d) => `Timetable noted: ${hours(d.timetable.hoursPerWeek)}`,
  BaselineNoted: (d) => `Baseline noted (${label(BASELINE, d.area)})`,
  PlacementTimelinesClosed: (d) => `Placement timelines closed (${lower(label(PLACEMENT_END_REASONS, d.reason))})`,
  PlacementOverran: (d, w) => `Placement ran past its planned end, ${dayDate(d.plannedEndDate)}${escalated(d, w)}`,
  InductionOpened: (d) => `Induction opened (placement started ${dayDate(d.placementStartedOn)})`,
  InductionMeetingHeld: (d) =>
    `Induction meeting on ${dayDate(d.heldOn)} with ${(d.attendees as string[]).map((a) => label(ATTENDEES, a)).join(', ')}`,
  BaselineAssessed: (d) => `Baseline ${label(BASELINE, d.area)} assessment on ${dayDate(d.assessedOn)}`,
  NeedsIdentified: (d) => `${plural((d.needs as string[]).length, 'need')} identified`,
  PupilAndFamilyVoiceRecorded: () => 'Pupil and family voice recorded',
  InductionPlanAgreed: (d) =>
    `Induction plan agreed on ${dayDate(d.agreedOn)} with ${plural((d.targets as string[]).length, 'target')}`,
  InductionCompleted: (d) => `Induction completed on ${dayDate(d.completedOn)}`,

  // Transition, follow-up and the pupil's voice.
  TransitionPlanned: (d, w) => `Transition planned: ${destination(d.destination, w)}, for ${dayDate(d.plannedDate)}`,
  TransitionMeetingHeld: (d) => `Transition meeting on ${dayDate(d.heldOn)}`,
  DestinationConfirmed: (d, w) =>
    `Destination confirmed: ${destination(d.destination, w)}, starting ${dayDate(d.startsOn)}`,
  TransitionFollowUpRecorded: (d) =>
    `Follow-up on ${dayDate(d.checkedOn)}: ${d.sustained ? 'the move has lasted' : 'the move has not lasted'}`,
  Post16DestinationRecorded: (d) => `Post-16 destination: ${lower(label(POST16_DESTINATIONS, d.destination))}`,
  ReintegrationFollowUpDue: (d) => `Returned on ${dayDate(d.returnedOn)}: follow-up due by ${dayDate(d.dueBy)}`,
  ReintegrationFollowUpDone: (d) =>
    `Reintegration followed up on ${dayDate(d.checkedOn)}: ${d.sustained ? 'sustained' : 'not sustained'}`,
  ReintegrationFollowUpMissed: (d) => `Reintegration not followed up by ${dayDate(d.dueBy)}`,
  DestinationFollowUpDue: (d) => `Destination starts ${dayDate(d.startsOn)}: follow-up due by ${dayDate(d.dueBy)}`,
  DestinationFollowUpDone: (d) =>
    `Destination followed up on ${dayDate(d.checkedOn)}: ${d.sustained ? 'sustained' : 'not sustained'}`,
  DestinationFollowUpMissed: (d) => `Destination not followed up by ${dayDate(d.dueBy)}`,
  VoiceRecorded: (d) =>
    `${label(SPEAKERS, d.speaker)}'s views recorded (${lower(label(VOICE_STAGES, d.stage))}, ${dayDate(d.recordedOn)})`,
  FeedbackGiven: (d, w) =>
    `Feedback on ${w.provider(d.providerId)} from the ${lower(label(SPEAKERS, d.respondent))} on ${dayDate(d.givenOn)}`,

  // The directory.
  ProviderApproved: (d) => `Approved by the LA on ${dayDate(d.approvedOn)}`,
  ProviderCheckRecorded: (d) =>
    `${label(CHECKS, d.check)} check ${d.outcome} on ${dayDate(d.checkedOn)}${d.note ? `: ${d.note}` : ''}`,
  ProviderApprovalWithdrawn: (d) =>
    `Approval withdrawn on ${dayDate(d.withdrawnOn)}: the ${lower(label(CHECKS, d.failedCheck))} check failed`,

  // Outreach and the LA's children-absent-from-education reviews.
  OutreachRequested: (d, w) =>
    `Outreach requested from ${w.provider(d.providerId)} by ${w.school(d.schoolUrn)} on ${dayDate(d.requestedOn)}`,
  OutreachAccepted: (d) => `Outreach accepted on ${dayDate(d.acceptedOn)}${d.lead ? ` (lead: ${d.lead})` : ''}`,
  OutreachDeclined: (d) => `Outreach declined on ${dayDate(d.declinedOn)}: ${d.reason}`,
  OutreachSessionRecorded: (d) => `Outreach session on ${dayDate(d.date)} (${d.durationMinutes} minutes): ${d.focus}`,
  OutreachClosed: (d) =>
    `Outreach closed on ${dayDate(d.closedOn)} after ${plural(d.sessions, 'session')}: objectives ${label({}, d.objectivesMet)}`,
  OutreachResponseDue: (d, w) =>
    `${w.provider(d.providerId)} to respond to the outreach request by ${dayDate(d.dueBy)}`,
  OutreachResponseOverdue: (d, w) =>
    `${w.provider(d.providerId)} did not respond to the outreach request by ${dayDate(d.dueBy)}${escalated(d, w)}`,
  OutreachResponseClosed: (d) => `Outreach request answered (${d.outcome})`,
  CafeReviewRecorded: (d) =>
    `Children absent from education review on ${dayDate(d.heldOn)}: ${plural((d.actions as unknown[]).length, 'action')}`,
  CafeActionCompleted: (d) => `Review action completed on ${dayDate(d.completedOn)}`,

  // The engine's own timers (in the export; the pages leave them out).
  DeadlineScheduled: (d) => `Timer set: ${label({}, d.reason || d.name)}, due ${dayDate(d.dueAt)}`,
  DeadlineCancelled: (d) => `Timer cancelled: ${label({}, d.name)}`,
  DeadlineFired: (d) => `Timer fell due: ${label({}, d.name)}`,

  // Who looked (the access log).
  PupilRecordRead: (d) => `${d.actor.role} ${d.actor.organisationId} read ${d.what}`,
  PupilRecordsListed: (d) =>
    `${d.actor.role} ${d.actor.organisationId} listed ${plural(d.pupils.length, 'pupil')} in ${d.what}`,
};

/** The event in plain English; an event type without a summary reads as its words ("Timetable Noted"). */
export function summarise(type: string, data: Record<string, unknown>, words: SummaryWords = IDENTIFIER_WORDS): string {
  const summary = SUMMARIES[type];
  if (!summary) return type.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  try {
    return summary(data, words);
  } catch {
    return type.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  }
}

/** The event types with a summary of their own (a spec checks every stored type has one). */
export const summarisedTypes = (): readonly string[] => Object.keys(SUMMARIES);

export const registerSummaries = (more: Record<string, Summary>): void => {
  Object.assign(SUMMARIES, more);
};
