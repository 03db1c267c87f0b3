import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { signToken } from '../../apps/api/src/auth/token-verifier';
import { buildOnce, crash, startApi, startWorker, type EngineProcess } from '../support/engine-process';
import { eventually } from '../support/eventually';
import { freePort } from '../../libs/database/src/free-port';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let port: number;
const running: EngineProcess[] = [];

async function call(role: 'la_officer' | 'school' | 'admin', method: string, path: string, body?: unknown) {
  const org = { la_officer: '201', school: '100001', admin: 'ap-pathway' }[role];
  const token = await signToken(DEV_JWT_SECRET, { sub: `clock-${role}`, role, org, la: '201' });
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  port = await freePort();
}, 120_000);

afterAll(async () => {
  for (const process of running) if (process.child.exitCode === null) await crash(process);
  await db?.drop();
});

// Issue 18: the development clock set with POST /admin/clock lived in the API's memory; standalone workers kept
// their own, so day 6 never came for them.
it('moves the standalone worker’s clock when the API’s is set, so its deadlines fall due', async () => {
  const env = { DATABASE_URL: db.url, CLOCK: 'fixed:2025-10-23T08:00:00Z', DEADLINE_POLL_MS: '100' };
  running.push(await startApi({ ...env, PORT: String(port) }));
  running.push(await startWorker(env));
  expect((await call('la_officer', 'POST', '/schools', { urn: '100001', name: 'Oak', laCode: '201' })).status).toBe(
    201,
  );
  const excluded = await call('school', 'POST', '/pupils/B801200005001/exclusions', {
    homeLaCode: '201',
    exclusionType: 'PERM',
    startDate: '2025-10-23',
    startsPartWay: false,
    reasons: ['PA'],
    yearGroup: 9,
  });
  expect(excluded.status).toBe(201);
  const day6 = async () => (await db.pool.query(`SELECT 1 FROM events WHERE type = 'Day6Breached'`)).rowCount ?? 0;
  await eventually(
    async () => (await db.pool.query(`SELECT 1 FROM deadlines`)).rowCount! > 0,
    10_000,
    'the worker scheduling day 6',
  );
  expect(await day6()).toBe(0);
  expect((await call('admin', 'POST', '/admin/clock', { now: '2025-11-06T00:00:01Z' })).status).toBe(200);
  await eventually(async () => (await day6()) > 0, 15_000, 'the worker firing day 6 on the new clock');
}, 90_000);
