import { join } from 'node:path';
import { isDevelopmentMode } from '@ap/application';

/** Published in this repository: used only with DEV_MODE=true, refused otherwise. */
export const DEV_AUDIT_KEY = 'ap-pathway-development-audit-key-not-for-production';

export type AuditConfig = Readonly<{ key: Buffer; checkpointFile: string; checkpointEveryMs: number }>;

/**
 * AUDIT_HMAC_KEY keys the chain over the whole log; it must not be stored in the database (the point is that a
 * database superuser cannot recompute the seals). AUDIT_CHECKPOINT_FILE receives the signed checkpoints of the head.
 */
export function auditConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  const development = isDevelopmentMode(env);
  const key = env.AUDIT_HMAC_KEY || (development ? DEV_AUDIT_KEY : undefined);
  if (!key) throw new Error('Set AUDIT_HMAC_KEY (at least 32 bytes, kept outside the database) to seal the audit log');
  if (!development && key === DEV_AUDIT_KEY) throw new Error('AUDIT_HMAC_KEY is the published development key');
  if (Buffer.byteLength(key) < 32) throw new Error('AUDIT_HMAC_KEY must be at least 32 bytes');
  return {
    key: Buffer.from(key),
    checkpointFile: env.AUDIT_CHECKPOINT_FILE || join(env.DATA_DIR || '.data', 'audit-checkpoints.jsonl'),
    checkpointEveryMs: Number(env.AUDIT_CHECKPOINT_INTERVAL_MS || 5_000),
  };
}
