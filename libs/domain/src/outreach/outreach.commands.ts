import type { IsoDate } from '../calendar';
import type { Command } from '../shared';
import type { ObjectivesMet, OutreachRequested, SessionAttendance } from './outreach.events';

export type RequestOutreach = Command<'RequestOutreach', OutreachRequested['data']>;
export type AcceptOutreach = Command<'AcceptOutreach', { acceptedOn: IsoDate; lead?: string }>;
export type DeclineOutreach = Command<'DeclineOutreach', { declinedOn: IsoDate; reason: string }>;
export type RecordOutreachSession = Command<
  'RecordOutreachSession',
  { sessionId: string; date: IsoDate; durationMinutes: number; focus: string; attendance: SessionAttendance }
>;
export type CloseOutreach = Command<
  'CloseOutreach',
  { closedOn: IsoDate; summary: string; objectivesMet: ObjectivesMet }
>;

export type OutreachCommand =
  RequestOutreach | AcceptOutreach | DeclineOutreach | RecordOutreachSession | CloseOutreach;
