/**
 * Which database failures mean "the service is unavailable, try again shortly" (HTTP 503 with Retry-After) rather
 * than a defect (500): the server is away, restarting, paused past a timeout, out of connections or out of disk.
 * Issue 18: these answered 500 INTERNAL_ERROR while /health stayed 200.
 */
export type DatabaseFault = 'unreachable' | 'timeout' | 'too_many_connections' | 'disk_full' | 'shutting_down';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const MESSAGES: ReadonlyArray<readonly [RegExp, DatabaseFault]> = [
  [
    /timeout exceeded when trying to connect|Query read timeout|Connection terminated due to connection timeout/i,
    'timeout',
  ],
  [
    /Connection terminated|not queryable|Client was closed|connection error|Cannot use a pool after calling end/i,
    'unreachable',
  ],
];

export function databaseFault(error: unknown): DatabaseFault | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return 'unreachable';
    if (code === '53300' || code === '53400') return 'too_many_connections';
    if (code === '53100') return 'disk_full';
    if (code.startsWith('53')) return 'too_many_connections';
    // 57P03 cannot_connect_now: the server is starting up, shutting down or recovering. Not a connection limit:
    // counted as one, it held /health at 503 for 10 s after a restarted server was back (CI, test/fault).
    if (code === '57P01' || code === '57P02' || code === '57P03') return 'shutting_down';
    if (code.startsWith('08')) return 'unreachable';
    if (code === '57014') return 'timeout'; // statement_timeout
  }
  if (typeof message !== 'string') return undefined;
  return MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
}

/** The last few faults seen by this process, for /health and /metrics (a write refused for a full disk, say). */
export class DatabaseFaultLog {
  private readonly last = new Map<DatabaseFault, number>();
  private readonly counts = new Map<DatabaseFault, number>();

  record(fault: DatabaseFault, at = Date.now()): void {
    this.last.set(fault, at);
    this.counts.set(fault, (this.counts.get(fault) ?? 0) + 1);
  }

  /** Faults seen within the window (default the last 30 seconds). */
  recent(windowMs = 30_000, now = Date.now()): DatabaseFault[] {
    return [...this.last].filter(([, at]) => now - at <= windowMs).map(([fault]) => fault);
  }

  totals(): ReadonlyMap<DatabaseFault, number> {
    return this.counts;
  }
}

/** One per process: the HTTP error filter records, health and metrics read. */
export const databaseFaults = new DatabaseFaultLog();
