import { databaseConfigFromEnv, openDatabase } from '../libs/database/src';
import { PostgresEventStore } from '../libs/event-store/src';
import { PROJECTIONS, resetProjection, runProjection } from '../libs/read-models/src';

/**
 * `npm run projections:rebuild -- <name…|all>`: empties the read model and rewinds its checkpoint in one
 * transaction, then replays the log into it. Safe while the engine runs: its subscriber sees the rewound
 * checkpoint and the two share the work exactly once.
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const chosen =
    names.length === 0 || names.includes('all') ? PROJECTIONS : PROJECTIONS.filter((p) => names.includes(p.name));
  const unknown = names.filter((n) => n !== 'all' && !PROJECTIONS.some((p) => p.name === n));
  if (unknown.length > 0) {
    console.error(
      `Unknown projection(s): ${unknown.join(', ')}. Known: ${PROJECTIONS.map((p) => p.name).join(', ')}, all`,
    );
    process.exit(2);
  }
  // Long scans over the whole log: no statement timeout.
  const connection = await openDatabase({ ...databaseConfigFromEnv(), statementTimeoutMs: 0 });
  const store = new PostgresEventStore(connection.pool, connection.url);
  try {
    for (const projection of chosen) {
      const started = performance.now();
      await resetProjection(connection.pool, projection);
      const subscription = runProjection(store, projection, (error) => console.error(projection.name, error));
      await subscription.caughtUp();
      await subscription.stop();
      console.log(`Rebuilt ${projection.name} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
    }
  } finally {
    await store.close();
    await connection.close();
  }
}

void main();
