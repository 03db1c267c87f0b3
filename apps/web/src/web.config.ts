import { allowsDevelopmentStandIns } from '@ap/application';
import { loadConfig } from '@ap/config';

/** How the web service is set up (environment variables in the README's configuration table). */
export type OidcConfig = Readonly<{
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  scope: string;
  /** Claim names that carry the AP Pathway role, organisation and LA in the identity provider's tokens. */
  roleClaim: string;
  orgClaim: string;
  laClaim: string;
}>;

export type WebConfig = Readonly<{
  /** Where the web calls the API (with the signed-in user's token). */
  apiUrl: string;
  serviceName: string;
  sessionSecret: string;
  /** Signed out after this many minutes without a request; warned two minutes before. */
  sessionMinutes: number;
  production: boolean;
  /** Development sign-in: pick a demo user, the web signs their token with this secret. */
  devJwtSecret?: string;
  oidc?: OidcConfig;
}>;

const DEV_SESSION_SECRET = 'ap-pathway-web-development-session-secret';

export function webConfigFromEnv(
  env: NodeJS.ProcessEnv,
  defaults: { apiUrl: string; devJwtSecret?: string },
): WebConfig {
  // Fails closed: without DEV_MODE (or a test runner's NODE_ENV=test) the web behaves as in production, so a
  // deployment that forgets NODE_ENV never signs sessions with the published secret or offers demo sign-in.
  const production = !allowsDevelopmentStandIns(loadConfig(env));
  const sessionSecret = env.SESSION_SECRET || (production ? '' : DEV_SESSION_SECRET);
  if (!sessionSecret) throw new Error('Set SESSION_SECRET to sign the web session cookie');
  const oidc: OidcConfig | undefined = env.OIDC_ISSUER
    ? {
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID ?? '',
        clientSecret: env.OIDC_CLIENT_SECRET || undefined,
        redirectUri: env.OIDC_REDIRECT_URI ?? 'http://localhost:3000/sign-in/callback',
        scope: env.OIDC_SCOPE ?? 'openid profile email',
        roleClaim: env.OIDC_ROLE_CLAIM ?? 'role',
        orgClaim: env.OIDC_ORG_CLAIM ?? 'org',
        laClaim: env.OIDC_LA_CLAIM ?? 'la',
      }
    : undefined;
  if (oidc && !oidc.clientId) throw new Error('Set OIDC_CLIENT_ID with OIDC_ISSUER');
  if (production && !oidc)
    throw new Error('Set OIDC_ISSUER and OIDC_CLIENT_ID: production users sign in with an identity provider');
  return {
    apiUrl: env.API_URL || defaults.apiUrl,
    serviceName: env.SERVICE_NAME || 'Alternative provision referrals',
    sessionSecret,
    sessionMinutes: Number(env.SESSION_TIMEOUT_MINUTES || 30),
    production,
    devJwtSecret: production || oidc ? undefined : defaults.devJwtSecret,
    oidc,
  };
}
