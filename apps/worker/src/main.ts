import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { createWorker } from './worker.bootstrap';

import { onShutdown } from '@ap/application';

async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const worker = await createWorker(connection);
  console.log('AP Pathway worker running');
  onShutdown([
    ['worker', () => worker.close()],
    ['database', () => connection.close()],
  ]);
}

void main();
