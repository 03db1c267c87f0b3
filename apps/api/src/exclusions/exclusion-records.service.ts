import { Inject, Injectable } from '@nestjs/common';
import { AggregateReader } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import {
  day6Duties,
  exclusionRecordsId,
  exclusionVisibleTo,
  type Actor,
  type Day6Duty,
  type ExclusionEntry,
  type ExclusionState,
} from '@ap/domain';
import { CalendarResolver } from '../directory/calendar-resolver.service';

export type SchoolRecords = Readonly<{ schoolUrn: string; state: ExclusionState; version: number }>;

/** What one caller may see of a pupil's exclusions: only records of its own, or (an LA) of its schools and residents. */
export type ExclusionView = Readonly<{
  exclusions: readonly ExclusionEntry[];
  /** The duties the caller holds, and (an LA) those of its schools and residents. */
  duties: readonly Day6Duty[];
  /** The caller's own records stream: its version is the ETag, and reveals nothing of anyone else's. */
  own: Readonly<{ recordsId: string; state: ExclusionState; version: number }>;
}>;

const isLa = (actor: Actor) => actor.role === 'la_officer' || actor.role === 'la_auditor';

/**
 * Each organisation's exclusion records for a pupil live in its own stream, `exclusions-<org>-<upn>` (a school's
 * exclusions; an LA's own records for the duties it holds). A school reads only its own stream, so neither what it
 * is answered nor how long that takes depends on any other school's records.
 */
@Injectable()
export class ExclusionRecordsService {
  constructor(
    private readonly reader: AggregateReader,
    private readonly calendars: CalendarResolver,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  async own(organisationId: string, upn: string) {
    const recordsId = exclusionRecordsId(organisationId, upn);
    const { state, version } = await this.reader.load('exclusions', recordsId);
    return { recordsId, state, version };
  }

  /** Schools that hold exclusion records of the pupil (an LA's look-up; a school never needs it). */
  private async schoolsOf(upn: string): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ urn: string }>(
      `SELECT DISTINCT data->>'schoolUrn' AS urn FROM events
        WHERE data ? 'upn' AND data->>'upn' = $1 AND type = 'ExclusionRecorded' AND stream_id LIKE 'exclusions-%-%'`,
      [upn],
    );
    return rows.map((r) => r.urn).sort();
  }

  async view(actor: Actor, upn: string): Promise<ExclusionView> {
    const own = await this.own(actor.organisationId, upn);
    const schools = isLa(actor) ? await this.schoolsOf(upn) : actor.role === 'school' ? [actor.organisationId] : [];
    const exclusions: ExclusionEntry[] = [];
    const duties: Day6Duty[] = [];
    for (const schoolUrn of schools) {
      const records = schoolUrn === actor.organisationId ? own : await this.own(schoolUrn, upn);
      const entries = Object.values(records.state.exclusions);
      const visible = entries.filter((e) => exclusionVisibleTo(e, actor));
      if (visible.length === 0) continue;
      exclusions.push(...visible);
      const calendar = await this.calendars.forSchool(schoolUrn, visible[0]!.schoolLaCode);
      duties.push(...day6Duties(entries, calendar).filter((d) => dutyVisibleTo(d, actor, visible)));
    }
    return { exclusions, duties, own };
  }
}

/** A school sees the duties it holds; an LA those it holds and those of its schools and residents. */
function dutyVisibleTo(duty: Day6Duty, actor: Actor, visible: readonly ExclusionEntry[]): boolean {
  if (actor.role === 'school') return duty.responsible.organisationId === actor.organisationId;
  return (
    duty.responsible.organisationId === actor.organisationId ||
    duty.exclusionIds.every((id) => visible.some((e) => e.exclusionId === id))
  );
}
