import { Client, type Pool } from 'pg';

export const EVENTS_CHANNEL = 'ap_events';

/** What a wake-up knows about the commit: the stream categories written, or `undefined` for "anything". */
export type Wake = (categories?: ReadonlySet<string>) => void;

/** NOTIFY payloads are limited to 8000 bytes; a commit naming more categories than this wakes everyone. */
const MAX_PAYLOAD = 7_000;

/**
 * Wakes subscribers after commits. NOTIFY is sent after the append has committed, outside its transaction, so it
 * adds no lock to the write path; notifications are coalesced (at most one in flight per process). A lost one
 * only delays a subscriber until its next poll: the log, not the notification, is the source of truth.
 *
 * A poke names the stream categories written (the NOTIFY payload carries them, comma-separated), so a subscriber
 * that reads other categories sleeps on: an LA dashboard's access-log entry no longer wakes every projection and
 * process manager (bench/README.md, pages). A poke without categories wakes everyone.
 */
export class PostgresNotifier {
  private readonly listeners = new Set<Wake>();
  private inFlight = false;
  /** Categories poked while a NOTIFY was in flight (`'all'` once a poke named none). */
  private pending: Set<string> | 'all' | undefined;
  private listenClient: Client | undefined;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly connectionString: string | undefined,
  ) {}

  poke(categories?: Iterable<string>): void {
    const named = categories ? new Set(categories) : undefined;
    for (const wake of this.listeners) wake(named);
    if (this.inFlight) {
      if (!named || this.pending === 'all') this.pending = 'all';
      else this.pending = new Set([...(this.pending ?? []), ...named]);
      return;
    }
    this.inFlight = true;
    const payload = named ? [...named].sort().join(',') : '';
    this.pool
      .query(`SELECT pg_notify('${EVENTS_CHANNEL}', $1)`, [payload.length > MAX_PAYLOAD ? '' : payload])
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        const pending = this.pending;
        this.pending = undefined;
        if (pending && !this.closed) this.poke(pending === 'all' ? undefined : pending);
      });
  }

  /** Registers a wake-up callback, fed by this process's appends and by other processes' NOTIFY. */
  onWake(wake: Wake): () => void {
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
    client.on('notification', (message) => {
      const named = message.payload ? new Set(message.payload.split(',')) : undefined;
      for (const wake of this.listeners) wake(named);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch {
      retry();
    }
  }
}
