// First: tracing (when configured) must hook http, express and pg before anything loads them.
import { stopTracing } from '@ap/telemetry/tracing.preload';
import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { onShutdown, runMain } from '@ap/application';
import { loadConfig } from '@ap/config';
import { createWorker } from './worker.bootstrap';

async function main(): Promise<void> {
  loadConfig();
  const connection = await openDatabase(databaseConfigFromEnv());
  const worker = await createWorker(connection);
  onShutdown([
    ['worker', () => worker.close()],
    ['database', () => connection.close()],
    ['tracing', stopTracing],
  ]);
  console.log('AP Pathway worker running');
}

runMain(main);
