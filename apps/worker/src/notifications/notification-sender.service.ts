import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PostgresEventStore } from '@ap/event-store';
import type { MessageContent } from '@ap/notifications';
import { openChannels, PermanentSendError, type Channel } from './channels';
import type { ChannelName, NotificationConfig } from './notification.config';
import { NOTIFICATION_CONFIG } from './notification.tokens';
import { DigestAssembler } from './digest-assembler';

type OutboxRow = {
  message_id: string;
  kind: string;
  channel: ChannelName;
  email: string;
  content: MessageContent;
  attempts: number;
};

const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * Sends what the notifier wrote. A row is leased (available_at moves past the send) in a short transaction, sent,
 * then recorded as sent: a crash before the send leaves it to be taken again when the lease ends, so none is lost;
 * only a crash between the send and the record repeats one, and the repeat carries the same reference and
 * Message-ID. No transaction is held open across a send (a row lock would give it a transaction id and hold back
 * every subscriber's commit-order gate). Failures back off exponentially and are parked after the last attempt.
 */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly channels: Map<ChannelName, Channel>;
  private stopped = false;
  private running?: Promise<void>;
  private readonly sleepers = new Set<() => void>();
  private woken = false;

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
    @Inject(DigestAssembler) private readonly digests: DigestAssembler,
  ) {
    this.channels = openChannels(config);
  }

  /** Several loops, each sending one message at a time: a crash can repeat at most one message per loop. */
  onApplicationBootstrap(): void {
    const loops = Array.from({ length: this.config.concurrency }, (_, i) => this.loop(i === 0));
    this.running = Promise.all(loops).then(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.sleepers.forEach((wake) => wake());
    await this.running;
    this.channels.forEach((channel) => channel.close?.());
  }

  /** Called after the notifier commits new rows. */
  wake(): void {
    this.woken = true;
    this.sleepers.forEach((wake) => wake());
  }

  private async loop(assemblesDigests: boolean): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      let sent = 0;
      try {
        if (assemblesDigests) await this.digests.assembleDue();
        sent = await this.sendDue();
      } catch (error) {
        if (!this.stopped) this.logger.error({ err: error, msg: 'notification sender failed; trying again' });
      }
      if (sent < this.config.batch && !this.woken) await this.sleep(this.config.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const sleepers = this.sleepers;
      function done() {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      }
      sleepers.add(done);
    });
  }

  /** Leases up to a batch of due messages and sends them one after another; returns how many it took. */
  async sendDue(): Promise<number> {
    const { rows } = await this.store.pool.query<OutboxRow>(
      `UPDATE notification_outbox o SET available_at = now() + make_interval(secs => $2 / 1000.0), attempts = o.attempts + 1
        WHERE o.message_id IN (
          SELECT message_id FROM notification_outbox WHERE status = 'pending' AND available_at <= now()
           ORDER BY available_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING o.message_id, o.kind, o.channel, o.email, o.content, o.attempts`,
      [this.config.batch, this.config.leaseMs],
    );
    for (const row of rows) if (!this.stopped) await this.sendOne(row);
    return rows.length;
  }

  private async sendOne(row: OutboxRow): Promise<void> {
    try {
      const channel = this.channels.get(row.channel);
      if (!channel) throw new PermanentSendError(`Channel ${row.channel} is not configured`);
      const message = { messageId: row.message_id, kind: row.kind, email: row.email, content: row.content };
      const result = await channel.send(message, this.store.pool);
      await this.store.pool.query(
        `UPDATE notification_outbox SET status = 'sent', sent_at = now(), provider_ref = $2, last_error = NULL
          WHERE message_id = $1`,
        [row.message_id, result.providerRef ?? null],
      );
    } catch (error) {
      await this.failed(row, error).catch((e: unknown) => this.logger.error({ err: e }));
    }
  }

  private async failed(row: OutboxRow, error: unknown): Promise<void> {
    const park = error instanceof PermanentSendError || row.attempts >= this.config.maxAttempts;
    const backoff = Math.min(MAX_BACKOFF_MS, this.config.retryBaseMs * 2 ** (row.attempts - 1));
    // The error names the channel's answer only: never the address or the content.
    const message = `${(error as Error).name}: ${(error as Error).message}`.slice(0, 500);
    await this.store.pool.query(
      `UPDATE notification_outbox SET status = $2, last_error = $3, available_at = now() + make_interval(secs => $4 / 1000.0)
        WHERE message_id = $1`,
      [row.message_id, park ? 'parked' : 'pending', message, backoff],
    );
    if (park) this.logger.error({ message: row.message_id, attempts: row.attempts, msg: 'notification parked' });
  }
}
