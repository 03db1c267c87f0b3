import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { clockFromEnv } from '@ap/application';
import { createApi, listenHost } from '../../api/src/api.bootstrap';
import { authConfigFromEnv, DEV_JWT_SECRET } from '../../api/src/auth/auth.config';
import { signToken } from '../../api/src/auth/token-verifier';
import { createWorker } from '../../worker/src/worker.bootstrap';
import { onShutdown } from '@ap/application';

/** `npm start`: the API and the worker in one process over one connection pool and one clock (embedded PostgreSQL if no URL). */
async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const clock = clockFromEnv();
  const auth = authConfigFromEnv();
  const worker = await createWorker(connection, { clock });
  const api = await createApi({ connection, clock, auth });
  const port = Number(process.env.PORT || 3000);
  const host = listenHost();
  await api.listen(port, host);
  const where = connection.embedded
    ? `embedded PostgreSQL, data in ${process.env.DATA_DIR || '.data'}`
    : 'DATABASE_URL';
  console.log(
    `AP Pathway on http://localhost:${port} (listening on ${host}; API docs at /docs, OpenAPI at /openapi.json; ${where}; clock ${clock.now()})`,
  );
  if (auth.development && auth.secret === DEV_JWT_SECRET) await printDemoTokens();
  onShutdown([
    ['API', () => api.close()],
    ['worker', () => worker.close()],
    ['database', () => connection.close()],
  ]);
}

/** Development only: ready-made bearer tokens for a demo LA, school, provider and auditor (signed with the dev secret). */
async function printDemoTokens(): Promise<void> {
  const demo = [
    { sub: 'demo-la-officer', role: 'la_officer', org: '201', la: '201', name: 'Demo LA officer' },
    { sub: 'demo-school', role: 'school', org: '100001', la: '201', name: 'Demo school' },
    { sub: 'demo-provider', role: 'provider', org: 'prov-bridges', la: '201', name: 'Demo provider' },
    { sub: 'demo-auditor', role: 'la_auditor', org: '201', la: '201', name: 'Demo auditor' },
    { sub: 'demo-admin', role: 'admin', org: 'ap-pathway', name: 'Demo admin' },
  ] as const;
  console.log('Development tokens (Authorization: Bearer <token>):');
  for (const claims of demo) console.log(`  ${claims.role.padEnd(11)} ${await signToken(DEV_JWT_SECRET, claims)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
