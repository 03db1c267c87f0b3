import type { Migration } from './index';

/**
 * Issue 12: the database protects itself. The application runs as `ap_app` (its pool sets `role=ap_app` at
 * connection; see database-connection.ts), which may read and insert the log and the audit seals but never update,
 * delete or truncate them, and may read and write everything else (read models, checkpoints, deadlines, keys,
 * sessions). The owner role that runs migrations keeps the rest. A trigger refuses UPDATE, DELETE and TRUNCATE on
 * the log and the seals for every role, the owner included; only a superuser can switch it off (and the audit
 * chain then shows what was changed). Tables of later migrations get ap_app's rights by default privileges.
 */
export const appRole: Migration = {
  version: 19,
  name: 'app-role',
  sql: `
DO $$ BEGIN
  CREATE ROLE ap_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- one role per server; databases share it
END $$;
DO $$ BEGIN
  EXECUTE format('GRANT ap_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL; -- a superuser owner needs no membership
END $$;

-- connect-pg-simple's session table, created here so the application never needs CREATE
CREATE TABLE IF NOT EXISTS web_sessions (
  sid varchar NOT NULL PRIMARY KEY,
  sess json NOT NULL,
  expire timestamp(6) NOT NULL
);
CREATE INDEX IF NOT EXISTS web_sessions_expire_idx ON web_sessions (expire);

GRANT USAGE ON SCHEMA public TO ap_app;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO ap_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ap_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO ap_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ap_app;
REVOKE ALL ON schema_migrations FROM ap_app;
REVOKE UPDATE, DELETE, TRUNCATE ON events, audit_seals FROM ap_app;

CREATE FUNCTION ap_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$f$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION ap_refuse_rewrite();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION ap_refuse_rewrite();
CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals
  FOR EACH ROW EXECUTE FUNCTION ap_refuse_rewrite();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
  FOR EACH STATEMENT EXECUTE FUNCTION ap_refuse_rewrite();`,
};
