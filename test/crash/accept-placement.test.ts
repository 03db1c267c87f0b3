import { Client } from 'pg';
import type { Role } from '../../libs/domain/src/shared/message';
import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { signToken } from '../../apps/api/src/auth/token-verifier';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { buildOnce, crash, startEngine, type EngineProcess } from '../support/engine-process';
import { eventually } from '../support/eventually';
import { freePort } from '../../libs/database/src/free-port';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

type As = Readonly<{ role: Role; org: string }>;
const LA: As = { role: 'la_officer', org: '201' };
const SCHOOL: As = { role: 'school', org: '100001' };
const PROVIDER: As = { role: 'provider', org: 'prov-bridges' };

let db: TestDatabase;
let port: number;
let engine: EngineProcess | undefined;

async function call(as: As, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const token = await signToken(DEV_JWT_SECRET, { sub: `crash-${as.role}`, role: as.role, org: as.org, la: '201' });
  const response = await fetch(`http://127.0.0.1:${port}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const types = async (streamId: string): Promise<string[]> =>
  (await db.pool.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1', [streamId])).rows.map(
    (r) => r.type,
  );

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  port = await freePort();
}, 120_000);

afterAll(async () => {
  if (engine && engine.child.exitCode === null) await crash(engine);
  await db?.drop();
});

const env = () => ({ DATABASE_URL: db.url, PORT: String(port), CLOCK: 'fixed:2025-11-03T08:00:00Z' });

/** Opens, completes and submits a referral to prov-bridges; the engine must be running. */
async function submittedReferral(): Promise<string> {
  const opened = await call(SCHOOL, 'POST', '/referrals', {
    reason: 'suspension',
    upn: 'B801200005001',
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 10, reasons: ['PA'] },
  });
  const id = opened.body.referralId as string;
  for (const { section, content } of completeSections())
    await call(SCHOOL, 'PUT', `/referrals/${id}/sections/${section}`, content);
  expect((await call(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' })).status).toBe(200);
  return id;
}

/**
 * Holds `streamId` locked, sends the request, and SIGKILLs the engine once the request waits on that stream; then the
 * server drops the dead engine's connections (whatever they had not committed is gone) and the lock is let go.
 */
async function killWhileWaitingOn(streamId: string, send: () => Promise<unknown>): Promise<void> {
  const blocker = new Client({ connectionString: db.url });
  await blocker.connect();
  await blocker.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [streamId]);
  send().catch(() => undefined);
  await eventually(
    async () =>
      (
        await blocker.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'advisory'`,
        )
      ).rowCount === 1,
    10_000,
    `a request waiting on ${streamId}`,
  );
  await crash(engine!);
  await blocker.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  await blocker.end();
}

const ACCEPTANCE = { startDate: '2025-11-05', hoursPerWeek: 25 };

beforeAll(async () => {
  engine = await startEngine(env());
  await call(LA, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
  await call(LA, 'POST', '/providers', {
    providerId: 'prov-bridges',
    name: 'Bridges',
    laCode: '201',
    registration: 'ukprn',
    ukprn: '10012345',
  });
}, 60_000);

// Issue 18: accepting a referral and creating its placement were two transactions, so a crash between them left an
// accepted referral without a placement. The placement stream is held locked so the engine is caught exactly there.
it('never leaves an accepted referral without its placement when the engine is killed between the two', async () => {
  if (engine?.child.exitCode !== null) engine = await startEngine(env());
  const id = await submittedReferral();
  await killWhileWaitingOn(`placement-${id}`, () => call(PROVIDER, 'POST', `/referrals/${id}/accept`, ACCEPTANCE));
  const accepted = (await types(`referral-${id}`)).filter((t) => t === 'ReferralAccepted').length;
  const placed = (await types(`placement-${id}`)).length;
  expect({ accepted, placed }).toEqual({ accepted: placed, placed });

  // The provider tries again (no Idempotency-Key): one acceptance, one placement.
  engine = await startEngine(env());
  const again = await call(PROVIDER, 'POST', `/referrals/${id}/accept`, ACCEPTANCE);
  expect(again.status).toBe(200);
  expect((await types(`referral-${id}`)).filter((t) => t === 'ReferralAccepted')).toHaveLength(1);
  expect(await types(`placement-${id}`)).toEqual(['PlacementCreated']);
  expect((await call(SCHOOL, 'GET', `/placements/${id}`)).status).toBe(200);
}, 90_000);

// Issue 18: a request killed mid-way left its Idempotency-Key blocking retries with 409 for about two minutes.
it('lets a retry take over at once the Idempotency-Key of a request whose engine was killed', async () => {
  if (engine?.child.exitCode !== null) engine = await startEngine(env());
  const id = await submittedReferral();
  const key = `accept-${id}`;
  await killWhileWaitingOn(`placement-${id}`, () =>
    call(PROVIDER, 'POST', `/referrals/${id}/accept`, ACCEPTANCE, { 'idempotency-key': key }),
  );
  engine = await startEngine(env());
  const retry = await call(PROVIDER, 'POST', `/referrals/${id}/accept`, ACCEPTANCE, { 'idempotency-key': key });
  expect({ status: retry.status, code: retry.body.code }).toEqual({ status: 200, code: undefined });
  const replay = await call(PROVIDER, 'POST', `/referrals/${id}/accept`, ACCEPTANCE, { 'idempotency-key': key });
  expect(replay.status).toBe(200);
  expect(await types(`placement-${id}`)).toEqual(['PlacementCreated']);
}, 90_000);
