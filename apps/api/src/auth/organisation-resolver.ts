import { Injectable } from '@nestjs/common';
import { AggregateReader } from '@ap/application';
import { isValidLaCode, type Actor } from '@ap/domain';
import { forbidden } from '../http/not-found';
import type { ClaimedIdentity } from './token-verifier';

type Organisation = Readonly<{ kind: 'school' | 'provider' | 'la'; laCode: string }>;

/** DfE LA codes run from 201 (City of London) to 943 (REFERENCE.md §2.2). */
const isLaCode = (code: string): boolean => isValidLaCode(code) && Number(code) >= 201 && Number(code) <= 943;

/** A school's or provider's LA never changes once registered, so a found entry may be kept a little while. */
const CACHE_MS = 60_000;

/**
 * Issue 12: the token names the user and the organisation; what the organisation is and which LA it belongs to
 * come from the directory. An organisation the directory does not know, or a role that does not fit the kind of
 * organisation (a 'school' naming an LA code), is refused: the token's own `la` claim is never used.
 */
@Injectable()
export class OrganisationResolver {
  private readonly known = new Map<string, { organisation: Organisation; until: number }>();

  constructor(private readonly reader: AggregateReader) {}

  async actorFor(claimed: ClaimedIdentity): Promise<Actor> {
    if (claimed.role === 'admin') return { ...claimed };
    const wanted = claimed.role === 'school' ? 'school' : claimed.role === 'provider' ? 'provider' : 'la';
    const organisation = await this.lookUp(wanted, claimed.organisationId);
    if (!organisation)
      throw forbidden(
        'ORGANISATION_UNKNOWN',
        `The directory has no ${wanted === 'la' ? 'LA' : wanted} ${claimed.organisationId} for the ${claimed.role} role`,
      );
    return { ...claimed, laCode: organisation.laCode };
  }

  private async lookUp(kind: Organisation['kind'], id: string): Promise<Organisation | undefined> {
    if (kind === 'la') return isLaCode(id) ? { kind, laCode: id } : undefined;
    const cacheKey = `${kind}:${id}`;
    const cached = this.known.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.organisation;
    const { state } = await this.reader.load(kind, id);
    if (state.kind !== kind || !state.laCode) return undefined; // only found entries are kept
    const organisation = { kind, laCode: state.laCode };
    this.known.set(cacheKey, { organisation, until: Date.now() + CACHE_MS });
    return organisation;
  }
}
