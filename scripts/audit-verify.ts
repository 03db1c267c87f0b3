import { databaseConfigFromEnv, openDatabase } from '../libs/database/src';
import { verifyHashChains } from '../libs/event-store/src/postgres/hash-chain';

/** `npm run audit:verify`: recompute every stream's hash chain; exit 1 naming each first break. */
async function main(): Promise<void> {
  // Long scans over the whole log: no statement timeout.
  const connection = await openDatabase({ ...databaseConfigFromEnv(), statementTimeoutMs: 0 });
  try {
    const started = performance.now();
    const { eventsChecked, breaks } = await verifyHashChains(connection.pool, 'all');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (breaks.length === 0) {
      console.log(`Intact: ${eventsChecked} events checked in ${seconds}s`);
      return;
    }
    console.error(
      `TAMPERED: ${breaks.length} stream(s) do not match their hash chain (${eventsChecked} events checked in ${seconds}s)`,
    );
    for (const b of breaks)
      console.error(`  ${b.streamId} v${b.streamVersion} (event ${b.eventId}): ${b.problem.replace('_', ' ')}`);
    process.exitCode = 1;
  } finally {
    await connection.close();
  }
}

void main();
