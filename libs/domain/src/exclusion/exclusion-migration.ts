import { DEFAULT_SESSION_TIMES } from '../calendar';
import { exclusionRecordsId, exclusionStreamId } from './exclusion.streams';
import { upcastExclusionEvent } from './exclusion.upcasters';

/** A stored event as the one-off migration reads it. */
export type LegacyEvent = Readonly<{
  id: string;
  streamId: string;
  streamVersion: number;
  type: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, unknown>>;
}>;

/** Events to append to one new stream, each naming the stored event it was copied from. */
export type PlannedStream = Readonly<{
  streamId: string;
  events: ReadonlyArray<
    Readonly<{ from: string; type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }>
  >;
}>;

type Holder = { kind: string; organisationId: string };

/**
 * The one-off move of a schema-1 shared stream (`exclusions-<upn>`) into each organisation's own stream (see
 * scripts/migrate-exclusion-streams.ts). Nothing is rewritten: each fact is appended, upcast, to the stream of the
 * organisation it belongs to, with `migratedFrom` naming the original. Derived duty events are not copied: duties are
 * derived now. Notices and exceptions go to the records of the body that held the period's duty.
 */
export function planExclusionMigration(upn: string, legacy: readonly LegacyEvent[]): PlannedStream[] {
  const schoolOf = new Map<string, string>();
  const holderOf = new Map<string, Holder>();
  const streams = new Map<string, PlannedStream['events'][number][]>();
  const add = (organisationId: string, event: LegacyEvent, data: Record<string, unknown>) => {
    const streamId = exclusionStreamId(exclusionRecordsId(organisationId, upn));
    const metadata = {
      ...event.metadata,
      migratedFrom: { streamId: event.streamId, streamVersion: event.streamVersion, eventId: event.id },
    };
    streams.set(streamId, [...(streams.get(streamId) ?? []), { from: event.id, type: event.type, data, metadata }]);
  };
  for (const event of legacy) {
    const d = event.data as Record<string, unknown>;
    const periodId = String(d['periodId'] ?? '');
    if (event.type === 'ExclusionRecorded') {
      schoolOf.set(String(d['exclusionId']), String(d['schoolUrn']));
      add(String(d['schoolUrn']), event, { ...(upcastExclusionEvent(event).data as Record<string, unknown>) });
    } else if (event.type === 'Day6DutyArose' || event.type === 'Day6ResponsibilityMoved') {
      holderOf.set(periodId, d['responsible'] as Holder);
    } else if (event.type === 'ExclusionCancelled') {
      const school = schoolOf.get(String(d['exclusionId']));
      if (school) add(school, event, { ...d });
    } else if (event.type === 'Day6ExceptionRecorded' || event.type === 'ParentNoticeGiven') {
      const holder = holderOf.get(periodId)?.organisationId ?? schoolOf.get(periodId);
      if (!holder) continue;
      const { periodId: _p, ...rest } = d;
      const data =
        event.type === 'ParentNoticeGiven'
          ? { ...rest, exclusionId: periodId, upn }
          : { ...rest, dutyId: periodId, upn };
      add(holder, event, data);
    }
  }
  return [...streams].map(([streamId, events]) => ({ streamId, events }));
}

/**
 * A schema-1 day-6 timeline that already has an outcome (met, breached, closed), carried into its holder's new process
 * stream so the derived duty does not start again (and breach again) when the copied exclusions reach the worker.
 * Open ones are not carried: the new process starts them afresh from the calendar as it now is.
 */
export function carriedOverTimeline(legacyStreamId: string, events: readonly LegacyEvent[]) {
  const started = events.find((e) => e.type === 'Day6TimelineStarted')?.data as Record<string, unknown> | undefined;
  if (!started) return undefined;
  let status: 'open' | 'met' | 'breached' | 'closed' = 'open';
  let responsible = started['responsible'] as Holder;
  let escalateTo = String(started['escalateTo']);
  for (const { type, data } of events) {
    if (type === 'Day6Met' && data['fullTime'] !== false) status = 'met';
    if (type === 'Day6Breached') status = 'breached';
    if ((type === 'Day6TimelineClosed' || type === 'Day6ProvisionStartedLate') && status === 'open') status = 'closed';
    if (type === 'Day6ResponsibleChanged') {
      responsible = data['responsible'] as Holder;
      escalateTo = String(data['escalateTo']);
    }
  }
  if (status === 'open') return undefined;
  const dutyId = String(started['periodId']);
  return {
    streamId: `day6-${responsible.organisationId}-${String(started['upn'])}`,
    event: {
      type: 'Day6TimelineCarriedOver',
      data: {
        dutyId,
        upn: started['upn'],
        schoolUrn: started['schoolUrn'],
        responsible,
        escalateTo,
        exclusionIds: [dutyId],
        day1: started['day1'],
        reminders: [],
        day6: started['day6'],
        lookedAfter: false,
        firstNotice: { exclusionId: dutyId, dueBy: `${String(started['day1'])}T23:59:59.000Z` },
        sessionTimes: DEFAULT_SESSION_TIMES,
        status,
        from: legacyStreamId,
      },
    },
  };
}
