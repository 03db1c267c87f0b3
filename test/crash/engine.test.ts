import { eventually } from '../support/eventually';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { signToken } from '../../apps/api/src/auth/token-verifier';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { buildOnce, crash, startEngine, type EngineProcess } from '../support/engine-process';
import { freePort } from '../../libs/database/src/free-port';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let port: number;
let engine: EngineProcess | undefined;

const PUPILS = 30;
const upn = (i: number) => {
  const body = `801200001${String(i).padStart(3, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
};

async function call(method: string, path: string, body?: unknown, role: 'la_officer' | 'school' = 'la_officer') {
  const org = role === 'school' ? '100001' : '201';
  const token = await signToken(DEV_JWT_SECRET, { sub: `crash-${role}`, role, org, la: '201' });
  const response = await fetch(`http://127.0.0.1:${port}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.text()) || '' };
}

const count = async (type: string): Promise<number> =>
  (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE type = $1`, [type])).rows[0].n;

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  port = await freePort();
}, 120_000);

afterEach(async () => {
  if (engine && engine.child.exitCode === null) await crash(engine);
  engine = undefined;
});

afterAll(async () => {
  await db?.drop();
});

const env = (clock: string) => ({
  DATABASE_URL: db.url,
  PORT: String(port),
  CLOCK: `fixed:${clock}`,
  DEADLINE_POLL_MS: '100',
});

describe('the engine as a real process', () => {
  it('starts with no database set up (embedded PostgreSQL), serves health, docs and OpenAPI, and stops cleanly on SIGTERM', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ap-start-'));
    chmodSync(parent, 0o755); // the embedded server runs as the 'postgres' user when we are root
    const pgPort = await freePort();
    engine = await startEngine(
      { PORT: String(port), DATA_DIR: join(parent, 'data'), EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '' },
      90_000,
    );
    expect(engine.output()).toContain('embedded PostgreSQL');
    expect(engine.output()).toContain('Development tokens');
    // One port: the sign-in page at /, the API under /api.
    const home = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/sign-in');
    const signIn = await (await fetch(`http://127.0.0.1:${port}/sign-in`)).text();
    expect(signIn).toContain('Sign in to');
    // Every asset the page asks for is served from the build, the script as the ES module the page loads: compiled
    // to CommonJS (or missing) it left the page marked js-enabled with no script, hiding every conditional question.
    const assets = [...signIn.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(([, path]) => path!);
    expect(assets).toEqual(expect.arrayContaining(['/assets/web/web.mjs', '/assets/web/web.css']));
    for (const path of assets) {
      const asset = await fetch(`http://127.0.0.1:${port}${path}`);
      expect([path, asset.status]).toEqual([path, 200]);
      if (path.endsWith('.mjs')) {
        expect(asset.headers.get('content-type')).toContain('javascript');
        const script = await asset.text();
        expect(script).toContain("import { initAll } from '/assets/govuk/govuk-frontend.min.js'");
        expect(script).not.toContain('require(');
      } else await asset.arrayBuffer();
    }
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up', embedded: true } } });
    expect((await fetch(`http://127.0.0.1:${port}/api/docs`)).status).toBe(200);
    const openapi = (await (await fetch(`http://127.0.0.1:${port}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/referrals', '/referrals/{id}/submit', '/pupils/{upn}/history']),
    );
    expect((await fetch(`http://127.0.0.1:${port}/api/metrics`)).status).toBe(200);
    engine.child.kill('SIGTERM');
    const code = await engine.exited;
    expect({ code, output: code === 0 ? '' : engine.output() }).toEqual({ code: 0, output: '' });
    // The embedded server was stopped too: nothing answers on its port any more.
    await expect(
      new Client({
        connectionString: `postgres://postgres:x@127.0.0.1:${pgPort}/postgres`,
        connectionTimeoutMillis: 1000,
      }).connect(),
    ).rejects.toThrow();
    rmSync(parent, { recursive: true, force: true });
  }, 120_000);

  it('loses no acknowledged event and fires no deadline twice when killed mid-work and restarted', async () => {
    engine = await startEngine(env('2025-10-23T08:00:00Z'));
    expect((await call('POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' })).status).toBe(201);
    const acknowledged: string[] = [];
    for (let i = 0; i < PUPILS; i++) {
      const r = await call(
        'POST',
        `/pupils/${upn(i)}/exclusions`,
        {
          homeLaCode: '201',
          exclusionType: 'PERM',
          startDate: '2025-10-23',
          startsPartWay: false,
          reasons: ['PA'],
          yearGroup: 9,
        },
        'school',
      );
      if (r.status === 201) acknowledged.push(upn(i));
    }
    await crash(engine); // the worker is very likely mid-way through the timelines
    expect(acknowledged).toHaveLength(PUPILS);
    expect(await count('ExclusionRecorded')).toBe(PUPILS);

    // Day 6 has come: restart, let the deadlines start firing, kill again part-way, restart once more.
    engine = await startEngine(env('2025-11-06T00:00:01Z'));
    await eventually(async () => (await count('Day6Breached')) > 0);
    await crash(engine);
    engine = await startEngine(env('2025-11-06T00:00:01Z'));
    await eventually(
      async () =>
        (await count('Day6Breached')) === PUPILS && (await db.pool.query(`SELECT 1 FROM deadlines`)).rowCount === 0,
    );

    expect(await count('Day6TimelineStarted')).toBe(PUPILS);
    const { rows } = await db.pool.query<{ stream_id: string; name: string; n: number }>(
      `SELECT stream_id, data->>'name' AS name, count(*)::int AS n FROM events WHERE type = 'DeadlineFired' GROUP BY 1, 2 HAVING count(*) > 1`,
    );
    expect(rows).toEqual([]);
    expect(await count('DeadlineFired')).toBe(PUPILS * 4);
  }, 120_000);
});
