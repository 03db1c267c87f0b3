import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { createApi } from './api.bootstrap';

async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const app = await createApi({ connection });
  const port = Number(process.env.PORT || 3000);
  await app.listen(port);
  console.log(`AP Pathway API on http://localhost:${port} (docs at /docs)`);
  const shutdown = async () => {
    await app.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();
