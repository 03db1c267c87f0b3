import type { IsoDate } from '../calendar';
import type { ExclusionReasonCode, ExclusionType } from '../identifiers';
import type { Event } from '../shared';

export type ResponsibleBody = Readonly<{ kind: 'la' | 'school'; organisationId: string }>;

export type ExclusionRecorded = Event<
  'ExclusionRecorded',
  {
    exclusionId: string;
    /** The period of consecutive exclusion it belongs to: a suspension straight after another continues its period. */
    periodId: string;
    upn: string;
    schoolUrn: string;
    schoolLaCode: string;
    /** The pupil's home LA: responsible for day-6 provision after a permanent exclusion (EA 1996 s19(3A)). */
    homeLaCode: string;
    exclusionType: ExclusionType;
    startDate: IsoDate;
    startsPartWay: boolean;
    /** §0 day 1 on the excluding school's calendar. */
    day1: IsoDate;
    /** Last school day of a suspension; absent for a permanent exclusion. */
    lastDay?: IsoDate;
    lengthSchoolDays?: number;
    /** The period after this exclusion: its last school day and its length in school days (overlaps counted once). */
    periodLastDay?: IsoDate;
    periodSchoolDays?: number;
    reasons: ExclusionReasonCode[];
    yearGroup: number | 'R';
    calendarId: string;
  }
>;

/** SI 2007/1870 as amended: full-time provision is due from the sixth consecutive school day of exclusion. */
export type Day6DutyArose = Event<
  'Day6DutyArose',
  {
    periodId: string;
    upn: string;
    schoolUrn: string;
    schoolLaCode: string;
    responsible: ResponsibleBody;
    exclusionIds: string[];
    day1: IsoDate;
    day6: IsoDate;
    calendarId: string;
  }
>;

export type ExclusionCancelled = Event<
  'ExclusionCancelled',
  { exclusionId: string; outcome: 'cancelled' | 'overturned'; decidedOn: IsoDate; note?: string }
>;

export type Day6DutyEnded = Event<
  'Day6DutyEnded',
  { periodId: string; reason: 'exclusion_cancelled' | 'exclusion_overturned' }
>;

export type Day6ExceptionRecorded = Event<
  'Day6ExceptionRecorded',
  {
    periodId: string;
    exception: 'y11_exams_over' | 'ehcp_fewer_hours';
    assertedBy: string;
    note: string;
    planHours?: number;
  }
>;

/** Reg 6 (as substituted 2012): written notice to the parent of the day-6 provision. */
export type ParentNoticeGiven = Event<
  'ParentNoticeGiven',
  { periodId: string; kind: 'first' | 'provision'; givenAt: string; method: string }
>;

/** A permanent exclusion joined a period whose duty the school held: the home LA is now responsible (EA 1996 s19(3A)). */
export type Day6ResponsibilityMoved = Event<
  'Day6ResponsibilityMoved',
  { periodId: string; responsible: ResponsibleBody }
>;

export type ExclusionEvent =
  | ExclusionRecorded
  | Day6DutyArose
  | ExclusionCancelled
  | Day6DutyEnded
  | Day6ExceptionRecorded
  | ParentNoticeGiven
  | Day6ResponsibilityMoved;
