/** A development-only signing secret: `npm start` and `npm run token` use it when JWT_SECRET is not set. */
export const DEV_JWT_SECRET = 'ap-pathway-development-secret-not-for-production';

export type AuthConfig = Readonly<{
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  development: boolean;
}>;

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const development = env.NODE_ENV !== 'production';
  const secret = env.JWT_SECRET || (env.JWKS_URL ? undefined : development ? DEV_JWT_SECRET : undefined);
  if (!secret && !env.JWKS_URL) throw new Error('Set JWT_SECRET or JWKS_URL to verify bearer tokens');
  return {
    secret,
    jwksUrl: env.JWKS_URL || undefined,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    development,
  };
}
