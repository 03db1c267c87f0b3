import { randomBytes } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { createPool } from '../../libs/database/src/database-connection';
import { migrate } from '../../libs/database/src/migrate';

export type TestDatabase = Readonly<{ url: string; pool: Pool; drop: () => Promise<void> }>;

const serverUrl = (): string => {
  const url = process.env.AP_TEST_SERVER_URL;
  if (!url) throw new Error('No test PostgreSQL: run through jest (global setup) or set TEST_DATABASE_URL');
  return url;
};

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(
  options: { poolSize?: number; migrated?: boolean } = {},
): Promise<TestDatabase> {
  const name = `ap_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl(), name);
  const pool = createPool({ connectionString: url, max: options.poolSize ?? 20 });
  if (options.migrated !== false) await migrate(pool);
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      const client = new Client({ connectionString: serverUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * What a database superuser can do and the application cannot: rewrite history with the append-only triggers off
 * (`session_replication_role = replica`). Tamper-detection tests use it to play the attacker.
 */
export async function asSuperuser(pool: Pool, ...statements: Array<string | [string, unknown[]]>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SET session_replication_role = replica');
    for (const s of statements) await (typeof s === 'string' ? client.query(s) : client.query(s[0], s[1]));
  } finally {
    await client.query('RESET session_replication_role');
    client.release();
  }
}
