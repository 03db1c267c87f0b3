import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@ap/domain';
import type { EventStore, NewEvent } from '@ap/event-store';
import { DATABASE, EVENT_STORE, type DatabaseConnection } from '@ap/database';
import { randomIds } from './ids';

export const accessLogStreamId = (pupilKey: string): string => `access-${pupilKey}`;
/** The stream of one list view's read (one event naming every pupil listed). */
export const accessListStreamId = (viewId: string): string => `accesslist-${viewId}`;
/** The event type of a list view's read: `data.pupils` names the pupils' keys. */
export const LIST_READ = 'PupilRecordsListed';

/**
 * Every read of a pupil's record is itself recorded (who, role, organisation, when, what, correlation id), in the
 * event store so it shares the log's hash chain and cannot be quietly edited.
 */
@Injectable()
export class AccessLog {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  async recordRead(actor: Actor, pupilKey: string, what: string, correlationId: string, at: string): Promise<void> {
    await this.store.appendToStream(
      accessLogStreamId(pupilKey),
      [readEvent(actor, pupilKey, what, correlationId, at)],
      {
        expectedVersion: 'any',
      },
    );
  }

  /**
   * Every recorded read of a pupil (under any of its keys: the UPN, and `referral_<id>` for reads made before it had
   * one): its own access logs' events, and each list view that named it, in the order they were made.
   */
  async readsOf(pupilKeys: readonly string[]): Promise<RecordedRead[]> {
    const own = await Promise.all(
      pupilKeys.map(async (key) => (await this.store.readStream(accessLogStreamId(key))).events),
    );
    const single = own.flat().map((e) => ({
      ...(e.data as Omit<RecordedRead, 'correlationId'>),
      correlationId: e.metadata.correlationId ?? null,
    }));
    const { rows } = await this.db.pool.query<{ data: ListRead; correlation_id: string | null; pupil: string }>(
      `SELECT data, metadata->>'correlationId' AS correlation_id,
              (SELECT k FROM unnest($1::text[]) k WHERE data->'pupils' ? k LIMIT 1) AS pupil
         FROM events WHERE type = '${LIST_READ}' AND data->'pupils' ?| $1::text[]`,
      [pupilKeys],
    );
    const listed = rows.map((r) => ({
      pupil: r.pupil,
      what: r.data.what,
      at: r.data.at,
      actor: r.data.actor,
      correlationId: r.correlation_id,
    }));
    return [...single, ...listed].sort((a, b) => a.at.localeCompare(b.at));
  }

  /** The streams of the list views that named a pupil (for the integrity check: who looked is checked too). */
  async listStreamsNaming(pupilKeys: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ stream_id: string }>(
      `SELECT stream_id FROM events WHERE type = '${LIST_READ}' AND data->'pupils' ?| $1::text[] ORDER BY global_position`,
      [pupilKeys],
    );
    return rows.map((r) => r.stream_id);
  }

  /**
   * A list naming many pupils (the LA dashboard, pupils at risk, the CAFE worklist) is a read of each one's record:
   * one `PupilRecordsListed` event naming them all, in a stream of its own (`accesslist-<id>`), found from each
   * pupil's access log by the index on its `pupils` (migration 20). One event per pupil, even in one transaction,
   * made a dashboard view hundreds of appends and per-stream locks that concurrent views queued on (bench/README.md,
   * pages); one append per view keeps the record at the store's single-row cost.
   */
  async recordReads(
    actor: Actor,
    pupilKeys: Iterable<string>,
    what: string,
    correlationId: string,
    at: string,
  ): Promise<void> {
    const pupils = [...new Set(pupilKeys)].sort();
    if (pupils.length === 0) return;
    const id = randomIds.newId();
    await this.store.appendToStream(
      accessListStreamId(id),
      [
        {
          id,
          type: LIST_READ,
          data: { pupils, what, at, actor: actorOf(actor) },
          metadata: { correlationId, actor },
        },
      ],
      { expectedVersion: 'no_stream' },
    );
  }
}

/** One read of a pupil's record, as the access log lists it. */
export type RecordedRead = Readonly<{
  pupil: string;
  what: string;
  at: string;
  actor: Readonly<{ id: string; role: string; organisationId: string; name?: string }>;
  correlationId: string | null;
}>;

const readEvent = (actor: Actor, pupilKey: string, what: string, correlationId: string, at: string): NewEvent => ({
  id: randomIds.newId(),
  type: 'PupilRecordRead',
  data: {
    pupil: pupilKey,
    what,
    at,
    actor: actorOf(actor),
  },
  metadata: { correlationId, actor },
});

type ListRead = Readonly<{ pupils: string[]; what: string; at: string; actor: RecordedRead['actor'] }>;

const actorOf = (actor: Actor) => ({
  id: actor.id,
  role: actor.role,
  organisationId: actor.organisationId,
  name: actor.name,
});
