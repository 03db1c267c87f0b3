// First: tracing (when configured) must hook http, express and pg before anything loads them.
import { stopTracing } from '@ap/telemetry/tracing.preload';
import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { clockFromEnv, onShutdown, runMain } from '@ap/application';
import { apiBaseUrl, loadConfig, type AppConfig } from '@ap/config';
import { createApi, listenHost } from '../../api/src/api.bootstrap';
import { authConfigFromEnv, DEV_JWT_SECRET } from '../../api/src/auth/auth.config';
import { createWorker } from '../../worker/src/worker.bootstrap';
import { createWeb } from '../../web/src/web.bootstrap';
import { webConfigFromEnv } from '../../web/src/web.config';
import { startUpBanner } from './start-up-banner';

/**
 * `npm start`: the web service, the API (under /api) and the worker in one process over one connection pool and
 * one clock (embedded PostgreSQL if no URL). The web calls the API over HTTP on the same port, as the signed-in user.
 */
async function main(): Promise<void> {
  const config: AppConfig = loadConfig();
  const connection = await openDatabase({ ...databaseConfigFromEnv(), exclusiveEmbedded: true });
  const clock = clockFromEnv();
  const auth = authConfigFromEnv();
  const worker = await createWorker(connection, { clock, ownsDevClock: true });
  const api = await createApi({ connection, clock, auth });
  await api.init();
  const web = await createWeb({
    config: webConfigFromEnv(process.env, {
      apiUrl: `http://127.0.0.1:${config.PORT}/api`,
      devJwtSecret: auth.development ? auth.secret : undefined,
    }),
    sessionPool: connection.pool,
    api: api.getHttpAdapter().getInstance(),
  });
  await web.listen(config.PORT, listenHost());
  onShutdown([
    ['web', () => web.close()],
    ['API', () => api.close()],
    ['worker', () => worker.close()],
    ['database', () => connection.close()],
    ['tracing', stopTracing],
  ]);
  const database = connection.embedded ? `embedded PostgreSQL, data in ${config.DATA_DIR}` : 'DATABASE_URL';
  const tokens = auth.development && auth.secret === DEV_JWT_SECRET;
  const webUrl = `http://localhost:${config.PORT}`;
  console.log(await startUpBanner({ webUrl, apiUrl: apiBaseUrl(config), database, clock: clock.now(), tokens }));
}

runMain(main);
