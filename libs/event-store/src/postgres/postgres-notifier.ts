import { Client, type Pool } from 'pg';

export const EVENTS_CHANNEL = 'ap_events';

/**
 * Wakes subscribers after commits. NOTIFY is sent after the append has committed, outside its transaction, so it
 * adds no lock to the write path; notifications are coalesced (at most one in flight per process). A lost one
 * only delays a subscriber until its next poll: the log, not the notification, is the source of truth.
 */
export class PostgresNotifier {
  private readonly listeners = new Set<() => void>();
  private inFlight = false;
  private pending = false;
  private listenClient: Client | undefined;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly connectionString: string | undefined,
  ) {}

  poke(): void {
    for (const wake of this.listeners) wake();
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = true;
    this.pool
      .query(`SELECT pg_notify('${EVENTS_CHANNEL}', '')`)
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        if (this.pending && !this.closed) {
          this.pending = false;
          this.poke();
        }
      });
  }

  /** Registers a wake-up callback, fed by this process's appends and by other processes' NOTIFY. */
  onWake(wake: () => void): () => void {
    this.listeners.add(wake);
    void this.ensureListening();
    return () => this.listeners.delete(wake);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const client = this.listenClient;
    this.listenClient = undefined;
    await client?.end().catch(() => undefined);
  }

  private async ensureListening(): Promise<void> {
    if (this.listenClient || this.closed || !this.connectionString) return;
    const client = new Client({ connectionString: this.connectionString, application_name: 'ap-pathway-listen' });
    this.listenClient = client;
    const retry = () => {
      if (this.listenClient !== client) return;
      this.listenClient = undefined;
      client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.ensureListening(), 1000).unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', () => {
      for (const wake of this.listeners) wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch {
      retry();
    }
  }
}
