import { sectionTitle } from '@ap/domain';

/** Section names as the pages call them, each once ("sen.ehcpCaseworker" and "sen" are both the SEN section). */
const titles = (items: readonly string[]): string => [...new Set(items.map(sectionTitle))].join(', ');

type Summary = (d: Record<string, any>) => string; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One line a person can read for each stored event type (the auditor's history and CSV export). */
const SUMMARIES: Record<string, Summary> = {
  ExclusionRecorded: (d) =>
    `${d.exclusionType === 'PERM' ? 'Permanent exclusion' : d.exclusionType === 'LNCH' ? 'Lunchtime suspension' : d.sessions !== undefined ? `Suspension of ${d.sessions} session(s)` : `Suspension of ${d.lengthSchoolDays} school day(s)`} from ${d.startDate ?? d.day1}${d.startsPartWay ? ' (afternoon)' : ''} by school ${d.schoolUrn} (${(d.reasons as string[]).join(', ')})`,
  Day6DutyArose: (d) =>
    `Day-6 duty: full-time provision by ${d.day6}, responsible ${d.responsible.kind === 'la' ? 'LA' : 'school'} ${d.responsible.organisationId}`,
  ExclusionCancelled: (d) => `Exclusion ${d.outcome} on ${d.decidedOn}`,
  Day6DutyEnded: (d) => `Day-6 duty ended (${String(d.reason).replace(/_/g, ' ')})`,
  Day6ResponsibilityMoved: (d) => `Permanent exclusion: the day-6 duty moves to LA ${d.responsible.organisationId}`,
  Day6PlanHoursApplied: (d) => `EHC plan exception: day-6 provision measured against ${d.planHours} h/week`,
  Day6ExceptionRecorded: (d) => `Day-6 exception recorded: ${String(d.exception).replace(/_/g, ' ')}`,
  ReferralOpened: (d) =>
    `Referral opened by ${d.commissioner.kind} ${d.commissioner.organisationId} for ${String(d.reason).replace(/_/g, ' ')}`,
  ReferralSectionCompleted: (d) => `Section "${sectionTitle(d.section)}" completed`,
  ReferralSubmitted: (d) =>
    d.previousProviderId
      ? `Referral sent on from ${d.previousProviderId} to ${d.providerId}`
      : `Referral submitted to ${d.providerId}`,
  InformationRequested: (d) => `Provider asked for: ${titles(d.items as string[])}`,
  InformationProvided: (d) => `Information provided (${titles(d.sections as string[]) || 'note only'})`,
  ReferralAccepted: (d) =>
    `Accepted by ${d.providerId}: from ${d.startDate}, ${d.hoursPerWeek} h/week (${d.fullTime ? 'full-time' : 'part-time'})`,
  ReferralDeclined: (d) => `Declined by ${d.providerId}: ${d.reason}`,
  ReferralWithdrawn: (d) => `Referral withdrawn: ${d.reason}`,
  PlacementCreated: (d) => `Placement with ${d.providerId} from ${d.startDate}, ${d.timetable.hoursPerWeek} h/week`,
  PlacementStarted: (d) => `Placement started on ${d.startedOn}`,
  PlacementReviewed: (d) =>
    `Review on ${d.heldOn}: attendance ${d.attendancePercent}%, next review ${d.nextReviewDate}`,
  PlacementHoursChanged: (d) => `Hours changed to ${d.timetable.hoursPerWeek} h/week from ${d.effectiveFrom}`,
  PlacementEnded: (d) => `Placement ended on ${d.endedOn} (${String(d.reason).replace(/_/g, ' ')})`,
  InductionOpened: (d) => `Induction opened (placement started ${d.placementStartedOn})`,
  InductionMeetingHeld: (d) => `Induction meeting on ${d.heldOn} with ${(d.attendees as string[]).join(', ')}`,
  BaselineAssessed: (d) => `Baseline ${String(d.area).replace(/_/g, '-')} assessed on ${d.assessedOn}`,
  NeedsIdentified: (d) => `${(d.needs as string[]).length} need(s) identified`,
  PupilAndFamilyVoiceRecorded: () => 'Pupil and family voice recorded',
  InductionPlanAgreed: (d) => `Induction plan agreed on ${d.agreedOn} with ${(d.targets as string[]).length} target(s)`,
  InductionCompleted: (d) => `Induction completed on ${d.completedOn}`,
  TransitionPlanned: (d) =>
    `Transition planned to ${String(d.destination.kind).replace(/_/g, ' ')} for ${d.plannedDate}`,
  TransitionMeetingHeld: (d) => `Transition meeting on ${d.heldOn}`,
  DestinationConfirmed: (d) => `Destination confirmed, starting ${d.startsOn}`,
  TransitionFollowUpRecorded: (d) => `Follow-up on ${d.checkedOn}: ${d.sustained ? 'sustained' : 'not sustained'}`,
  Post16DestinationRecorded: (d) => `Post-16 destination: ${String(d.destination).replace(/_/g, ' ')}`,
  PupilRecordRead: (d) => `${d.actor.role} ${d.actor.organisationId} read ${d.what}`,
  PupilRecordsListed: (d) =>
    `${d.actor.role} ${d.actor.organisationId} listed ${d.pupils.length} pupil${d.pupils.length === 1 ? '' : 's'} in ${d.what}`,
};

export function summarise(type: string, data: Record<string, unknown>): string {
  const summary = SUMMARIES[type];
  if (!summary) return type.replace(/([a-z])([A-Z])/g, '$1 $2');
  try {
    return summary(data);
  } catch {
    return type;
  }
}

export const registerSummaries = (more: Record<string, Summary>): void => {
  Object.assign(SUMMARIES, more);
};
