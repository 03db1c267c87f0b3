import { evolveDay6, initialDay6State, type Day6Event, type Day6State } from '@ap/domain';
import type { RecordedEvent } from '@ap/event-store';
import { MISSED, RAISES, RESOLVES } from './timelines.projection';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A day-6 clock as the pupil's case lists it (the shape of the current case's rows from rm_day6). */
export type OpenDay6 = Readonly<{
  periodId: string;
  status: 'open' | 'breached';
  day1: string;
  day6: string;
  responsibleKind: string;
  responsibleId: string;
}>;
export type OpenOverdue = Readonly<{ kind: string; subjectId: string; dueBy: string | null }>;

const idOf = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

/** A schema-1 timeline (`day6-<periodId>`) names no duty in its events: its stream's id is the duty's. */
const schemaOne = (streamId: string) => !idOf(streamId).includes('-');

/**
 * The day-6 clocks open or breached after the given events of the pupil's day-6 streams: what `rm_day6` held then,
 * folded from the log by the process's own `evolve` (the auditor's replay never reads a read model). A breach whose
 * provision then started late is no longer listed, as in the read model.
 */
export function openDay6At(streams: ReadonlyArray<Readonly<{ streamId: string; events: readonly RecordedEvent[] }>>) {
  const duties = new Map<string, OpenDay6>();
  // Schema-1 streams first: a timeline the migration carried into a new stream is taken over by it.
  const ordered = [...streams].sort((a, b) => Number(!schemaOne(a.streamId)) - Number(!schemaOne(b.streamId)));
  for (const { streamId, events } of ordered) {
    const state = events.reduce<Day6State>((s, e) => {
      const data = schemaOne(streamId) ? { dutyId: idOf(streamId), ...e.data } : e.data;
      return evolveDay6(s, { type: e.type, data } as Day6Event);
    }, initialDay6State());
    for (const t of Object.values(state.duties)) {
      duties.delete(t.dutyId);
      const open = t.status === 'open' || (t.status === 'breached' && t.endedReason !== 'provision_started_late');
      if (open)
        duties.set(t.dutyId, {
          periodId: t.dutyId,
          status: t.status as OpenDay6['status'],
          day1: t.day1,
          day6: t.day6,
          responsibleKind: t.responsible.kind,
          responsibleId: t.responsible.organisationId,
        });
    }
  }
  return [...duties.values()].sort((a, b) => a.day6.localeCompare(b.day6));
}

/**
 * The overdue items still unresolved after the given events (the pupil's timelines and the records that resolve
 * them, in commit order): what `rm_overdue` held then, by the projection's own rules.
 */
export function openOverdueAt(events: readonly RecordedEvent[]): OpenOverdue[] {
  const items = new Map<string, OpenOverdue & { resolved: boolean }>();
  for (const event of events) {
    const d = event.data as Data;
    const subjectId = idOf(event.streamId);
    const raised = RAISES[event.type]?.(d).kind;
    const missed = MISSED[event.type];
    if (raised) {
      const dueBy = d.dueBy ?? d.plannedEndDate ?? event.recordedAt.slice(0, 10);
      items.delete(`${subjectId}:${raised}`); // raised again: listed from its latest raising, as in the read model
      items.set(`${subjectId}:${raised}`, { kind: raised, subjectId, dueBy, resolved: false });
    } else if (missed && !items.has(`${subjectId}:${missed}`))
      items.set(`${subjectId}:${missed}`, { kind: missed, subjectId, dueBy: d.dueBy ?? null, resolved: false });
    for (const kind of RESOLVES[event.type] ?? []) {
      const item = items.get(`${subjectId}:${kind}`);
      if (item) items.set(`${subjectId}:${kind}`, { ...item, resolved: true });
    }
  }
  return [...items.values()].filter((i) => !i.resolved).map(({ resolved: _r, ...item }) => item);
}
