import { Pool, type PoolConfig } from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
import { migrate } from './migrate';

export type DatabaseConfig = Readonly<{
  /** A PostgreSQL server to use; without it an embedded server is started. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  poolSize: number;
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
    });
  }
  const url = config.databaseUrl ?? server!.url;
  const pool = createPool({ connectionString: url, max: config.poolSize });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    await server?.stop();
    throw new DatabaseUnreachableError(url, error);
  }
  await migrate(pool);
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

export const createPool = (config: PoolConfig): Pool => {
  const pool = new Pool({ application_name: 'ap-pathway', ...config });
  // An idle client's error (e.g. the server restarting) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
};
