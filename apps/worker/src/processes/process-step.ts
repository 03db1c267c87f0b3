import type { PoolClient } from 'pg';
import { uuidFromName } from '@ap/application';
import type { Event, ProcessInput, ProcessManager } from '@ap/domain';
import { isDeadlineEvent } from '@ap/domain';
import { ConcurrencyError, type EventMetadata, type PostgresEventStore } from '@ap/event-store';

// Process managers differ in state and event types; the runner treats them alike.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProcess = ProcessManager<any, any>;

export const SYSTEM_ACTOR = {
  id: 'ap-pathway-worker',
  role: 'system',
  organisationId: 'ap-pathway',
  name: 'Timelines',
} as const;

export const processStreamId = (process: AnyProcess, processId: string): string => `${process.name}-${processId}`;
export const deadlineId = (streamId: string, name: string): string => `${streamId}:${name}`;

/**
 * One step of a process manager inside the caller's transaction: lock its stream, fold it, decide, append its events
 * with the version folded, and store or drop its deadlines in the same transaction. Event ids derive from the input,
 * so a repeated input can never be appended twice even outside the exactly-once subscription.
 *
 * The stream's append lock is taken before the read, so the version folded is the one the append finds: read first,
 * a deadline fired on the stream between the read and the append made the whole batch fail on the expected version
 * and run again (dozens of times in a year's catch-up, where every deadline is due as it is scheduled). The lock
 * also guards the stream's rows in `deadlines`: they are written only by a step holding it. `streamLocked`: the
 * caller took it already in this transaction (the poller, with the due rows), which saves a round trip.
 */
export async function runProcessStep(
  tx: PoolClient,
  store: PostgresEventStore,
  process: AnyProcess,
  processId: string,
  input: ProcessInput,
  source: Readonly<{ id: string; correlationId?: string }>,
  options: Readonly<{ streamLocked?: boolean }> = {},
): Promise<number> {
  const streamId = processStreamId(process, processId);
  if (!options.streamLocked) await store.lockStreamInTransaction(tx, streamId);
  const { version, events } = await store.readStreamInTransaction(tx, streamId);
  const state = events
    .map((e) => ({ type: e.type, data: e.data }) as Event)
    .reduce(process.evolve, process.initialState());
  const decided = process.decide(input, state);
  if (decided.length === 0) return 0;
  const metadata: EventMetadata = {
    correlationId: source.correlationId ?? source.id,
    causationId: source.id,
    actor: SYSTEM_ACTOR,
  };
  const newEvents = decided.map((e, i) => ({
    id: uuidFromName(`${streamId}:${source.id}:${i}`),
    type: e.type,
    data: e.data as Record<string, unknown>,
    metadata,
  }));
  await store.appendInTransaction(tx, streamId, newEvents, version);
  for (const event of decided.filter(isDeadlineEvent)) {
    const id = deadlineId(streamId, event.data.name);
    if (event.type === 'DeadlineScheduled') {
      await tx.query(
        `INSERT INTO deadlines (deadline_id, process_stream, name, due_at, payload) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (deadline_id) DO UPDATE SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, attempts = 0, scheduled_at = now()`,
        [id, streamId, event.data.name, event.data.dueAt, JSON.stringify({ reason: event.data.reason })],
      );
    } else {
      await tx.query('DELETE FROM deadlines WHERE deadline_id = $1', [id]);
    }
  }
  return decided.length;
}

/** A clash another writer caused (version, deadlock, serialisation): retried at once, never parked or backed off. */
export const isClash = (error: unknown): boolean =>
  error instanceof ConcurrencyError || ['40P01', '40001'].includes((error as { code?: string }).code ?? '');
