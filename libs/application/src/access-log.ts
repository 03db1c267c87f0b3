import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@ap/domain';
import type { EventStore } from '@ap/event-store';
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
      [
        {
          id: randomIds.newId(),
          type: 'PupilRecordRead',
          data: {
            pupil: pupilKey,
            what,
            at,
            actor: { id: actor.id, role: actor.role, organisationId: actor.organisationId, name: actor.name },
          },
          metadata: { correlationId, actor },
        },
      ],
      { expectedVersion: 'any' },
    );
  }
}
