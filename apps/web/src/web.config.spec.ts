import { webConfigFromEnv } from './web.config';

const defaults = { apiUrl: 'http://127.0.0.1:3000/api', devJwtSecret: 'development-secret' };

describe('web configuration', () => {
  it('uses the published development session secret and demo sign-in only with DEV_MODE', () => {
    const config = webConfigFromEnv({ DEV_MODE: 'true' }, defaults);
    expect(config.production).toBe(false);
    expect(config.devJwtSecret).toBe('development-secret');
  });

  it('fails closed when a deployment forgets NODE_ENV: no session secret, no start', () => {
    expect(() => webConfigFromEnv({}, defaults)).toThrow(/SESSION_SECRET/);
  });

  it('without DEV_MODE needs an identity provider and never offers demo sign-in', () => {
    expect(() => webConfigFromEnv({ SESSION_SECRET: 's'.repeat(40) }, defaults)).toThrow(/OIDC_ISSUER/);
    const config = webConfigFromEnv(
      { SESSION_SECRET: 's'.repeat(40), OIDC_ISSUER: 'https://login.example.org', OIDC_CLIENT_ID: 'ap' },
      defaults,
    );
    expect(config.production).toBe(true);
    expect(config.devJwtSecret).toBeUndefined();
  });
});
