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
   * The recorded reads of a pupil (under any of its keys: the UPN, and `referral_<id>` for reads made before it had
   * one): its own access logs' events and each list view that named it, oldest first, with how many there are in
   * all. With `newest`, only that many of the most recent (a log grows with every look, so a page shows the latest);
   * with `organisationId`, only that organisation's reads (a school or provider is told nothing of the others').
   */
  async readsOf(
    pupilKeys: readonly string[],
    { newest, organisationId }: { newest?: number; organisationId?: string } = {},
  ): Promise<{ reads: RecordedRead[]; total: number }> {
    // Only an unfiltered log can be cut short while read: a filter must see every read first.
    const cut = newest !== undefined && organisationId === undefined;
    const own = await Promise.all(
      pupilKeys.map((key) =>
        this.store.readStream(accessLogStreamId(key), cut ? { direction: 'backwards', maxCount: newest } : {}),
      ),
    );
    const single = own
      .flatMap((s) => s.events)
      .map((e) => ({
        read: { ...(e.data as Omit<RecordedRead, 'correlationId'>), correlationId: e.metadata.correlationId ?? null },
        position: BigInt(e.position.globalPosition),
      }))
      .filter((r) => organisationId === undefined || r.read.actor.organisationId === organisationId);
    const { rows } = await this.db.pool.query<{
      data: ListRead;
      correlation_id: string | null;
      pupil: string;
      total: number;
      position: string;
    }>(
      `SELECT data, metadata->>'correlationId' AS correlation_id, count(*) OVER ()::int AS total,
              global_position::text AS position,
              (SELECT k FROM unnest($1::text[]) k WHERE data->'pupils' ? k LIMIT 1) AS pupil
         FROM events WHERE type = '${LIST_READ}' AND data->'pupils' ?| $1::text[]
          AND ($3::text IS NULL OR data->'actor'->>'organisationId' = $3)
        ORDER BY global_position DESC LIMIT $2`,
      [pupilKeys, newest ?? null, organisationId ?? null],
    );
    const listed = rows.map((r) => ({
      read: { pupil: r.pupil, what: r.data.what, at: r.data.at, actor: r.data.actor, correlationId: r.correlation_id },
      position: BigInt(r.position),
    }));
    // In the order they were recorded (reads at one instant, by a fixed clock, keep their order).
    const all = [...single, ...listed]
      .sort((a, b) => a.read.at.localeCompare(b.read.at) || (a.position < b.position ? -1 : 1))
      .map((r) => r.read);
    const ownTotal = cut ? own.reduce((sum, s) => sum + s.version, 0) : single.length;
    return {
      reads: newest === undefined ? all : all.slice(Math.max(0, all.length - newest)),
      total: ownTotal + (rows[0]?.total ?? 0),
    };
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
