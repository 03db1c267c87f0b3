import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { createApi } from '../../api/src/api.bootstrap';
import { createWorker } from '../../worker/src/worker.bootstrap';

/** `npm start`: the API and the worker in one process over one connection pool (embedded PostgreSQL if no URL). */
async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const worker = await createWorker(connection);
  const api = await createApi({ connection });
  const port = Number(process.env.PORT || 3000);
  await api.listen(port);
  const where = connection.embedded
    ? `embedded PostgreSQL, data in ${process.env.DATA_DIR || '.data'}`
    : 'DATABASE_URL';
  console.log(`AP Pathway on http://localhost:${port} (API docs at /docs, OpenAPI at /openapi.json; ${where})`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await api.close();
    await worker.close();
    await connection.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
