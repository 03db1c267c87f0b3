import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { AdjustableClock } from '../../libs/application/src/clock';
import type { DatabaseConnection } from '../../libs/database/src/database-connection';
import type { Role } from '../../libs/domain/src/shared/message';
import { createApi } from '../../apps/api/src/api.bootstrap';
import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { signToken } from '../../apps/api/src/auth/token-verifier';
import { createWorker } from '../../apps/worker/src/worker.bootstrap';
import { projectionLag } from '../../libs/read-models/src/projection-runner';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The audit key of test engines (the real one comes from AUDIT_HMAC_KEY, never from the database). */
export const TEST_AUDIT_KEY = Buffer.from('test-audit-key-outside-the-database-0123456789');

export type Caller = Readonly<{ role: Role; org: string; la?: string; sub?: string }>;

export type HttpResult = Readonly<{ status: number; headers: Headers; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The real engine for a test file: its own database, the Nest API listening on a free port, the worker following
 * the log, and a clock the test sets (time is an input, never monkeypatched).
 */
export class TestApp {
  private constructor(
    readonly db: TestDatabase,
    readonly api: INestApplication,
    readonly worker: INestApplicationContext,
    readonly clock: AdjustableClock,
    readonly baseUrl: string,
  ) {}

  static async start(now = '2025-11-03T08:00:00.000Z'): Promise<TestApp> {
    const db = await createTestDatabase();
    const connection: DatabaseConnection = {
      url: db.url,
      pool: db.pool,
      embedded: false,
      close: async () => undefined,
    };
    const clock = new AdjustableClock('fixed', now);
    const auth = { secret: DEV_JWT_SECRET, development: true };
    const audit = {
      key: TEST_AUDIT_KEY,
      checkpointFile: join(mkdtempSync(join(tmpdir(), 'ap-audit-')), 'checkpoints.jsonl'),
      checkpointEveryMs: 1_000,
    };
    const worker = await createWorker(connection, { clock, audit });
    const api = await createApi({
      connection,
      clock,
      auth,
      rateLimitPerMinute: 100_000,
      clientRateLimitPerMinute: 100_000,
      logLevel: 'silent',
    });
    await api.listen(0, '127.0.0.1');
    const address = api.getHttpServer().address() as { port: number };
    return new TestApp(db, api, worker, clock, `http://127.0.0.1:${address.port}`);
  }

  async token(caller: Caller): Promise<string> {
    return signToken(DEV_JWT_SECRET, {
      sub: caller.sub ?? `user-${caller.role}-${caller.org}`,
      role: caller.role,
      org: caller.org,
      la: caller.la,
    });
  }

  async request(
    caller: Caller | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    const auth: Record<string, string> = caller ? { authorization: `Bearer ${await this.token(caller)}` } : {};
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers } as Record<
        string,
        string
      >,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      body: type.includes('json') && text ? JSON.parse(text) : text,
    };
  }

  /** Waits until the worker's projections have applied everything committed so far. */
  async settle(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await projectionLag(this.db.pool)).some((p) => p.eventsBehind > 0)) {
      if (Date.now() > deadline)
        throw new Error(`Projections did not catch up: ${JSON.stringify(await projectionLag(this.db.pool))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    await this.api.close();
    await this.worker.close();
    await this.db.drop();
  }
}
