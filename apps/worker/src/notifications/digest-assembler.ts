import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CLOCK } from '@ap/application';
import type { Clock } from '@ap/domain';
import { inTransaction, PostgresEventStore } from '@ap/event-store';
import { digestContent, type MessageContent } from '@ap/notifications';
import type { NotificationConfig } from './notification.config';
import { NOTIFICATION_CONFIG } from './notification.tokens';

type HeldRow = { message_id: string; email: string; channel: string; organisation: string; content: MessageContent };

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Gathers the items held for a morning digest once their morning has come (business time, from the clock): one
 * message per address and channel, written in the same transaction that marks its items digested, so an item is in
 * exactly one digest. The digest's id derives from its items, so it is its own reference.
 */
@Injectable()
export class DigestAssembler {
  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async assembleDue(): Promise<number> {
    const now = this.clock.now();
    return inTransaction(this.store.pool, async (tx) => {
      const { rows } = await tx.query<HeldRow>(
        `SELECT message_id, email, channel, organisation, content FROM notification_outbox
          WHERE status = 'held' AND hold_until <= $1 ORDER BY email, created_at LIMIT 1000 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      const groups = new Map<string, HeldRow[]>();
      for (const row of rows)
        groups.set(`${row.channel} ${row.email}`, [...(groups.get(`${row.channel} ${row.email}`) ?? []), row]);
      for (const items of groups.values()) {
        const first = items[0]!;
        const digestId = `digest.${now.slice(0, 10)}.${hash(first.email)}.${hash(items.map((i) => i.message_id).join(','))}`;
        await tx.query(
          `INSERT INTO notification_outbox (message_id, kind, channel, email, organisation, content, status)
           VALUES ($1, 'digest', $2, $3, $4, $5, 'pending') ON CONFLICT (message_id) DO NOTHING`,
          [
            digestId,
            first.channel,
            first.email,
            first.organisation,
            JSON.stringify(
              digestContent(
                items.map((i) => i.content),
                this.config.signInUrl,
              ),
            ),
          ],
        );
        await tx.query(
          `UPDATE notification_outbox SET status = 'digested', digest_id = $2 WHERE message_id = ANY($1)`,
          [items.map((i) => i.message_id), digestId],
        );
      }
      return groups.size;
    });
  }
}
