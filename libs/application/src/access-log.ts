import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@ap/domain';
import type { EventStore, MultiStreamAppender, NewEvent } from '@ap/event-store';
import { EVENT_STORE } from '@ap/database';
import { randomIds } from './ids';

export const accessLogStreamId = (pupilKey: string): string => `access-${pupilKey}`;

/**
 * Every read of a pupil's record is itself recorded (who, role, organisation, when, what, correlation id), in the
 * event store so it shares the log's hash chain and cannot be quietly edited.
 */
@Injectable()
export class AccessLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

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
   * A list naming many pupils (the LA dashboard, pupils at risk, the CAFE worklist) is a read of each one's record:
   * one event in each pupil's access log, all in one transaction. One append per pupil made a dashboard of 300
   * pupils 300 commits competing for the pool (bench/README.md, pages); the streams are taken in sorted order so two
   * views of overlapping lists queue rather than deadlock.
   */
  async recordReads(
    actor: Actor,
    pupilKeys: Iterable<string>,
    what: string,
    correlationId: string,
    at: string,
  ): Promise<void> {
    const keys = [...new Set(pupilKeys)].sort();
    if (keys.length === 0) return;
    const writes = keys.map((key) => ({
      streamId: accessLogStreamId(key),
      events: [readEvent(actor, key, what, correlationId, at)],
      expectedVersion: 'any' as const,
    }));
    const store = this.store as EventStore & Partial<MultiStreamAppender>;
    if (store.appendToStreams) await store.appendToStreams(writes);
    else for (const w of writes) await store.appendToStream(w.streamId, w.events, { expectedVersion: 'any' });
  }
}

const readEvent = (actor: Actor, pupilKey: string, what: string, correlationId: string, at: string): NewEvent => ({
  id: randomIds.newId(),
  type: 'PupilRecordRead',
  data: {
    pupil: pupilKey,
    what,
    at,
    actor: { id: actor.id, role: actor.role, organisationId: actor.organisationId, name: actor.name },
  },
  metadata: { correlationId, actor },
});
