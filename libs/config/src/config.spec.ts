import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withConfigTable } from './config-table';
import { apiBaseUrl, ConfigError, loadConfig } from './load-config';

describe('configuration', () => {
  it('starts with defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: '.data', NODE_ENV: 'development', TRUST_PROXY: false });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect([config.PORT, config.DATABASE_URL]).toEqual([3000, undefined]);
  });

  it('names every bad variable at once, with the value and the rule', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'abc', DB_POOL_SIZE: '0', CLOCK: 'tomorrow', DATABASE_URL: 'localhost' });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.split('=')[0])).toEqual(['DATABASE_URL', 'DB_POOL_SIZE', 'PORT', 'CLOCK']);
    expect(error!.message).toContain('PORT="abc"');
  });

  it('reaches the API on the configured port unless API_URL says otherwise', () => {
    expect(apiBaseUrl(loadConfig({ PORT: '3111' }))).toBe('http://localhost:3111/api');
    expect(apiBaseUrl(loadConfig({ API_URL: 'http://api.test:80/' }))).toBe('http://api.test:80');
  });

  it('documents every variable in the README table (run `npm run config:table` after adding one)', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    expect(readme).toBe(withConfigTable(readme));
  });
});
