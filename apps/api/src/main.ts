import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { createApi } from './api.bootstrap';

import { onShutdown } from '@ap/application';

async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const app = await createApi({ connection });
  const port = Number(process.env.PORT || 3000);
  await app.listen(port);
  console.log(`AP Pathway API on http://localhost:${port} (docs at /docs)`);
  onShutdown([
    ['API', () => app.close()],
    ['database', () => connection.close()],
  ]);
}

void main();
