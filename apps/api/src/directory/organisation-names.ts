import type { Pool } from 'pg';
import { IDENTIFIER_WORDS, type SummaryWords } from '@ap/application';

type Actor = Readonly<{ role?: string; organisationId?: string }>;
type Reference = Readonly<{ kind?: string; organisationId?: string }>;

/** The schools (by URN) and providers (by id) some events and their actors mention. */
export type Mentioned = Readonly<{ schools: Set<string>; providers: Set<string> }>;

export const mentioned = (): Mentioned => ({ schools: new Set(), providers: new Set() });

/** Adds what one event's data (and its actor) mention: providers, schools, commissioners, responsible bodies. */
export function mention(into: Mentioned, data: unknown, actor?: unknown): Mentioned {
  const d = (data ?? {}) as Record<string, unknown>;
  for (const key of ['providerId', 'previousProviderId'])
    if (typeof d[key] === 'string') into.providers.add(d[key] as string);
  if (typeof d['schoolUrn'] === 'string') into.schools.add(d['schoolUrn']);
  for (const key of ['commissioner', 'responsible']) {
    const ref = d[key] as Reference | undefined;
    if (ref?.kind === 'school' && ref.organisationId) into.schools.add(ref.organisationId);
  }
  const destination = d['destination'] as Reference | undefined;
  if (destination?.organisationId)
    (destination.kind === 'other_ap' ? into.providers : into.schools).add(destination.organisationId);
  const who = actor as Actor | undefined;
  if (who?.organisationId && who.role === 'school') into.schools.add(who.organisationId);
  if (who?.organisationId && who.role === 'provider') into.providers.add(who.organisationId);
  return into;
}

export type OrganisationNames = Readonly<{
  /** For `summarise`: schools and providers by name, an identifier where the directory has none. */
  words: SummaryWords;
  school: (urn: string) => string | undefined;
  provider: (id: string) => string | undefined;
  /** The name of the organisation an actor acted for ("Oak Academy", "Local authority 201"). */
  ofActor: (actor: unknown) => string | undefined;
}>;

/**
 * Names for what the events mention, from the directory's read models in one round trip. Names only label what
 * the log says: the replay itself never depends on them.
 */
export async function organisationNames(pool: Pool, wanted: Mentioned): Promise<OrganisationNames> {
  const schools = new Map<string, string>();
  const providers = new Map<string, string>();
  if (wanted.schools.size + wanted.providers.size > 0) {
    const { rows } = await pool.query<{ kind: 'school' | 'provider'; id: string; name: string }>(
      `SELECT 'school' AS kind, urn AS id, name FROM rm_schools WHERE urn = ANY($1)
       UNION ALL SELECT 'provider', provider_id, name FROM rm_providers WHERE provider_id = ANY($2)`,
      [[...wanted.schools], [...wanted.providers]],
    );
    for (const r of rows) (r.kind === 'school' ? schools : providers).set(r.id, r.name);
  }
  const school = (urn: string) => schools.get(urn);
  const provider = (id: string) => providers.get(id);
  return {
    school,
    provider,
    words: {
      school: (urn) => school(urn) ?? IDENTIFIER_WORDS.school(urn),
      provider: (id) => provider(id) ?? IDENTIFIER_WORDS.provider(id),
      la: IDENTIFIER_WORDS.la,
    },
    ofActor: (actor) => {
      const { role, organisationId } = (actor ?? {}) as Actor;
      if (!organisationId) return undefined;
      if (role === 'school') return school(organisationId);
      if (role === 'provider') return provider(organisationId);
      if (role === 'la_officer' || role === 'la_auditor') return `Local authority ${organisationId}`;
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
