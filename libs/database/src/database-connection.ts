import { Pool, type PoolConfig } from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
import { migrate } from './migrate';

export type DatabaseConfig = Readonly<{
  /** A PostgreSQL server to use; without it an embedded server is started. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  poolSize: number;
  /** Longest a statement may run (server side) and a reply may take (client side, a little longer); 0 for none. */
  statementTimeoutMs?: number;
  /** Longest to wait for a connection, new or from the pool. */
  connectTimeoutMs?: number;
  log?: (message: string) => void;
}>;

export type DatabaseConnection = Readonly<{
  url: string;
  pool: Pool;
  embedded: boolean;
  close: () => Promise<void>;
}>;

/** Connects (starting the embedded server when no URL is configured) and applies pending migrations. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseConnection> {
  let server: EmbeddedServer | undefined;
  if (!config.databaseUrl) {
    server = await startEmbeddedPostgres({
      dataDir: `${config.dataDir}/postgres`,
      port: config.embeddedPort,
      log: config.log,
      // Issue 18: exit cleanly with one clear line rather than serve 503s for ever.
      onGone: (message) => {
        console.error(message);
        process.exit(1);
      },
    });
  }
  const url = config.databaseUrl ?? server!.url;
  // Migrations run on a connection of their own without the request timeouts (an index on a large log takes time).
  const migrator = createPool({ connectionString: url, max: 1 });
  try {
    await migrator.query('SELECT 1');
  } catch (error) {
    await migrator.end();
    await server?.stop();
    throw new DatabaseUnreachableError(url, error);
  }
  await migrate(migrator).finally(() => migrator.end());
  const pool = createPool({ connectionString: url, max: config.poolSize, ...timeouts(config) });
  return {
    url,
    pool,
    embedded: server !== undefined,
    close: async () => {
      await pool.end();
      await server?.stop();
    },
  };
}

/** Start-up could not reach PostgreSQL: one line naming the server (never its password) and the cause. */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? ((cause as { code?: string }).code ?? cause.message) : String(cause);
    super(
      `Cannot reach PostgreSQL at ${redactUrl(url)} (${reason}): check DATABASE_URL and that the server is running`,
    );
    this.name = 'DatabaseUnreachableError';
  }
}

const redactUrl = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable DATABASE_URL)';
  }
};

/**
 * Issue 18: with no timeouts a paused server held every request (and /health) for the whole outage. The server
 * cancels a statement after statement_timeout; the client gives up a little later if the server cannot even say so.
 */
const timeouts = (config: DatabaseConfig): PoolConfig => {
  const statement = config.statementTimeoutMs ?? 15_000;
  return {
    connectionTimeoutMillis: config.connectTimeoutMs ?? 5_000,
    keepAlive: true,
    ...(statement > 0 ? { statement_timeout: statement, query_timeout: statement + 2_000 } : {}),
  };
};

export const createPool = (config: PoolConfig): Pool => {
  const pool = new Pool({ application_name: 'ap-pathway', ...config });
  // An idle client's error (e.g. the server restarting) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor may the error of a client checked out for a transaction (the pool listens only while a client is idle):
  // issue 18, "Unhandled 'error' event" ended the engine when PostgreSQL restarted. The query in flight fails
  // anyway, and a client that is no longer queryable is discarded when released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
};
