import { Pool } from 'pg';
import { createApi } from '../apps/api/src/api.bootstrap';

/**
 * Prints the API's OpenAPI document without a database (the pool never connects): `npm run openapi:types` feeds it
 * to openapi-typescript, which types the web's API client.
 */
async function main(): Promise<void> {
  const pool = new Pool({ connectionString: 'postgres://127.0.0.1:1/none', max: 1 });
  const connection = { url: 'postgres://127.0.0.1:1/none', pool, embedded: false, close: async () => undefined };
  const app = await createApi({ connection, auth: { secret: 'unused', development: true }, logLevel: 'silent' });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const document = await (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json();
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
