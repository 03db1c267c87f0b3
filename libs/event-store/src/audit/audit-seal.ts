import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The keyed chain over the whole log. Each event's seal is HMAC-SHA256(key, previous seal ‖ stream ‖ version ‖ event
 * id ‖ the event's own SHA-256 chain hash), in commit order. The hash already covers the event's content and its
 * stream predecessor; the key (AUDIT_HMAC_KEY) lives outside the database, so someone with full SQL access can
 * recompute the hashes but not the seals.
 */
export type SealInput = Readonly<{ streamId: string; streamVersion: number; eventId: string; hash: Buffer }>;

const SEPARATOR = Buffer.from([0x1f]);

export function sealOf(key: Buffer, previous: Buffer | undefined, event: SealInput): Buffer {
  return createHmac('sha256', key)
    .update(previous ?? Buffer.alloc(0))
    .update(SEPARATOR)
    .update(event.streamId)
    .update(SEPARATOR)
    .update(String(event.streamVersion))
    .update(SEPARATOR)
    .update(event.eventId)
    .update(SEPARATOR)
    .update(event.hash)
    .digest();
}

/** A signed statement of the log's head: "after `seq` sealed events, the seal was `seal`". */
export type AuditCheckpoint = Readonly<{ seq: number; eventId: string; seal: string; at: string; signature: string }>;

const checkpointText = (c: Omit<AuditCheckpoint, 'signature'>) =>
  `ap-pathway-audit-checkpoint|${c.seq}|${c.eventId}|${c.seal}|${c.at}`;

export function signCheckpoint(key: Buffer, checkpoint: Omit<AuditCheckpoint, 'signature'>): AuditCheckpoint {
  return { ...checkpoint, signature: createHmac('sha256', key).update(checkpointText(checkpoint)).digest('hex') };
}

export function checkpointSignedBy(key: Buffer, checkpoint: AuditCheckpoint): boolean {
  const expected = Buffer.from(signCheckpoint(key, checkpoint).signature, 'hex');
  const given = Buffer.from(String(checkpoint.signature), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
