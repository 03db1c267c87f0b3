import type { OidcConfig } from '../web.config';
import type { Role, SessionUser } from './session-user';

type OpenIdClient = typeof import('openid-client');
type Configuration = import('openid-client').Configuration;

const ROLES: readonly Role[] = ['school', 'provider', 'la_officer', 'la_auditor', 'admin'];

export class OidcSignInRefused extends Error {}

/**
 * Sign-in with an OpenID Connect identity provider (DfE Sign-in, Microsoft Entra ID…): authorization code with PKCE.
 * The identity's role, organisation and LA come from the claims named in the configuration; the access token is
 * what the web sends to the API (which verifies it against the same provider's keys, JWKS_URL).
 */
export class OidcSignIn {
  private configuration?: Promise<Configuration>;
  private library?: Promise<OpenIdClient>;

  constructor(private readonly config: OidcConfig) {}

  private client(): Promise<OpenIdClient> {
    this.library ??= import('openid-client');
    return this.library;
  }

  private discovered(): Promise<Configuration> {
    this.configuration ??= this.client().then((oidc) =>
      oidc.discovery(new URL(this.config.issuer), this.config.clientId, this.config.clientSecret),
    );
    return this.configuration;
  }

  /** The identity provider's sign-in URL, and the checks to keep in the session until the callback. */
  async start(): Promise<{ url: string; checks: { codeVerifier: string; state: string; nonce: string } }> {
    const oidc = await this.client();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const checks = { codeVerifier, state: oidc.randomState(), nonce: oidc.randomNonce() };
    const url = oidc.buildAuthorizationUrl(await this.discovered(), {
      redirect_uri: this.config.redirectUri,
      scope: this.config.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url: url.href, checks };
  }

  async finish(
    callbackUrl: URL,
    checks: { codeVerifier: string; state: string; nonce: string },
    nowSeconds: number,
  ): Promise<SessionUser> {
    const oidc = await this.client();
    const tokens = await oidc.authorizationCodeGrant(await this.discovered(), callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
    });
    const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    const role = claim(claims, this.config.roleClaim) as Role | undefined;
    const organisationId = claim(claims, this.config.orgClaim);
    if (!role || !ROLES.includes(role) || !organisationId)
      throw new OidcSignInRefused(
        'Your account is not set up for this service: ask your administrator to give it a role and organisation',
      );
    return {
      id: String(claims.sub),
      name: String(claims.name ?? claims.email ?? claims.sub),
      role,
      organisationId,
      organisationName: organisationId,
      laCode: claim(claims, this.config.laClaim),
      token: tokens.access_token,
      tokenExpiresAt: nowSeconds + (tokens.expiresIn() ?? 3600),
    };
  }
}

/** A claim by name, where a dotted name reads a nested claim (`organisation.urn`). */
function claim(claims: Record<string, unknown>, name: string): string | undefined {
  const value = name.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], claims);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
