import type { IsoDate } from '../calendar';
import type { ExclusionReasonCode, ExclusionType } from '../identifiers';
import type { Event } from '../shared';

export type ResponsibleBody = Readonly<{ kind: 'la' | 'school'; organisationId: string }>;

/**
 * Schema 2: a fact from the head's notice and nothing derived from it. Which days it covers, whether a day-6 duty
 * arises and who holds it are computed from the live exclusions and the calendar as it now is (exclusion-duties.ts),
 * so the recording order and later calendar changes cannot leave a stale period behind.
 */
export type ExclusionRecorded = Event<
  'ExclusionRecorded',
  {
    schemaVersion: 2;
    exclusionId: string;
    upn: string;
    schoolUrn: string;
    schoolLaCode: string;
    /** The pupil's home LA: responsible for day-6 provision after a permanent exclusion (EA 1996 s19(3A)). */
    homeLaCode: string;
    /** EA 1996 s19(3A)(b): a suspension from an LA-maintained PRU is the LA's duty. */
    laMaintainedPru: boolean;
    exclusionType: ExclusionType;
    startDate: IsoDate;
    /** Starts at lunchtime or in the afternoon: the afternoon session is the first excluded. */
    startsPartWay: boolean;
    /** Sessions (half days) as the census records them; a lunchtime exclusion is 1; absent for a permanent one. */
    sessions?: number;
    reasons: ExclusionReasonCode[];
    yearGroup: number | 'R';
    dateOfBirth?: IsoDate;
    lookedAfter: boolean;
    /** Reg 5: the EHC-plan exception applies only to a pupil with an EHC plan. */
    ehcPlan: boolean;
  }
>;

export type ExclusionCancelled = Event<
  'ExclusionCancelled',
  { exclusionId: string; outcome: 'cancelled' | 'overturned'; decidedOn: IsoDate; note?: string }
>;

export type Day6ExceptionRecorded = Event<
  'Day6ExceptionRecorded',
  {
    /** The duty it is about (ids from GET /pupils/{upn}/exclusions); `periodId` in schema 1. */
    dutyId: string;
    upn?: string;
    exception: 'y11_exams_over' | 'ehcp_fewer_hours';
    assertedBy: string;
    note: string;
    planHours?: number;
  }
>;

/** Reg 6 (as substituted 2012): written notice to the parent. Recordable for any exclusion, before any duty arises. */
export type ParentNoticeGiven = Event<
  'ParentNoticeGiven',
  {
    exclusionId: string;
    upn?: string;
    kind: 'first' | 'provision';
    givenAt: string;
    method: string;
    /** The first notice already gave the details of the day-6 provision: no further notice is needed. */
    provisionDetailsGiven?: boolean;
    /** Reg 6: the parent agreed to waive the 48 hours before provision that starts before day 6. */
    parentWaived48Hours?: boolean;
  }
>;

/** Schema 1 events: kept readable (history, upcasting, the one-off migration) but no longer written. */
export type LegacyExclusionEvent =
  | Event<'Day6DutyArose', Record<string, unknown>>
  | Event<'Day6DutyEnded', Record<string, unknown>>
  | Event<'Day6ResponsibilityMoved', Record<string, unknown>>;

export type ExclusionEvent =
  ExclusionRecorded | ExclusionCancelled | Day6ExceptionRecorded | ParentNoticeGiven | LegacyExclusionEvent;
