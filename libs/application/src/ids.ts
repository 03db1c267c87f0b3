import { createHash, randomUUID } from 'node:crypto';
import type { IdGenerator } from '@ap/domain';

export const randomIds: IdGenerator = { newId: () => randomUUID() };

/** A UUID (v8 layout) derived from a name: the same name always gives the same id. */
export function uuidFromName(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Ids for one request that carries an Idempotency-Key: a retry gets the same ids in the same order, so the
 * aggregates see a repeat and the event store an identical re-send, even if the first attempt crashed mid-way.
 */
export function deterministicIds(seed: string): IdGenerator {
  let counter = 0;
  return { newId: () => uuidFromName(`${seed}#${counter++}`) };
}
