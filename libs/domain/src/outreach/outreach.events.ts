import type { IsoDate } from '../calendar';
import type { Event } from '../shared';

/** Tier 1 (SEND and AP Improvement Plan 2023, REFERENCE §1.9): an AP provider's targeted support in the school. */
export const SESSION_ATTENDANCE = {
  attended: 'Attended',
  partly: 'Attended part of the session',
  absent: 'Did not attend',
} as const;
export type SessionAttendance = keyof typeof SESSION_ATTENDANCE;

export const OBJECTIVES_MET = { met: 'Met', partly: 'Partly met', not_met: 'Not met' } as const;
export type ObjectivesMet = keyof typeof OBJECTIVES_MET;

export type OutreachRequested = Event<
  'OutreachRequested',
  {
    outreachId: string;
    upn: string;
    schoolUrn: string;
    laCode: string;
    providerId: string;
    needs: string;
    tried: string[];
    objectives: string[];
    attendancePercent?: number;
    requestedOn: IsoDate;
  }
>;
export type OutreachAccepted = Event<'OutreachAccepted', { acceptedOn: IsoDate; lead?: string }>;
export type OutreachDeclined = Event<'OutreachDeclined', { declinedOn: IsoDate; reason: string }>;
export type OutreachSessionRecorded = Event<
  'OutreachSessionRecorded',
  { sessionId: string; date: IsoDate; durationMinutes: number; focus: string; attendance: SessionAttendance }
>;
export type OutreachClosed = Event<
  'OutreachClosed',
  { closedOn: IsoDate; summary: string; objectivesMet: ObjectivesMet; sessions: number }
>;

export type OutreachEvent =
  OutreachRequested | OutreachAccepted | OutreachDeclined | OutreachSessionRecorded | OutreachClosed;
