// First: tracing (when configured) must hook http, express and pg before anything loads them.
import { stopTracing } from '@ap/telemetry/tracing.preload';
import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { onShutdown, runMain } from '@ap/application';
import { apiBaseUrl, loadConfig } from '@ap/config';
import { createApi, listenHost } from './api.bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await openDatabase(databaseConfigFromEnv());
  const app = await createApi({ connection });
  await app.listen(config.PORT, listenHost());
  onShutdown([
    ['API', () => app.close()],
    ['database', () => connection.close()],
    ['tracing', stopTracing],
  ]);
  console.log(`AP Pathway API on ${apiBaseUrl(config)} (docs at /docs)`);
}

runMain(main);
