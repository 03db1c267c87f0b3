import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { clockFromEnv, onShutdown, runMain } from '@ap/application';
import { apiBaseUrl, loadConfig, type AppConfig } from '@ap/config';
import { createApi } from '../../api/src/api.bootstrap';
import { authConfigFromEnv, DEV_JWT_SECRET } from '../../api/src/auth/auth.config';
import { startUpBanner } from './start-up-banner';
import { createWorker } from '../../worker/src/worker.bootstrap';

/** `npm start`: the API and the worker in one process over one connection pool and one clock (embedded PostgreSQL if no URL). */
async function main(): Promise<void> {
  const config: AppConfig = loadConfig();
  const connection = await openDatabase(databaseConfigFromEnv());
  const clock = clockFromEnv();
  const auth = authConfigFromEnv();
  const worker = await createWorker(connection, { clock });
  const api = await createApi({ connection, clock, auth });
  await api.listen(config.PORT);
  onShutdown([
    ['API', () => api.close()],
    ['worker', () => worker.close()],
    ['database', () => connection.close()],
  ]);
  const database = connection.embedded ? `embedded PostgreSQL, data in ${config.DATA_DIR}` : 'DATABASE_URL';
  const tokens = auth.development && auth.secret === DEV_JWT_SECRET;
  console.log(await startUpBanner({ baseUrl: apiBaseUrl(config), database, clock: clock.now(), tokens }));
}

runMain(main);
