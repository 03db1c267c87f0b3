import type { IsoDate, SchoolCalendar } from '../calendar';
import type { ExclusionReasonCode, ExclusionType } from '../identifiers';
import type { Command } from '../shared';
import type { YearGroup } from '../timetable';

export type RecordExclusion = Command<
  'RecordExclusion',
  {
    exclusionId: string;
    upn: string;
    schoolUrn: string;
    /** The excluding school's LA. */
    schoolLaCode: string;
    homeLaCode: string;
    exclusionType: ExclusionType;
    startDate: IsoDate;
    startsPartWay: boolean;
    /** School days, for a suspension. */
    lengthSchoolDays?: number;
    reasons: ExclusionReasonCode[];
    yearGroup: YearGroup;
    /** The excluding school's calendar (or its LA's standard one), resolved at the edge. */
    calendar: SchoolCalendar;
  }
>;

export type CancelExclusion = Command<
  'CancelExclusion',
  {
    exclusionId: string;
    outcome: 'cancelled' | 'overturned';
    decidedOn: IsoDate;
    note?: string;
    /** The excluding school's calendar, to tell whether what remains is still more than five consecutive days. */
    calendar?: SchoolCalendar;
  }
>;

export type RecordDay6Exception = Command<
  'RecordDay6Exception',
  { exception: 'y11_exams_over' | 'ehcp_fewer_hours'; note: string; planHours?: number; periodId?: string }
>;

export type RecordParentNotice = Command<
  'RecordParentNotice',
  { kind: 'first' | 'provision'; givenAt: string; method: string; periodId?: string }
>;

export type ExclusionCommand = RecordExclusion | CancelExclusion | RecordDay6Exception | RecordParentNotice;
