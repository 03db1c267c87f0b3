import type { IsoDate } from '../calendar';
import type { ExclusionReasonCode, ExclusionType } from '../identifiers';
import type { Command } from '../shared';
import type { YearGroup } from '../timetable';
import type { Day6Duty } from './exclusion-duties';

/** Recorded in the excluding school's own stream, `exclusions-<urn>-<upn>`. */
export type RecordExclusion = Command<
  'RecordExclusion',
  {
    exclusionId: string;
    upn: string;
    schoolUrn: string;
    /** The excluding school's LA. */
    schoolLaCode: string;
    homeLaCode: string;
    laMaintainedPru?: boolean;
    exclusionType: ExclusionType;
    startDate: IsoDate;
    startsPartWay: boolean;
    /** Sessions (half days), for a suspension; a lunchtime exclusion is always 1. */
    sessions?: number;
    reasons: ExclusionReasonCode[];
    yearGroup: YearGroup;
    dateOfBirth?: IsoDate;
    lookedAfter?: boolean;
    ehcPlan?: boolean;
  }
>;

export type CancelExclusion = Command<
  'CancelExclusion',
  { exclusionId: string; outcome: 'cancelled' | 'overturned'; decidedOn: IsoDate; note?: string }
>;

/**
 * Recorded in the stream of the body that holds the duty (the school's, or the LA's own `exclusions-<la>-<upn>`).
 * The duty, derived at the edge from the exclusions and the calendar, is an input: the LA's stream holds none.
 */
export type RecordDay6Exception = Command<
  'RecordDay6Exception',
  {
    duty: Day6Duty;
    exception: 'y11_exams_over' | 'ehcp_fewer_hours';
    note: string;
    planHours?: number;
  }
>;

export type RecordParentNotice = Command<
  'RecordParentNotice',
  {
    exclusionId: string;
    upn: string;
    kind: 'first' | 'provision';
    givenAt: string;
    method: string;
    provisionDetailsGiven?: boolean;
    parentWaived48Hours?: boolean;
  }
>;

export type ExclusionCommand = RecordExclusion | CancelExclusion | RecordDay6Exception | RecordParentNotice;
