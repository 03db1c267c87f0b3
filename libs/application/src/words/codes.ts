/**
 * The words the pages (apps/web) and the CSV exports (apps/api) use for the API's codes, kept here so a spreadsheet
 * says what the page says (GOV.UK style: sentence case, plain English). An unknown code reads as itself.
 */
export const REFERRAL_REASON_WORDS: Readonly<Record<string, string>> = {
  permanent_exclusion: 'Permanent exclusion',
  suspension: 'Suspension',
  illness: 'Too ill to attend school',
  off_site_direction: 'Directed off-site to improve behaviour',
  ehcp_named_setting: 'Setting named in an EHC plan',
  other: 'Other',
};

/** What a deadline that has passed was for (rm_overdue.kind). */
export const OVERDUE_KIND_WORDS: Readonly<Record<string, string>> = {
  provider_response: "Provider's response to a referral",
  outreach_response: "Provider's response to an outreach request",
  information_request: 'Information the provider asked for',
  induction_meeting: 'Induction meeting',
  induction_baseline: 'Baseline assessments',
  induction_plan: 'Induction plan',
  review: 'Placement review',
  part_time_review: 'Part-time timetable review',
  part_time_escalated: 'Part-time timetable past its limit',
  follow_up: 'Follow-up after a return to school',
  destination_follow_up: 'Follow-up of the destination',
  planned_end: 'Placement past its planned end',
};

export const overdueText = (kind: string): string => OVERDUE_KIND_WORDS[kind] ?? kind.replace(/_/g, ' ');

/** A day-6 timeline's status, in the words of the school's and the LA's pages. */
export const DAY6_STATUS_WORDS: Readonly<Record<string, string>> = {
  open: 'Provision needed',
  met: 'Full-time provision by day 6',
  met_late: 'Started late',
  breached: 'No provision by day 6',
  closed: 'Closed',
};

/** Why a day-6 timeline ended before its duty was met or breached. */
export const DAY6_ENDED_WORDS: Readonly<Record<string, string>> = {
  duty_no_longer_arises: 'The exclusion no longer needs provision from day 6',
  exception_y11_exams_over: 'Year 11 pupil whose public exams are over',
  exception_ehcp_fewer_hours: 'EHC plan specifies fewer hours',
  carried_over: 'Carried over into a longer exclusion',
  provision_started_late: 'Provision started after day 6',
};

/** Who holds a duty: the excluding school or the local authority. */
export const RESPONSIBLE_KIND_WORDS: Readonly<Record<string, string>> = { la: 'Local authority', school: 'School' };

/** A user's role, as the sign-in page and the history name it. */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  school: 'School',
  provider: 'Provider',
  la_officer: 'Local authority',
  la_auditor: 'Local authority auditor',
  admin: 'Administrator',
  system: 'The service (automatic)',
};

/** A code in words from one of the maps above: empty for no value, the code itself when the map lacks it. */
export const wordsFor =
  (map: Readonly<Record<string, string>>) =>
  (code: unknown): string =>
    code === null || code === undefined || code === '' ? '' : (map[String(code)] ?? String(code));

export const reasonText = (code: string): string => REFERRAL_REASON_WORDS[code] ?? code;

/** A yes/no fact for a spreadsheet; empty when it is not known. */
export const yesNo = (value: unknown): string => (value === true ? 'Yes' : value === false ? 'No' : '');
