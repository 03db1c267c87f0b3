import type { PoolClient } from 'pg';
import {
  day6Duties,
  exclusionRecordsOwner,
  exclusionStreamId,
  type Day6Duty,
  type ExclusionEntry,
  type SchoolCalendar,
} from '@ap/domain';
import type { RecordedEvent } from '@ap/event-store';
import type { Route, TxReader } from './process-routes';

const idOf = (event: RecordedEvent) => event.streamId.slice(event.streamId.indexOf('-') + 1);

/** A school's records stream is named by its 6-digit URN, an LA's own by its 3-digit code. */
const isSchoolRecords = (organisationId: string) => /^\d{6}$/.test(organisationId);

/**
 * Routes events to the day-6 process of each body that holds (or held) a duty for the pupil, `day6-<org>-<upn>`,
 * with the duties it holds now: derived from every school's live exclusions of the pupil, each on its own school's
 * calendar as it now is (§0 day 6). Exceptions and notices go only to the instance of the body that recorded them.
 */
export class Day6Router {
  constructor(private readonly reader: TxReader) {}

  async route(event: RecordedEvent, tx: PoolClient): Promise<Route[]> {
    if (event.streamId.startsWith('exclusions-')) {
      const owner = exclusionRecordsOwner(event.streamId);
      if (!owner) return [];
      const all = await this.forPupil(tx, owner.upn);
      if (event.type === 'ParentNoticeGiven' || event.type === 'Day6ExceptionRecorded') {
        // Only the recorder's own instance, which keeps a notice given before any duty arises.
        const own = `${owner.organisationId}-${owner.upn}`;
        return [all.find((r) => r.processId === own) ?? { processId: own, calendar: EMPTY_CALENDAR, duties: [] }];
      }
      return all;
    }
    if (event.type === 'CalendarPublished') return this.forCalendar(tx, event);
    if (event.type === 'ReferralAccepted') {
      const referral = await this.reader.load(tx, 'referral', idOf(event));
      return referral.status === 'none' || !referral.upn ? [] : this.forPupil(tx, referral.upn);
    }
    if (event.type === 'PlacementStarted') {
      const placement = await this.reader.load(tx, 'placement', idOf(event));
      return placement.status === 'none' || !placement.upn ? [] : this.forPupil(tx, placement.upn);
    }
    return [];
  }

  /** Every holder's instance for the pupil, existing ones included (so a duty that no longer arises is ended). */
  async forPupil(tx: PoolClient, upn: string): Promise<Route[]> {
    const duties = await this.dutiesOf(tx, upn);
    const { rows } = await tx.query<{ stream_id: string }>(
      `SELECT DISTINCT stream_id FROM events WHERE data ? 'upn' AND data->>'upn' = $1 AND stream_id LIKE 'day6-%'`,
      [upn],
    );
    const holders = new Set([
      ...duties.map((d) => `${d.responsible.organisationId}-${upn}`),
      ...rows.map((r) => r.stream_id.slice('day6-'.length)).filter((id) => id.endsWith(`-${upn}`)),
    ]);
    return [...holders].map((processId) => ({
      processId,
      calendar: EMPTY_CALENDAR,
      duties: duties.filter((d) => `${d.responsible.organisationId}-${upn}` === processId),
    }));
  }

  /** The pupil's duties now, from each school's records stream on that school's calendar. */
  async dutiesOf(tx: PoolClient, upn: string): Promise<Day6Duty[]> {
    const { rows } = await tx.query<{ stream_id: string }>(
      `SELECT DISTINCT stream_id FROM events WHERE data ? 'upn' AND data->>'upn' = $1 AND type = 'ExclusionRecorded'`,
      [upn],
    );
    const duties: Day6Duty[] = [];
    for (const { stream_id } of rows) {
      const owner = exclusionRecordsOwner(stream_id);
      if (
        !owner ||
        !isSchoolRecords(owner.organisationId) ||
        stream_id !== exclusionStreamId(`${owner.organisationId}-${upn}`)
      )
        continue;
      const state = await this.reader.load(tx, 'exclusions', `${owner.organisationId}-${upn}`);
      const entries: ExclusionEntry[] = Object.values(state.exclusions);
      if (entries.length === 0) continue;
      const calendar = await this.reader.calendar(tx, owner.organisationId, entries[0]!.schoolLaCode);
      duties.push(...day6Duties(entries, calendar));
    }
    return duties;
  }

  /** A calendar published since: every pupil excluded from the schools it covers, so day 6 follows it. */
  private async forCalendar(tx: PoolClient, event: RecordedEvent): Promise<Route[]> {
    const id = idOf(event);
    const { rows } = event.streamId.startsWith('school-')
      ? await tx.query<{ upn: string }>(
          `SELECT DISTINCT data->>'upn' AS upn FROM events WHERE type = 'ExclusionRecorded' AND data->>'schoolUrn' = $1`,
          [id],
        )
      : await tx.query<{ upn: string }>(
          `SELECT DISTINCT data->>'upn' AS upn FROM events WHERE type = 'ExclusionRecorded' AND data->>'schoolLaCode' = $1`,
          [id],
        );
    const routes: Route[] = [];
    for (const { upn } of rows) routes.push(...(await this.forPupil(tx, upn)));
    return routes;
  }
}

/** The day-6 process needs no calendar of its own: each duty carries its dates. */
const EMPTY_CALENDAR: SchoolCalendar = { id: 'none', name: 'none', terms: [], insetDays: [], closures: [] };
