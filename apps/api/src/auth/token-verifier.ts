import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Actor, Role } from '@ap/domain';
import type { AuthConfig } from './auth.config';

const ROLES: readonly Role[] = ['school', 'provider', 'la_officer', 'la_auditor', 'admin'];

/** The claims AP Pathway reads from an OIDC access token. */
export type ApClaims = JWTPayload & { role?: string; org?: string; la?: string; name?: string };

export class InvalidTokenError extends Error {}

export class TokenVerifier {
  private readonly key: Parameters<typeof jwtVerify>[1];

  constructor(private readonly config: AuthConfig) {
    this.key = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : new TextEncoder().encode(config.secret);
  }

  async verify(token: string): Promise<Actor> {
    let payload: ApClaims;
    try {
      ({ payload } = await jwtVerify<ApClaims>(token, this.key as Uint8Array, {
        issuer: this.config.issuer,
        audience: this.config.audience,
      }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    const role = payload.role as Role;
    if (!payload.sub || !ROLES.includes(role) || !payload.org)
      throw new InvalidTokenError('The token needs sub, role and org claims');
    return { id: payload.sub, role, organisationId: payload.org, laCode: payload.la, name: payload.name };
  }
}

/** Signs a token with a shared secret (development and tests; production tokens come from the identity provider). */
export async function signToken(
  secret: string,
  claims: { sub: string; role: Role; org: string; la?: string; name?: string },
  expiresIn = '12h',
): Promise<string> {
  return new SignJWT({ role: claims.role, org: claims.org, la: claims.la, name: claims.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
