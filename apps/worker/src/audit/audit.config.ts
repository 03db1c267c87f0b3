import { join } from 'node:path';
import { loadConfig } from '@ap/config';

/** Published in this repository: used only with DEV_MODE=true, refused otherwise. */
export const DEV_AUDIT_KEY = 'ap-pathway-development-audit-key-not-for-production';

export type AuditConfig = Readonly<{ key: Buffer; checkpointFile: string; checkpointEveryMs: number }>;

/**
 * AUDIT_HMAC_KEY keys the chain over the whole log; it must not be stored in the database (the point is that a
 * database superuser cannot recompute the seals). AUDIT_CHECKPOINT_FILE receives the signed checkpoints of the head.
 */
export function auditConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  const config = loadConfig(env);
  const development = config.DEV_MODE;
  const key = config.AUDIT_HMAC_KEY ?? (development ? DEV_AUDIT_KEY : undefined);
  if (!key) throw new Error('Set AUDIT_HMAC_KEY (at least 32 bytes, kept outside the database) to seal the audit log');
  if (!development && key === DEV_AUDIT_KEY) throw new Error('AUDIT_HMAC_KEY is the published development key');
  if (Buffer.byteLength(key) < 32) throw new Error('AUDIT_HMAC_KEY must be at least 32 bytes');
  return {
    key: Buffer.from(key),
    checkpointFile: config.AUDIT_CHECKPOINT_FILE ?? join(config.DATA_DIR, 'audit-checkpoints.jsonl'),
    checkpointEveryMs: config.AUDIT_CHECKPOINT_INTERVAL_MS,
  };
}
