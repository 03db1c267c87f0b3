import { createRemoteJWKSet, decodeJwt, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Role } from '@ap/domain';
import type { AuthConfig } from './auth.config';

const ROLES: readonly Role[] = ['school', 'provider', 'la_officer', 'la_auditor', 'admin'];
/** A URN, provider id or LA code: short, no spaces, no separators that could smuggle another value. */
const ORGANISATION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The claims AP Pathway reads from an access token. */
export type ApClaims = JWTPayload & { role?: unknown; org?: unknown; la?: unknown; name?: unknown };

/** Who the token says the caller is; the organisation is checked against the directory before it is trusted. */
export type ClaimedIdentity = Readonly<{ id: string; role: Role; organisationId: string; name?: string }>;

export class InvalidTokenError extends Error {}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** Tokens verified recently, kept until they expire (the web sends a signed-in user's token with every call). */
const VERIFIED_TOKENS = 10_000;
const RECHECK_SECONDS = 300;

export class TokenVerifier {
  private readonly key: Parameters<typeof jwtVerify>[1];
  /** A token already verified, by its full text, with what it said and the instants it is good between. */
  private readonly verified = new Map<
    string,
    { identity: ClaimedIdentity; notBefore: number; expires: number; recheckAt: number }
  >();
  private readonly recheckSeconds: number;

  constructor(private readonly config: AuthConfig) {
    this.recheckSeconds = config.recheckSeconds ?? RECHECK_SECONDS;
    // The JWKS is fetched again as often as a token is checked again, so a rotated-out key is noticed as soon.
    const recheckMs = this.recheckSeconds * 1000;
    this.key = config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl), {
          cacheMaxAge: recheckMs,
          cooldownDuration: Math.min(30_000, recheckMs),
        })
      : new TextEncoder().encode(config.secret);
  }

  /**
   * Who the token says the caller is, once its signature, issuer, audience and times hold. A token verified in the
   * last `recheckSeconds` is not verified again (the signature check was most of an API call's own cost for the
   * web's calls) but its times are: it stops working when it expires, as a freshly verified one would, and its
   * signature is checked again (against a fresh JWKS) after `recheckSeconds`.
   */
  async verify(token: string): Promise<ClaimedIdentity> {
    const skew = this.config.clockSkewSeconds ?? 60;
    const now = Date.now() / 1000;
    const known = this.verified.get(token);
    if (known && now < known.recheckAt && now >= known.notBefore - skew && now <= known.expires + skew)
      return known.identity;
    if (known) this.verified.delete(token);
    const identity = await this.verifyAfresh(token, skew);
    if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    const { exp, nbf } = decodeJwt(token);
    this.verified.set(token, { identity, notBefore: nbf ?? 0, expires: exp!, recheckAt: now + this.recheckSeconds });
    return identity;
  }

  private async verifyAfresh(token: string, skew: number): Promise<ClaimedIdentity> {
    let payload: ApClaims;
    try {
      ({ payload } = await jwtVerify<ApClaims>(token, this.key as Uint8Array, {
        algorithms: [...(this.config.algorithms ?? (this.config.jwksUrl ? ['RS256', 'ES256'] : ['HS256']))],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp'],
        clockTolerance: skew,
      }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    this.checkLifetime(payload, skew);
    return identityOf(payload);
  }

  /** exp is required and at most the configured lifetime away from iat (or from now); iat is not in the future. */
  private checkLifetime(payload: ApClaims, skew: number): void {
    const now = Math.floor(Date.now() / 1000);
    const max = this.config.maxLifetimeSeconds ?? 12 * 3600;
    if (payload.iat !== undefined && (typeof payload.iat !== 'number' || payload.iat > now + skew))
      throw new InvalidTokenError('The token is issued in the future');
    const from = payload.iat ?? now;
    // The skew allowed for iat applies here too: a token signed at the end of a second can be checked a second "earlier".
    if (payload.exp! - from > max || payload.exp! - now > max + skew)
      throw new InvalidTokenError(`The token lives longer than the ${max} seconds allowed`);
  }
}

function identityOf(payload: ApClaims): ClaimedIdentity {
  const { sub, role, org, name, la } = payload;
  if (!isText(sub, 256) || !isText(role, 32) || !isText(org, 64))
    throw new InvalidTokenError('The token needs sub, role and org claims, each a string');
  if (!ROLES.includes(role as Role)) throw new InvalidTokenError(`Unknown role ${JSON.stringify(role)}`);
  if (!ORGANISATION_ID.test(org)) throw new InvalidTokenError('The org claim is not an organisation id');
  if (name !== undefined && !isText(name, 200)) throw new InvalidTokenError('The name claim must be a string');
  if (la !== undefined && typeof la !== 'string') throw new InvalidTokenError('The la claim must be a string');
  return { id: sub, role: role as Role, organisationId: org, ...(name === undefined ? {} : { name }) };
}

/** Signs a token with a shared secret (development and tests; production tokens come from the identity provider). */
export async function signToken(
  secret: string,
  claims: { sub: string; role: Role; org: string; la?: string; name?: string },
  expiresIn = '12h',
): Promise<string> {
  // One instant for both claims: jose's setIssuedAt() and setExpirationTime('12h') each read the clock, and a second
  // boundary between them made a token that lived 43201 s, which the lifetime check rightly refused.
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: claims.role, org: claims.org, la: claims.la, name: claims.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds(expiresIn))
    .sign(new TextEncoder().encode(secret));
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "90", "90s", "15m", "12h" or "1d" in seconds. */
export function lifetimeSeconds(lifetime: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(lifetime.trim());
  if (!match) throw new Error(`A token lifetime is a number of seconds or 15m, 12h, 1d: not "${lifetime}"`);
  return Number(match[1]) * UNIT_SECONDS[match[2] || 's']!;
}
