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
  ]);
  console.log('AP Pathway worker running');
}

runMain(main);
