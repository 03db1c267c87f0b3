import type { DatabaseConfig } from './database-connection';

/** DATABASE_URL selects a server; without it an embedded PostgreSQL keeps its data under DATA_DIR. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || '.data',
    embeddedPort: Number(env.EMBEDDED_PG_PORT || 54329),
    poolSize: Number(env.DB_POOL_SIZE || 20),
    statementTimeoutMs: Number(env.DB_STATEMENT_TIMEOUT_MS ?? 15_000),
    connectTimeoutMs: Number(env.DB_CONNECT_TIMEOUT_MS || 5_000),
  };
}
