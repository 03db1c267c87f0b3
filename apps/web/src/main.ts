// First: tracing (when configured) must hook http and express before anything loads them.
import { stopTracing } from '@ap/telemetry/tracing.preload';
import { Pool } from 'pg';
import { onShutdown } from '@ap/application';
import { createWeb } from './web.bootstrap';
import { webConfigFromEnv } from './web.config';

/** `npm run start:web`: the web service alone, calling an API elsewhere (API_URL) and keeping sessions in DATABASE_URL. */
async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL: the web keeps its sessions in PostgreSQL');
  if (!process.env.API_URL) throw new Error('Set API_URL: where the web calls the API, e.g. http://localhost:3001');
  const config = webConfigFromEnv(process.env, { apiUrl: process.env.API_URL, devJwtSecret: process.env.JWT_SECRET });
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
  const web = await createWeb({ config, sessionPool: pool });
  const port = Number(process.env.PORT || 3000);
  await web.listen(port);
  console.log(`AP Pathway web on http://localhost:${port} (API at ${config.apiUrl})`);
  onShutdown([
    ['web', () => web.close()],
    ['sessions', () => pool.end()],
    ['tracing', stopTracing],
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
