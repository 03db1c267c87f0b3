import { existsSync } from 'node:fs';
import { databaseConfigFromEnv, openDatabase } from '../libs/database/src';
import { readAuditCheckpoints, verifyAudit } from '../libs/event-store/src/audit/audit-verify';
import { verifyHashChains } from '../libs/event-store/src/postgres/hash-chain';
import { auditConfigFromEnv } from '../apps/worker/src/audit/audit.config';

/**
 * `npm run audit:verify [checkpoint files…]`: recompute every stream's hash chain, then the keyed chain over the
 * whole log (AUDIT_HMAC_KEY) against its seals and the signed checkpoints (AUDIT_CHECKPOINT_FILE, or the files
 * named); exit 1 naming each problem.
 */
async function main(): Promise<void> {
  const audit = auditConfigFromEnv();
  const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [audit.checkpointFile];
  // Long scans over the whole log: no statement timeout.
  const connection = await openDatabase({ ...databaseConfigFromEnv(), statementTimeoutMs: 0 });
  try {
    const started = performance.now();
    const { eventsChecked, breaks } = await verifyHashChains(connection.pool, 'all');
    const present = files.filter((f) => existsSync(f));
    const sealed = await verifyAudit(connection.pool, audit.key, readAuditCheckpoints(present));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary =
      `${eventsChecked} events checked in ${seconds}s; ${sealed.sealed} sealed, ${sealed.unsealed} not sealed yet; ` +
      `${sealed.checkpoints} signed checkpoint(s) from ${present.length} file(s)`;
    for (const missing of files.filter((f) => !existsSync(f))) console.warn(`No checkpoint file at ${missing}`);
    if (breaks.length === 0 && sealed.problems.length === 0) {
      console.log(`Intact: ${summary}`);
      return;
    }
    console.error(`TAMPERED: ${summary}`);
    for (const b of breaks)
      console.error(`  ${b.streamId} v${b.streamVersion} (event ${b.eventId}): ${b.problem.replace('_', ' ')}`);
    for (const p of sealed.problems)
      console.error(`  ${p.kind.replace(/_/g, ' ')}${p.seq ? ` at seal ${p.seq}` : ''}: ${p.detail}`);
    process.exitCode = 1;
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
