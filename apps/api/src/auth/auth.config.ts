import { loadConfig } from '@ap/config';

/**
 * A development-only signing secret: `npm start` and `npm run token` use it when JWT_SECRET is not set. It is
 * published in this repository, so outside DEV_MODE it is refused even when set explicitly.
 */
export const DEV_JWT_SECRET = 'ap-pathway-development-secret-not-for-production';

/** Injection token of the AuthConfig (whether development features are on). */
export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

/** Asymmetric algorithms accepted from an identity provider's JWKS (never HS*, never none). */
const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

export type AuthConfig = Readonly<{
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  development: boolean;
  /** The longest lifetime (exp - iat) a token may have; 12 hours unless configured. */
  maxLifetimeSeconds?: number;
  /** How far in the future an iat (or in the past an exp) may be, for clocks that disagree a little. */
  clockSkewSeconds?: number;
  /** Allowed signing algorithms: HS256 for the shared secret; JWT_ALGORITHMS for a JWKS. */
  algorithms?: readonly string[];
  /**
   * How long a verified token (and the JWKS its key came from) is trusted before it is checked again: a key removed
   * from the JWKS stops its tokens within this time. 5 minutes unless set.
   */
  recheckSeconds?: number;
}>;

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const config = loadConfig(env);
  const development = config.DEV_MODE;
  const jwksUrl = config.JWKS_URL;
  if (jwksUrl && (!config.JWT_ISSUER || !config.JWT_AUDIENCE))
    throw new Error('With JWKS_URL, set JWT_ISSUER and JWT_AUDIENCE too: a token for another service must not pass');
  const secret = config.JWT_SECRET ?? (jwksUrl ? undefined : development ? DEV_JWT_SECRET : undefined);
  if (!secret && !jwksUrl)
    throw new Error('Set JWT_SECRET or JWKS_URL to verify bearer tokens (or DEV_MODE=true for the dev secret)');
  if (secret && !development && secret === DEV_JWT_SECRET)
    throw new Error('JWT_SECRET is the published development secret: choose your own (DEV_MODE is not set)');
  if (secret && !development && Buffer.byteLength(secret) < 32) throw new Error('JWT_SECRET must be at least 32 bytes');
  return {
    secret: jwksUrl ? undefined : secret,
    jwksUrl,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    development,
    maxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS,
    clockSkewSeconds: 60,
    algorithms: jwksUrl ? (config.JWT_ALGORITHMS?.split(',').map((a) => a.trim()) ?? JWKS_ALGORITHMS) : ['HS256'],
  };
}
