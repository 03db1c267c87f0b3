import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { createWorker } from './worker.bootstrap';

async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const worker = await createWorker(connection);
  console.log('AP Pathway worker running');
  const shutdown = async () => {
    await worker.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();
