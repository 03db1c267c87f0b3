import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { createApi, listenHost } from './api.bootstrap';

import { onShutdown } from '@ap/application';

async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const app = await createApi({ connection });
  const port = Number(process.env.PORT || 3000);
  const host = listenHost();
  await app.listen(port, host);
  console.log(`AP Pathway API on http://${host}:${port} (docs at /docs)`);
  onShutdown([
    ['API', () => app.close()],
    ['database', () => connection.close()],
  ]);
}

void main();
