import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { asAppRole, createPool } from '../../../libs/database/src/database-connection';
import { PostgresEventStore } from '../../../libs/event-store/src';
import { buildOnce } from '../../support/engine-process';
import { freePort } from '../../../libs/database/src/free-port';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/** Issue 12: the database protects itself, whatever the application (or a bug in it) asks. */
let db: TestDatabase;
let app: Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  app = createPool({ connectionString: db.url, max: 2, ...asAppRole() });
  await new PostgresEventStore(app).appendToStream('pupil-x', [{ id: randomUUID(), type: 'Noted', data: { i: 1 } }]);
});

afterAll(async () => {
  await app?.end();
  await db?.drop();
});

describe('the application role', () => {
  it('appends and reads the log, and writes read models, checkpoints and rate limits', async () => {
    expect((await app.query(`SELECT current_user AS who`)).rows[0].who).toBe('ap_app');
    expect((await app.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(1);
    await app.query(`INSERT INTO rate_limits (key, points, expire) VALUES ('k', 1, 0)`);
    await app.query(`UPDATE rate_limits SET points = 2 WHERE key = 'k'`);
    await app.query(
      `INSERT INTO subscription_checkpoints (name, transaction_id, global_position) VALUES ('t', '0', 0)`,
    );
  });

  it.each([
    ["UPDATE events SET data = '{}'"],
    ['DELETE FROM events'],
    ['TRUNCATE events'],
    ['DELETE FROM audit_seals'],
    ['CREATE TABLE sneaky (x int)'],
    ['DROP TABLE events'],
  ])('may not run %s', async (sql) => {
    await expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner/);
  });
});

describe('the owner role', () => {
  it('cannot rewrite the log either: the append-only trigger refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(db.pool.query(`UPDATE events SET data = '{}'`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`DELETE FROM events`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`TRUNCATE events`)).rejects.toThrow(/append-only/);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(1);
  });
});

describe('two engines on one embedded port', () => {
  // The embedded server is an ES module that jest's CommonJS cannot load: run the built code in a child process.
  const open = (dataDir: string, port: number) =>
    spawnSync(
      process.execPath,
      [
        '-e',
        `require('./dist/libs/database/src').openDatabase({ dataDir: ${JSON.stringify(dataDir)}, embeddedPort: ${port},
           poolSize: 1, exclusiveEmbedded: true }).then(() => { console.log('opened'); process.exit(0); },
           (e) => { console.error(e.message); process.exit(3); })`,
      ],
      { encoding: 'utf8', cwd: join(__dirname, '..', '..', '..') },
    );
  let first: ChildProcess | undefined;
  afterAll(() => {
    first?.kill('SIGTERM');
  });

  it('refuses the second engine, and a server with another data directory, with a clear message', async () => {
    buildOnce();
    const parent = mkdtempSync(join(tmpdir(), 'ap-port-'));
    chmodSync(parent, 0o755); // the server runs as the 'postgres' user when we are root
    const port = await freePort();
    const dataDir = join(parent, 'a');
    first = spawn(
      process.execPath,
      [
        '-e',
        `require('./dist/libs/database/src').openDatabase({ dataDir: ${JSON.stringify(dataDir)}, embeddedPort: ${port},
           poolSize: 1, exclusiveEmbedded: true }).then((c) => { console.log('opened');
           process.on('SIGTERM', () => c.close().then(() => process.exit(0))); })`,
      ],
      { cwd: join(__dirname, '..', '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      first!.stdout!.on('data', (d: Buffer) => (String(d).includes('opened') ? resolve() : undefined));
      first!.on('exit', (code) => reject(new Error(`first engine exited ${code}`)));
    });
    const second = open(dataDir, port);
    expect(second.status).toBe(3);
    expect(second.stderr).toMatch(/Another engine is already running/);
    const elsewhere = open(join(parent, 'b'), port);
    expect(elsewhere.status).toBe(3);
    expect(elsewhere.stderr).toMatch(/already serves an embedded PostgreSQL with its data in .*EMBEDDED_PG_PORT/s);
  }, 120_000);
});
