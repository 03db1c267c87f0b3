import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';
import { freePort } from '../../libs/database/src/free-port';

/**
 * One throwaway PostgreSQL for the whole run (or TEST_DATABASE_URL); every test file then creates its own
 * database on it, so files run in parallel without seeing each other.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.AP_TEST_SERVER_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const parent = mkdtempSync(join(tmpdir(), 'ap-test-pg-'));
  chmodSync(parent, 0o755); // the server runs as the 'postgres' user when we are root
  const dataDir = join(parent, 'data');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
  process.env.AP_TEST_SERVER_URL = server.url;
  (globalThis as { __apTestServer?: typeof server }).__apTestServer = server;
}
