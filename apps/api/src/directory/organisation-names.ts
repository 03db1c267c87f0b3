import type { Pool } from 'pg';
import { IDENTIFIER_WORDS, type SummaryWords } from '@ap/application';

type Actor = Readonly<{ role?: string; organisationId?: string }>;
type Reference = Readonly<{ kind?: string; organisationId?: string }>;

/** The schools (by URN), providers (by id) and LAs (by code) some events and their actors mention. */
export type Mentioned = Readonly<{ schools: Set<string>; providers: Set<string>; las: Set<string> }>;

export const mentioned = (): Mentioned => ({ schools: new Set(), providers: new Set(), las: new Set() });

const LA_ROLES: readonly unknown[] = ['la_officer', 'la_auditor'];

/** "Local authority 201": an LA the directory has no name for, by its code. */
export const laByCode = (laCode: string): string => `Local authority ${laCode}`;

/** The same in SQL: the LA's name column, else laByCode of its code column (for lists named in one statement). */
export const laNameSql = (name: string, code: string): string => `coalesce(${name}, 'Local authority ' || ${code})`;

/**
 * Adds what one event's data (and its actor) mention: providers, schools, commissioners, responsible bodies, the LA
 * a breach is escalated to.
 */
export function mention(into: Mentioned, data: unknown, actor?: unknown): Mentioned {
  const d = (data ?? {}) as Record<string, unknown>;
  for (const key of ['providerId', 'previousProviderId'])
    if (typeof d[key] === 'string') into.providers.add(d[key] as string);
  if (typeof d['schoolUrn'] === 'string') into.schools.add(d['schoolUrn']);
  for (const key of ['commissioner', 'responsible']) {
    const ref = d[key] as Reference | undefined;
    if (ref?.kind === 'school' && ref.organisationId) into.schools.add(ref.organisationId);
    if (ref?.kind === 'la' && ref.organisationId) into.las.add(ref.organisationId);
  }
  for (const key of ['escalatedTo', 'escalateTo']) if (typeof d[key] === 'string') into.las.add(d[key] as string);
  const destination = d['destination'] as Reference | undefined;
  if (destination?.organisationId)
    (destination.kind === 'other_ap' ? into.providers : into.schools).add(destination.organisationId);
  const who = actor as Actor | undefined;
  if (who?.organisationId && who.role === 'school') into.schools.add(who.organisationId);
  if (who?.organisationId && who.role === 'provider') into.providers.add(who.organisationId);
  if (who?.organisationId && LA_ROLES.includes(who.role)) into.las.add(who.organisationId);
  return into;
}

export type OrganisationNames = Readonly<{
  /** For `summarise`: schools, providers and LAs by name, an identifier where the directory has none. */
  words: SummaryWords;
  school: (urn: string) => string | undefined;
  provider: (id: string) => string | undefined;
  /** An LA by name ("Northshire County Council"), by code where it has none ("Local authority 201"). */
  la: (laCode: string) => string;
  /** The name of the organisation an actor acted for ("Oak Academy", "Northshire County Council"). */
  ofActor: (actor: unknown) => string | undefined;
}>;

/**
 * Names for what the events mention, from the directory's read models in one round trip. Names only label what
 * the log says: the replay itself never depends on them.
 */
export async function organisationNames(pool: Pool, wanted: Mentioned): Promise<OrganisationNames> {
  const schools = new Map<string, string>();
  const providers = new Map<string, string>();
  const las = new Map<string, string>();
  if (wanted.schools.size + wanted.providers.size + wanted.las.size > 0) {
    const { rows } = await pool.query<{ kind: 'school' | 'provider' | 'la'; id: string; name: string }>(
      `SELECT 'school' AS kind, urn AS id, name FROM rm_schools WHERE urn = ANY($1)
       UNION ALL SELECT 'provider', provider_id, name FROM rm_providers WHERE provider_id = ANY($2)
       UNION ALL SELECT 'la', la_code, name FROM rm_local_authorities WHERE la_code = ANY($3)`,
      [[...wanted.schools], [...wanted.providers], [...wanted.las]],
    );
    for (const r of rows) ({ school: schools, provider: providers, la: las })[r.kind].set(r.id, r.name);
  }
  const school = (urn: string) => schools.get(urn);
  const provider = (id: string) => providers.get(id);
  const la = (laCode: string) => las.get(laCode) ?? laByCode(laCode);
  return {
    school,
    provider,
    la,
    words: {
      school: (urn) => school(urn) ?? IDENTIFIER_WORDS.school(urn),
      provider: (id) => provider(id) ?? IDENTIFIER_WORDS.provider(id),
      la: (laCode) => las.get(laCode) ?? IDENTIFIER_WORDS.la(laCode),
    },
    ofActor: (actor) => {
      const { role, organisationId } = (actor ?? {}) as Actor;
      if (!organisationId) return undefined;
      if (role === 'school') return school(organisationId);
      if (role === 'provider') return provider(organisationId);
      if (LA_ROLES.includes(role)) return la(organisationId);
      return undefined;
    },
  };
}

/** The actor as recorded, with the name of the organisation it acted for where the directory knows it. */
export function withOrganisationName(actor: unknown, names: OrganisationNames): unknown {
  if (!actor || typeof actor !== 'object') return actor ?? null;
  const organisationName = names.ofActor(actor);
  return organisationName ? { ...actor, organisationName } : actor;
}

type Responsible = Readonly<{ kind: 'la' | 'school'; organisationId: string }>;

/** Day-6 duties with their responsible body named ("Oak Academy", "Northshire County Council"), in one query. */
export async function withResponsibleNamed<T extends Readonly<{ responsible: Responsible }>>(
  pool: Pool,
  duties: readonly T[],
): Promise<Array<T & { responsible: Responsible & { name: string | null } }>> {
  const names = await organisationNames(
    pool,
    duties.reduce((into, d) => mention(into, { responsible: d.responsible }), mentioned()),
  );
  return duties.map((d) => {
    const { kind, organisationId } = d.responsible;
    const name = kind === 'la' ? names.la(organisationId) : (names.school(organisationId) ?? null);
    return { ...d, responsible: { ...d.responsible, name } };
  });
}
