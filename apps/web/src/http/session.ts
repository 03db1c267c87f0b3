import type { RequestHandler } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type { Pool } from 'pg';
import type { WebConfig } from '../web.config';

export const SESSION_COOKIE = 'ap_session';

/**
 * Server-side sessions in PostgreSQL (the cookie holds only a signed id), so any number of web processes share
 * them and a restart signs nobody out. Rolling: each request moves the inactivity timeout on.
 */
export function sessionMiddleware(config: WebConfig, pool: Pool): RequestHandler {
  const PgStore = connectPgSimple(session);
  return session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new PgStore({ pool, tableName: 'web_sessions', createTableIfMissing: true, pruneSessionInterval: 600 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      // Secure whenever the request came over HTTPS (behind a proxy, set TRUST_PROXY=true); always in production.
      secure: config.production ? true : 'auto',
      maxAge: config.sessionMinutes * 60_000,
    },
  });
}
