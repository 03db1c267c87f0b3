import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import type { ExclusionState } from '@ap/domain';
import type { OpenDay6, OpenOverdue } from '@ap/read-models';
import { mention, mentioned, organisationNames, type OrganisationNames } from '../directory/organisation-names';
import { PupilHistoryService, type PupilView } from './pupil-history.service';

/** Each exclusion with its school's name (`schoolName`, null where the directory has none). */
function withSchoolNames<T extends object>(record: T, names: OrganisationNames): T {
  const { exclusions } = record as Partial<ExclusionState>;
  if (!exclusions) return record;
  const named = Object.entries(exclusions).map(([id, e]) => [
    id,
    { ...e, schoolName: names.school(e.schoolUrn) ?? null },
  ]);
  return { ...record, exclusions: Object.fromEntries(named) };
}

/** The pupil's case in one shape, now or as it was at an instant (GET /pupils/{upn}/case, /record, /history?asOf). */
@Injectable()
export class PupilCaseQuery {
  constructor(
    private readonly history: PupilHistoryService,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  /**
   * The case now (its open timelines from the read models), or as it was at an instant (all of it folded from the
   * log, the auditor's replay): one shape for both, so the pages tell them in the same words.
   */
  async caseOf(key: string, { streams, party, seenUpTo }: PupilView, instant?: string) {
    const then = instant ? await this.history.caseAt(streams, instant, seenUpTo) : undefined;
    const records = this.history.redactStates(
      party,
      then?.records ?? (await this.history.asOf(streams, undefined, seenUpTo)),
    );
    const of = (category: string) =>
      Object.entries(records)
        .filter(([id]) => id.startsWith(`${category}-`))
        .map(([id, r]) => ({ id: id.slice(category.length + 1), version: r.version, ...(r.state as object) }));
    const referralIds = of('referral').map((r) => r.id);
    const [day6, overdue, identity] = await Promise.all([
      then?.day6 ?? this.openDay6(key, streams),
      then?.overdue ?? this.openOverdue(referralIds),
      // Who the pupil is, as the latest referral the caller may see gives it.
      this.db.pool
        .query<{ name: string | null; dateOfBirth: string | null; yearGroup: string | null }>(
          `SELECT pupil_name AS name, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", year_group AS "yearGroup"
             FROM rm_referrals WHERE referral_id = ANY($1) AND pupil_name IS NOT NULL ORDER BY opened_at DESC LIMIT 1`,
          [referralIds],
        )
        .then((r) => r.rows),
    ]);
    const exclusions = of('exclusions');
    const referrals = of('referral');
    const placements = of('placement');
    // The pupil's school: the one that excluded them last, else the school that referred them.
    const excluded = exclusions.flatMap((e) => Object.values((e as Partial<ExclusionState>).exclusions ?? {}));
    const latestExclusion = [...excluded].sort((a, b) => a.startDate.localeCompare(b.startDate)).at(-1);
    const commissioner = (referrals.at(-1) as { commissioner?: { kind: string; organisationId: string } } | undefined)
      ?.commissioner;
    const schoolUrn =
      latestExclusion?.schoolUrn ?? (commissioner?.kind === 'school' ? commissioner.organisationId : undefined);
    const wanted = mentioned();
    if (schoolUrn) wanted.schools.add(schoolUrn);
    [...referrals, ...placements].forEach((r) => mention(wanted, r));
    day6.forEach((d) => d.responsibleKind === 'school' && wanted.schools.add(d.responsibleId));
    excluded.forEach((e) => wanted.schools.add(e.schoolUrn));
    const names = await organisationNames(this.db.pool, wanted);
    const withProvider = <T extends object>(r: T) => {
      const id = (r as { providerId?: string }).providerId;
      return id ? { ...r, providerName: names.provider(id) ?? null } : r;
    };
    const responsibleName = (d: (typeof day6)[number]) =>
      d.responsibleKind === 'school' ? (names.school(d.responsibleId) ?? null) : `Local authority ${d.responsibleId}`;
    const pupilCase = {
      upn: key,
      pupil: {
        name: identity[0]?.name ?? null,
        dateOfBirth: identity[0]?.dateOfBirth ?? latestExclusion?.dateOfBirth ?? null,
        yearGroup: identity[0]?.yearGroup ?? (latestExclusion ? String(latestExclusion.yearGroup) : null),
        school: schoolUrn ? { urn: schoolUrn, name: names.school(schoolUrn) ?? null } : null,
      },
      exclusions: exclusions.map((e) => withSchoolNames(e, names)),
      referrals: referrals.map(withProvider),
      placements: placements.map(withProvider),
      inductions: of('induction'),
      transitions: of('transition'),
      openTimelines: { day6: day6.map((d) => ({ ...d, responsibleName: responsibleName(d) })), overdue },
    };
    return { case: pupilCase, records };
  }

  /** The day-6 clocks open or breached now: only those the caller may see (its own, its schools' and residents'). */
  private async openDay6(key: string, streams: readonly string[]): Promise<OpenDay6[]> {
    const { rows } = await this.db.pool.query<OpenDay6>(
      `SELECT period_id AS "periodId", status, to_char(day1, 'YYYY-MM-DD') AS day1, to_char(day6, 'YYYY-MM-DD') AS day6, responsible_kind AS "responsibleKind", responsible_id AS "responsibleId"
         FROM rm_day6 WHERE upn = $1 AND COALESCE(stream_id, 'day6-' || period_id) = ANY($2) AND status IN ('open', 'breached') ORDER BY day6`,
      [key, streams.filter((s) => s.startsWith('day6-'))],
    );
    return rows;
  }

  private async openOverdue(referralIds: readonly string[]): Promise<OpenOverdue[]> {
    const { rows } = await this.db.pool.query<OpenOverdue>(
      `SELECT kind, subject_id AS "subjectId", to_char(due_by, 'YYYY-MM-DD') AS "dueBy" FROM rm_overdue WHERE subject_id = ANY($1) AND resolved_at IS NULL ORDER BY raised_at`,
      [referralIds],
    );
    return rows;
  }
}
