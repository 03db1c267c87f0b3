import { Client, Pool, type PoolConfig } from 'pg';
import { EmbeddedPortInUseError, startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
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
  /** `npm start`: refuse to share the embedded server's database with another engine already running on it. */
  exclusiveEmbedded?: boolean;
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
  const engineLock = server && config.exclusiveEmbedded ? await holdEngineLock(url, config) : undefined;
  await migrate(migrator).finally(() => migrator.end());
  const pool = createPool({ connectionString: url, max: config.poolSize, ...timeouts(config), ...asAppRole() });
  return {
    url,
    pool,
    embedded: server !== undefined,
    close: async () => {
      await pool.end();
      await engineLock?.end().catch(() => undefined);
      await server?.stop();
    },
  };
}

/** Arbitrary constant: the session lock an engine holds on its embedded database for as long as it runs. */
const ENGINE_LOCK = 7_240_012;

/**
 * Two engines started with the same embedded port (and data directory) would otherwise share one database and both
 * run the workflow: the second is refused. A killed engine's session ends, so its lock goes with it.
 */
async function holdEngineLock(url: string, config: DatabaseConfig): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'ap-pathway engine lock' });
  client.on('error', () => undefined);
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [ENGINE_LOCK]);
  if (rows[0]!.locked) return client;
  await client.end();
  throw new EmbeddedPortInUseError(
    `Another engine is already running on the embedded PostgreSQL at ${redactUrl(url)} (data in ${config.dataDir}): ` +
      'stop it, or start this one with its own EMBEDDED_PG_PORT and DATA_DIR.',
  );
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

/** The role the application runs as (migration 19): it may insert and read the log, never rewrite it. */
export const APP_ROLE = 'ap_app';

/**
 * Every connection of the application's pool takes the ap_app role at start-up. The login in DATABASE_URL (the owner
 * that runs migrations, or a login role that is a member of ap_app) can do no more through this pool than ap_app.
 */
export const asAppRole = (): PoolConfig => ({ options: `-c role=${APP_ROLE}` });

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
