import type { INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/api.bootstrap';
import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { signToken } from '../../apps/api/src/auth/token-verifier';
import { AdjustableClock } from '../../libs/application/src/clock';
import { createPool } from '../../libs/database/src/database-connection';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Issue 12: requests are limited per client before sign-in (no token, a bad token) and per user after it, and the
 * count is kept in PostgreSQL so that two API processes share it.
 */
let db: TestDatabase;
const apis: INestApplication[] = [];
const urls: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  for (let i = 0; i < 2; i++) {
    // Two API instances, each with its own connection pool, as two processes would have.
    const pool = createPool({ connectionString: db.url, max: 4 });
    const api = await createApi({
      connection: { url: db.url, pool, embedded: false, close: () => pool.end() },
      clock: new AdjustableClock('fixed', '2025-11-03T08:00:00.000Z'),
      auth: { secret: DEV_JWT_SECRET, development: true },
      rateLimitPerMinute: 4,
      clientRateLimitPerMinute: 6,
      logLevel: 'silent',
    });
    await api.listen(0, '127.0.0.1');
    apis.push(api);
    urls.push(`http://127.0.0.1:${(api.getHttpServer().address() as { port: number }).port}`);
  }
});

afterAll(async () => {
  for (const api of apis) await api.close();
  await db?.drop();
});

const get = (base: string, path: string, token?: string) =>
  fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('rate limits', () => {
  it('count unauthenticated and bad-token requests per client, across API processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await get(urls[i % 2]!, '/referrals', i % 3 ? 'not-a-token' : undefined)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const refused = await get(urls[0]!, '/referrals');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { code: string }).code).toBe('TOO_MANY_REQUESTS');
    expect((await get(urls[1]!, '/referrals')).status).toBe(429);
    const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM rate_limits');
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('count a signed-in user across API processes', async () => {
    await db.pool.query('DELETE FROM rate_limits');
    const token = await signToken(DEV_JWT_SECRET, { sub: 'busy-officer', role: 'la_officer', org: '201' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(urls[i % 2]!, '/referrals', token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
