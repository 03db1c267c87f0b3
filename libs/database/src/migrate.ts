import type { Pool } from 'pg';
import { DataSource, MigrationExecutor, type MigrationInterface, type QueryRunner } from 'typeorm';
import { MIGRATIONS, statementsOf, type Migration } from './migrations';
import { typeOrmDriverFor } from './typeorm-pool';

/** Arbitrary constant: the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 7_240_001;

/** TypeORM's record of the migrations it ran (its own table; `schema_migrations` is kept too, see below). */
export const TYPEORM_MIGRATIONS_TABLE = 'typeorm_migrations';

/** TypeORM takes a migration's version from the last 13 digits of its name: `EventStore0000000000001` is 1. */
export const typeOrmMigrationName = (migration: Migration): string =>
  migration.name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) +
  String(migration.version).padStart(13, '0');

/**
 * A migration as TypeORM runs it. Migrations are still written as `{ version, name, sql }` (plain SQL, reviewed as
 * such, versions unique but not contiguous); each becomes a MigrationInterface class here. Its `up` also records the
 * version in `schema_migrations`, in the same transaction, so the table that databases migrated before TypeORM know
 * (and that migration 19 revokes from ap_app) stays complete, and an older build still sees an up-to-date schema.
 */
export function typeOrmMigration(migration: Migration): new () => MigrationInterface {
  const name = typeOrmMigrationName(migration);
  return class implements MigrationInterface {
    readonly name = name;
    readonly transaction = migration.transaction !== false;

    async up(runner: QueryRunner): Promise<void> {
      try {
        for (const statement of statementsOf(migration)) await runner.query(statement);
        await runner.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          migration.version,
          migration.name,
        ]);
      } catch (error) {
        throw new Error(`Migration ${migration.version} ${migration.name} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }

    async down(): Promise<void> {
      throw new Error(`Migration ${migration.version} ${migration.name} is not reversible: write a new migration`);
    }
  };
}

/**
 * Applies pending migrations with TypeORM, each in its own transaction, idempotently. Several processes may start
 * together: the advisory lock (held on the connection TypeORM migrates on) makes the others wait, then find nothing
 * to do. A database migrated by the runner this replaced has its versions in `schema_migrations` only: they are
 * copied into TypeORM's table first, so nothing runs twice.
 */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    driver: typeOrmDriverFor(pool),
    migrations: migrations.map(typeOrmMigration),
    migrationsTableName: TYPEORM_MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    installExtensions: false,
    // TypeORM's console logger reports a failed migration whatever `logging` says; the error thrown names it.
    logger: 'debug',
  });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.connect();
    await takeMigrationLock(runner);
    try {
      await adoptEarlierRuns(runner, migrations);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const ran = await executor.executePendingMigrations();
      await keepFromAppRole(runner);
      const byName = new Map(migrations.map((m) => [typeOrmMigrationName(m), m.name]));
      return ran.map((m) => byName.get(m.name) ?? m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}

/**
 * Waits for the migration lock by trying it every 100 ms rather than blocking in pg_advisory_lock: a session blocked
 * in a statement holds a snapshot, which CREATE INDEX CONCURRENTLY (run by the lock's holder) waits out, while the
 * blocked session waits for the lock: a deadlock between processes started together.
 */
async function takeMigrationLock(runner: QueryRunner): Promise<void> {
  for (;;) {
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK])) as [
      { locked: boolean },
    ];
    if (locked) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Both bookkeeping tables exist; every version the earlier runner applied is recorded as run in TypeORM's. */
async function adoptEarlierRuns(runner: QueryRunner, migrations: readonly Migration[]): Promise<void> {
  await runner.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  await runner.query(`CREATE TABLE IF NOT EXISTS ${TYPEORM_MIGRATIONS_TABLE} (
      id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name character varying NOT NULL)`);
  const known = migrations.map((m) => ({ version: m.version, name: typeOrmMigrationName(m) }));
  await runner.query(
    `INSERT INTO ${TYPEORM_MIGRATIONS_TABLE} ("timestamp", name)
     SELECT k.version, k.name FROM jsonb_to_recordset($1::jsonb) AS k(version int, name text)
       JOIN schema_migrations s ON s.version = k.version
      WHERE NOT EXISTS (SELECT 1 FROM ${TYPEORM_MIGRATIONS_TABLE} t WHERE t.name = k.name)
      ORDER BY k.version`,
    [JSON.stringify(known)],
  );
}

/** As schema_migrations (migration 19): the application's role may not read or rewrite the migrations' record. */
async function keepFromAppRole(runner: QueryRunner): Promise<void> {
  await runner.query(`DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ap_app') THEN
      REVOKE ALL ON ${TYPEORM_MIGRATIONS_TABLE} FROM ap_app;
      REVOKE ALL ON SEQUENCE ${TYPEORM_MIGRATIONS_TABLE}_id_seq FROM ap_app;
    END IF;
  END $$`);
}
