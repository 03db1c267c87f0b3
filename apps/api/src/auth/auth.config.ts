import { loadConfig } from '@ap/config';

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
  const config = loadConfig(env);
  const development = config.NODE_ENV !== 'production';
  const secret = config.JWT_SECRET ?? (config.JWKS_URL ? undefined : development ? DEV_JWT_SECRET : undefined);
  if (!secret && !config.JWKS_URL) throw new Error('Set JWT_SECRET or JWKS_URL to verify bearer tokens');
  return {
    secret,
    jwksUrl: config.JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    development,
  };
}
