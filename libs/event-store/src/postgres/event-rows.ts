import type { EventFilter, RecordedEvent } from '../event-store.port';

export type EventRow = {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  recorded_at: Date;
};

export const EVENT_COLUMNS =
  'global_position, transaction_id::text AS transaction_id, stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at';

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  streamId: row.stream_id,
  streamVersion: Number(row.stream_version),
  type: row.type,
  schemaVersion: row.schema_version,
  data: row.data,
  metadata: row.metadata,
  recordedAt: row.recorded_at.toISOString(),
  position: { transactionId: row.transaction_id, globalPosition: row.global_position },
});

/** SQL conditions for a filter, with parameters numbered from `firstParam`. */
export function filterSql(filter: EventFilter | undefined, firstParam: number): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter?.categories?.length) {
    params.push(filter.categories);
    clauses.push(`category = ANY($${firstParam + params.length - 1}::text[])`);
  }
  if (filter?.types?.length) {
    params.push(filter.types);
    clauses.push(`type = ANY($${firstParam + params.length - 1}::text[])`);
  }
  return { sql: clauses.map((c) => ` AND ${c}`).join(''), params };
}

export const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === constraint;

/** 40001: the append found its stream written by a newer transaction (migration 22); run the transaction again. */
export const isSerializationFailure = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === '40001';
