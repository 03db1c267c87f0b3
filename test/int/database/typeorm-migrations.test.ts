import type { Pool } from 'pg';
import { migrate, TYPEORM_MIGRATIONS_TABLE } from '../../../libs/database/src/migrate';
import { MIGRATIONS, type Migration } from '../../../libs/database/src/migrations';
import { asSuperuser, createTestDatabase, type TestDatabase } from '../../support/test-database';

/** What the runner before TypeORM did (libs/database/src/migrate.ts until issue 16), to make "already migrated" databases. */
async function migrateAsBefore(pool: Pool, migrations: readonly Migration[]): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const migration of migrations) {
    const client = await pool.connect();
    try {
      // The earlier runner never met a migration outside a transaction (20 is the first): its statements run alone.
      if (migration.transaction === false) for (const statement of migration.sql) await client.query(statement);
      await client.query('BEGIN');
      if (migration.transaction !== false) await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }
}

const OTHER_THAN_TYPEORM = `'${TYPEORM_MIGRATIONS_TABLE}', '${TYPEORM_MIGRATIONS_TABLE}_id_seq'`;

/** The schema as the catalog describes it: columns, constraints, indexes, functions, triggers, grants, sequences. */
async function schemaOf(pool: Pool): Promise<string[]> {
  const queries = [
    `SELECT concat_ws(' ', table_name, column_name, data_type, is_nullable, column_default) AS line
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN (${OTHER_THAN_TYPEORM})`,
    `SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) AS line FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN (${OTHER_THAN_TYPEORM})`,
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN (${OTHER_THAN_TYPEORM})`,
    `SELECT proname || ' ' || md5(prosrc) AS line FROM pg_proc WHERE pronamespace = 'public'::regnamespace`,
    `SELECT tgrelid::regclass || ' ' || tgname AS line FROM pg_trigger WHERE NOT tgisinternal`,
    `SELECT concat_ws(' ', table_name, grantee, privilege_type) AS line FROM information_schema.role_table_grants
      WHERE table_schema = 'public' AND table_name NOT IN (${OTHER_THAN_TYPEORM})`,
    `SELECT sequence_name AS line FROM information_schema.sequences
      WHERE sequence_schema = 'public' AND sequence_name NOT IN (${OTHER_THAN_TYPEORM})`,
    `SELECT version || ' ' || name AS line FROM schema_migrations`,
  ];
  const lines: string[] = [];
  for (const sql of queries) lines.push(...(await pool.query<{ line: string }>(sql)).rows.map((r) => r.line));
  return lines.sort();
}

const databases: TestDatabase[] = [];
const fresh = async (): Promise<TestDatabase> => {
  const db = await createTestDatabase({ migrated: false, poolSize: 4 });
  databases.push(db);
  return db;
};

afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
});

describe('migrations run by TypeORM', () => {
  it('give a fresh database exactly the schema the earlier runner gave', async () => {
    const [before, now] = await Promise.all([fresh(), fresh()]);
    await migrateAsBefore(before.pool, MIGRATIONS);
    expect(await migrate(now.pool)).toEqual(MIGRATIONS.map((m) => m.name));
    const schema = await schemaOf(before.pool);
    expect(schema.length).toBeGreaterThan(300);
    expect(await schemaOf(now.pool)).toEqual(schema);
  });

  it('run nothing again on a database the earlier runner migrated, and record its versions as run', async () => {
    const db = await fresh();
    await migrateAsBefore(db.pool, MIGRATIONS);
    const schema = await schemaOf(db.pool);
    expect(await migrate(db.pool)).toEqual([]);
    expect(await schemaOf(db.pool)).toEqual(schema);
    const { rows } = await db.pool.query(
      `SELECT "timestamp"::int AS version FROM ${TYPEORM_MIGRATIONS_TABLE} ORDER BY id`,
    );
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('apply only the versions the earlier runner had not reached, ending where a fresh database does', async () => {
    const [partial, whole] = await Promise.all([fresh(), fresh()]);
    await migrateAsBefore(
      partial.pool,
      MIGRATIONS.filter((m) => m.version <= 12),
    );
    await migrate(whole.pool);
    expect(await migrate(partial.pool)).toEqual(MIGRATIONS.filter((m) => m.version > 12).map((m) => m.name));
    expect(await schemaOf(partial.pool)).toEqual(await schemaOf(whole.pool));
  });

  it('let processes started together migrate once: the others wait, then find nothing to do', async () => {
    const db = await fresh();
    const runs = await Promise.all([migrate(db.pool), migrate(db.pool), migrate(db.pool)]);
    expect(runs.flat()).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('apply a migration added later, and name a failing one without recording it', async () => {
    const db = await fresh();
    await migrate(db.pool);
    const later: Migration = { version: 990, name: 'later-table', sql: 'CREATE TABLE later_table (id int)' };
    const broken: Migration = { version: 991, name: 'broken', sql: 'CREATE TABLE later_table (id int)' };
    expect(await migrate(db.pool, [...MIGRATIONS, later])).toEqual(['later-table']);
    await expect(migrate(db.pool, [...MIGRATIONS, later, broken])).rejects.toThrow(/Migration 991 broken failed/);
    const { rows } = await db.pool.query('SELECT version FROM schema_migrations WHERE version > 900 ORDER BY version');
    expect(rows).toEqual([{ version: 990 }]);
  });

  it('build the list-reads index concurrently, and rebuild one a failed build left invalid', async () => {
    const db = await fresh();
    await migrate(db.pool);
    const valid = async () =>
      (
        await db.pool.query<{ valid: boolean }>(
          `SELECT i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = 'events_listed_pupils_idx'::regclass`,
        )
      ).rows[0]?.valid;
    expect(await valid()).toBe(true);
    // A concurrent build that failed part-way: the index is left invalid and the migration unrecorded.
    await asSuperuser(
      db.pool,
      `UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'events_listed_pupils_idx'::regclass`,
      `DELETE FROM ${TYPEORM_MIGRATIONS_TABLE} WHERE "timestamp" = 20`,
      'DELETE FROM schema_migrations WHERE version = 20',
    );
    expect(await valid()).toBe(false);
    expect(await migrate(db.pool)).toEqual(['list-reads']);
    expect(await valid()).toBe(true);
  });

  it('keep the record of migrations from the application role', async () => {
    const db = await fresh();
    await migrate(db.pool);
    const { rows } = await db.pool.query(
      `SELECT has_table_privilege('ap_app', '${TYPEORM_MIGRATIONS_TABLE}', 'SELECT, INSERT, UPDATE, DELETE') AS any`,
    );
    expect(rows[0].any).toBe(false);
  });
});
