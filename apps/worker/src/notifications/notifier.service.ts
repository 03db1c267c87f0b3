import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { CLOCK } from '@ap/application';
import type { Clock } from '@ap/domain';
import { PostgresEventStore, subscribeInTransaction, type RecordedEvent, type Subscription } from '@ap/event-store';
import {
  NOTIFIER_CATEGORIES,
  nextDigestAt,
  noticeContent,
  noticesFor,
  noticeTitle,
  orgKey,
  type Notice,
} from '@ap/notifications';
import { TxReader } from '../processes/process-routes';
import { NOTIFICATION_CONFIG } from './notification.tokens';
import type { NotificationConfig } from './notification.config';
import { noticeContext, NOTIFYING_TYPES } from './notice-context';
import { NotificationSender } from './notification-sender.service';
import { organisation, recipientsOf, type Recipient } from './recipients';

export const NOTIFIER_SUBSCRIPTION = 'notifier';

/** The reference and Message-ID: the event and the recipient (hashed, so no address travels in it). */
export const messageIdFor = (eventId: string, email: string): string =>
  `${eventId}.${createHash('sha256').update(email).digest('hex').slice(0, 16)}`;

/**
 * Follows the committed log like the projections: for each event that needs someone, one in-service notification
 * per organisation and one outbox row per recipient, written in the transaction that moves the checkpoint, so a
 * crash loses none and a retried batch writes none twice. Sending is the sender's job, after commit.
 */
@Injectable()
export class NotifierService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifier');
  private readonly reader: TxReader;
  private subscription?: Subscription;

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    @Inject(NotificationSender) private readonly sender: NotificationSender,
  ) {
    this.reader = new TxReader(store);
  }

  onApplicationBootstrap(): void {
    this.subscription = subscribeInTransaction(
      this.store,
      NOTIFIER_SUBSCRIPTION,
      async (events, tx) => {
        for (const event of events) if (NOTIFYING_TYPES.has(event.type)) await this.handle(event, tx);
      },
      {
        filter: { categories: NOTIFIER_CATEGORIES },
        onError: (error, attempt) => this.logger.error({ attempt, err: error }),
        afterCommit: () => this.sender.wake(),
      },
    );
  }

  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  private async handle(event: RecordedEvent, tx: PoolClient): Promise<void> {
    const context = await noticeContext(tx, this.store, this.reader, event);
    for (const notice of noticesFor(event, context)) {
      await this.inService(event, notice, tx);
      for (const recipient of await recipientsOf(tx, this.reader, notice.audiences))
        await this.enqueue(event, notice, recipient, tx);
    }
  }

  /** One per organisation told, whether or not it has contacts: every user of it sees it in the service. */
  private async inService(event: RecordedEvent, notice: Notice, tx: PoolClient): Promise<void> {
    const organisations = new Set(notice.audiences.filter((a) => a.organisation.id).map((a) => orgKey(a.organisation)));
    for (const org of organisations) {
      await tx.query(
        `INSERT INTO notifications (notification_id, event_id, organisation, kind, title, due_by, record_kind, record_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (notification_id) DO NOTHING`,
        [
          `${event.id}.${org}`,
          event.id,
          org,
          notice.kind,
          noticeTitle(notice),
          notice.dueBy || null,
          notice.record.kind,
          notice.record.id,
          event.recordedAt,
        ],
      );
    }
  }

  private async enqueue(event: RecordedEvent, notice: Notice, recipient: Recipient, tx: PoolClient): Promise<void> {
    const digest = recipient.delivery === 'digest';
    const holdUntil = digest
      ? nextDigestAt(
          await (await organisation(tx, this.reader, recipient.organisation)).calendar(),
          this.clock.now(),
          this.config.digestTime,
        )
      : null;
    await tx.query(
      `INSERT INTO notification_outbox (message_id, event_id, kind, channel, email, organisation, content, status, hold_until, event_recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (message_id) DO NOTHING`,
      [
        messageIdFor(event.id, recipient.email),
        event.id,
        notice.kind,
        this.config.channelByLa[recipient.laCode] ?? this.config.channel,
        recipient.email,
        orgKey(recipient.organisation),
        JSON.stringify(noticeContent(notice, this.config.signInUrl)),
        digest ? 'held' : 'pending',
        holdUntil,
        event.recordedAt,
      ],
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }
}
