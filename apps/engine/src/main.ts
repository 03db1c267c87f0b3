import { databaseConfigFromEnv, openDatabase } from '@ap/database';
import { clockFromEnv } from '@ap/application';
import { createApi } from '../../api/src/api.bootstrap';
import { authConfigFromEnv, DEV_JWT_SECRET } from '../../api/src/auth/auth.config';
import { signToken } from '../../api/src/auth/token-verifier';
import { createWorker } from '../../worker/src/worker.bootstrap';
import { DEMO_USERS } from '../../web/src/auth/demo-users';
import { createWeb } from '../../web/src/web.bootstrap';
import { webConfigFromEnv } from '../../web/src/web.config';
import { onShutdown } from '@ap/application';

/**
 * `npm start`: the web service, the API (under /api) and the worker in one process over one connection pool and
 * one clock (embedded PostgreSQL if no URL). The web calls the API over HTTP on the same port, as the signed-in user.
 */
async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const clock = clockFromEnv();
  const auth = authConfigFromEnv();
  const worker = await createWorker(connection, { clock });
  const api = await createApi({ connection, clock, auth });
  await api.init();
  const port = Number(process.env.PORT || 3000);
  const web = await createWeb({
    config: webConfigFromEnv(process.env, {
      apiUrl: `http://127.0.0.1:${port}/api`,
      devJwtSecret: auth.development ? auth.secret : undefined,
    }),
    sessionPool: connection.pool,
    api: api.getHttpAdapter().getInstance(),
  });
  await web.listen(port);
  const where = connection.embedded
    ? `embedded PostgreSQL, data in ${process.env.DATA_DIR || '.data'}`
    : 'DATABASE_URL';
  console.log(
    `AP Pathway on http://localhost:${port} (sign in there; the API is at /api, its docs at /api/docs, OpenAPI at /api/openapi.json; ${where}; clock ${clock.now()})`,
  );
  if (auth.development && auth.secret === DEV_JWT_SECRET) await printDemoTokens();
  onShutdown([
    ['web', () => web.close()],
    ['API', () => api.close()],
    ['worker', () => worker.close()],
    ['database', () => connection.close()],
  ]);
}

/** Development only: ready-made bearer tokens for a demo LA, school, provider and auditor (signed with the dev secret). */
async function printDemoTokens(): Promise<void> {
  const demo = [
    ...DEMO_USERS.map((u) => ({ sub: u.id, role: u.role, org: u.organisationId, la: u.laCode, name: u.name })),
    { sub: 'demo-admin', role: 'admin' as const, org: 'ap-pathway', name: 'Demo admin' },
  ];
  console.log('Development tokens (Authorization: Bearer <token>):');
  for (const claims of demo) console.log(`  ${claims.role.padEnd(11)} ${await signToken(DEV_JWT_SECRET, claims)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
