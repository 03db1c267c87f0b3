import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

const PREFIX = 'ap-pathway/';

/**
 * This process, visible to every other one: a connection of its own whose application_name carries a random instance
 * id, held for the life of the process (and re-opened after the database returns). When the process dies its
 * connection closes, so `isPresent` in SQL tells a live owner of some work from a dead one at once. Issue 18: a key
 * claimed by a request that was killed blocked retries with 409 for two minutes.
 */
export class InstancePresence {
  readonly id = randomUUID();
  private client: Client | undefined;
  private closed = false;

  constructor(private readonly url: string) {}

  /** SQL true while the instance named by `column` (an InstancePresence id) has its connection open. */
  static isPresent(column: string): string {
    return `EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = '${PREFIX}' || ${column})`;
  }

  async open(): Promise<void> {
    if (this.closed || this.client) return;
    const client = new Client({ connectionString: this.url, application_name: `${PREFIX}${this.id}`, keepAlive: true });
    this.client = client;
    const reopen = () => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.open(), 1000).unref();
    };
    client.on('error', reopen);
    client.on('end', reopen);
    await client.connect().catch(reopen);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
