import type { ExclusionEvent } from './exclusion.events';

type Stored = Readonly<{ type: string; data: Readonly<Record<string, unknown>> }>;

/**
 * Schema 1 (one shared `exclusions-<upn>` stream, derived periods stored on each event) to schema 2, applied on
 * read and by the one-off migration (scripts/migrate-exclusion-streams.ts) that copies each school's events into
 * its own stream. Stored events are never rewritten. Lengths become sessions (1 school day = 2 sessions).
 */
export function upcastExclusionEvent(event: Stored): ExclusionEvent {
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case 'ExclusionRecorded': {
      if (d['schemaVersion'] === 2) return event as unknown as ExclusionEvent;
      const {
        periodId: _p,
        day1: _d1,
        lastDay: _l,
        periodLastDay: _pl,
        periodSchoolDays: _ps,
        lengthSchoolDays,
        calendarId: _c,
        ...facts
      } = d;
      const type = facts['exclusionType'];
      const sessions = type === 'LNCH' ? 1 : typeof lengthSchoolDays === 'number' ? lengthSchoolDays * 2 : undefined;
      return {
        type: 'ExclusionRecorded',
        data: {
          ...(facts as object),
          schemaVersion: 2,
          laMaintainedPru: false,
          lookedAfter: false,
          ehcPlan: false,
          ...(sessions !== undefined ? { sessions } : {}),
        },
      } as ExclusionEvent;
    }
    case 'Day6ExceptionRecorded':
      return d['dutyId'] !== undefined
        ? (event as unknown as ExclusionEvent)
        : ({ type: event.type, data: { ...d, dutyId: d['periodId'] } } as unknown as ExclusionEvent);
    default:
      return event as unknown as ExclusionEvent;
  }
}
