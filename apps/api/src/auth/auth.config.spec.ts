import { clockFromEnv, systemClock } from '@ap/application';
import { listenHost } from '../api.bootstrap';
import { authConfigFromEnv, DEV_JWT_SECRET } from './auth.config';

const OWN_SECRET = 'a-secret-of-our-own-at-least-32-bytes-long';

describe('development features fail closed', () => {
  it('uses the dev secret only with DEV_MODE=true, never because NODE_ENV is not production', () => {
    expect(authConfigFromEnv({ DEV_MODE: 'true' }).secret).toBe(DEV_JWT_SECRET);
    expect(() => authConfigFromEnv({ NODE_ENV: 'development' })).toThrow(/JWT_SECRET or JWKS_URL/);
    expect(() => authConfigFromEnv({ NODE_ENV: 'staging' })).toThrow(/JWT_SECRET or JWKS_URL/);
    expect(() => authConfigFromEnv({})).toThrow(/JWT_SECRET or JWKS_URL/);
  });

  it('refuses the published dev secret, and a short secret, outside development', () => {
    expect(() => authConfigFromEnv({ JWT_SECRET: DEV_JWT_SECRET, NODE_ENV: 'development' })).toThrow(/published/);
    expect(() => authConfigFromEnv({ JWT_SECRET: 'short' })).toThrow(/32 bytes/);
    expect(authConfigFromEnv({ JWT_SECRET: OWN_SECRET }).development).toBe(false);
  });

  it('accepts a settable CLOCK only with DEV_MODE=true', () => {
    expect(() => clockFromEnv('fixed:2025-11-03T08:00:00Z', { NODE_ENV: 'development' })).toThrow(/DEV_MODE/);
    expect(clockFromEnv('fixed:2025-11-03T08:00:00Z', { DEV_MODE: 'true' }).now()).toBe('2025-11-03T08:00:00.000Z');
    expect(clockFromEnv(undefined, {})).toBe(systemClock);
  });

  it('listens on loopback only in development unless HOST says otherwise', () => {
    expect(listenHost({ DEV_MODE: 'true' })).toBe('127.0.0.1');
    expect(listenHost({ DEV_MODE: 'true', HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(listenHost({})).toBe('0.0.0.0');
  });
});

describe('tokens from an identity provider', () => {
  it('need the issuer and audience configured with JWKS_URL', () => {
    const jwks = 'https://idp.example/.well-known/jwks.json';
    expect(() => authConfigFromEnv({ JWKS_URL: jwks })).toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
    expect(() => authConfigFromEnv({ JWKS_URL: jwks, JWT_ISSUER: 'https://idp.example' })).toThrow(/JWT_AUDIENCE/);
    const config = authConfigFromEnv({ JWKS_URL: jwks, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'ap' });
    expect(config.secret).toBeUndefined();
    expect(config.algorithms).not.toContain('HS256');
  });

  it('pin HS256 for the shared secret', () => {
    expect(authConfigFromEnv({ JWT_SECRET: OWN_SECRET }).algorithms).toEqual(['HS256']);
  });

  it('refuse a maximum lifetime that is not a whole number of seconds', () => {
    expect(() => authConfigFromEnv({ JWT_SECRET: OWN_SECRET, JWT_MAX_LIFETIME_SECONDS: 'soon' })).toThrow();
    expect(authConfigFromEnv({ JWT_SECRET: OWN_SECRET, JWT_MAX_LIFETIME_SECONDS: '600' }).maxLifetimeSeconds).toBe(600);
  });
});
