import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AdjustableClock } from '../libs/application/src/clock';
import { createPool, migrate, startEmbeddedPostgres } from '../libs/database/src';
import { DEV_JWT_SECRET } from '../apps/api/src/auth/auth.config';
import { createWeb } from '../apps/web/src/web.bootstrap';
import { webConfigFromEnv } from '../apps/web/src/web.config';
import { createWorker } from '../apps/worker/src/worker.bootstrap';
import { generateLa } from './workload/generator';
import { benchApi, schoolYear, seedYear, settle, signIn } from './pages.bench';

/**
 * The page benchmark's LA, kept between runs for profiling by hand (`npm run bench:pages-serve`): the first run seeds
 * 500 pupils over a school year into a persistent embedded PostgreSQL under `.data/pages-bench` (about two minutes);
 * later runs reuse it. Serves the API and the web on fixed ports with the clock at the year's last week, and prints
 * the pages and a signed-in cookie per user, ready for autocannon or a browser. Stop it with Ctrl-C.
 */
async function main() {
  process.env.DEV_MODE ??= 'true'; // the development sign-in and mailbox, as `npm run bench` runs them
  const dir = resolve(process.env.PAGES_BENCH_DIR ?? '.data/pages-bench');
  const pupils = Number(process.env.PAGES_BENCH_PUPILS ?? 500);
  const server = process.env.BENCH_DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: Number(process.env.BENCH_PG_PORT ?? 54341) });
  const url = process.env.BENCH_DATABASE_URL ?? server!.url;
  const pool = createPool({ connectionString: url, max: 24 });
  await migrate(pool);
  const connection = { url, pool, embedded: !!server, close: () => pool.end() };
  const year = schoolYear();
  const clock = new AdjustableClock('fixed', `${year.at(-1)}T16:00:00.000Z`);
  const apiPort = Number(process.env.API_PORT ?? 4100);
  const webPort = Number(process.env.WEB_PORT ?? 4101);
  const api = await benchApi(connection, clock);
  await api.listen(apiPort, '127.0.0.1');
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const idsFile = join(dir, 'ids.json');
  let ids: Record<string, string>;
  if (existsSync(idsFile)) {
    ids = JSON.parse(readFileSync(idsFile, 'utf8')) as Record<string, string>;
  } else {
    clock.set('fixed', `${year[0]}T16:00:00.000Z`);
    ids = await seedYear(apiBase, clock, generateLa(20261, '201', 1, pupils), year, console.log);
    writeFileSync(idsFile, JSON.stringify(ids));
  }
  const worker = await createWorker(connection, { clock, audit: false });
  await settle(pool, clock.now());
  const config = webConfigFromEnv({ DEV_MODE: 'true' }, { apiUrl: apiBase, devJwtSecret: DEV_JWT_SECRET });
  const web = await createWeb({ config, sessionPool: pool, logLevels: ['error'] });
  await web.listen(webPort, '127.0.0.1');
  const webBase = `http://127.0.0.1:${webPort}`;
  console.log(JSON.stringify({ apiBase, webBase, clock: clock.now(), ids }, null, 2));
  for (const user of ['demo-school', 'demo-provider', 'demo-la-officer'])
    console.log(`${user} cookie: ${await signIn(webBase, user)}`);
  const stop = async () => {
    await web.close();
    await api.close();
    await worker.close();
    await pool.end();
    await server?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main();
