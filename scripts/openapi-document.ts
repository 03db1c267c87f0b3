import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createApi } from '../apps/api/src/api.bootstrap';
import { startEmbeddedPostgres } from '../libs/database/src/embedded-postgres';
import { freePort } from '../libs/database/src/free-port';

/**
 * Prints the API's OpenAPI document: `npm run openapi:types` feeds it to openapi-typescript, which types the web's
 * API client. The API opens its database at start-up (the read models' TypeORM data source, the idempotency keys'
 * presence), so a throwaway embedded PostgreSQL is started for the few seconds this takes.
 */
async function main(): Promise<void> {
  const parent = mkdtempSync(join(tmpdir(), 'ap-openapi-'));
  chmodSync(parent, 0o755); // as root, PostgreSQL runs as its own user and must reach its data directory
  const server = await startEmbeddedPostgres({
    dataDir: join(parent, 'data'),
    port: await freePort(),
    ephemeral: true,
  });
  const pool = new Pool({ connectionString: server.url, max: 2 });
  try {
    const connection = { url: server.url, pool, embedded: false, close: async () => undefined };
    const app = await createApi({ connection, auth: { secret: 'unused', development: true }, logLevel: 'silent' });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const document = await (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json();
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    await app.close();
  } finally {
    await pool.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
