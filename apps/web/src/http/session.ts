import type { RequestHandler } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type { Pool } from 'pg';
import type { WebConfig } from '../web.config';
import { Recent } from './recent';

export const SESSION_COOKIE = 'ap_session';

/**
 * Server-side sessions in PostgreSQL (the cookie holds only a signed id), so any number of web processes share
 * them and a restart signs nobody out. Rolling: each request moves the inactivity timeout on.
 */
export function sessionMiddleware(
  config: WebConfig,
  pool: Pool,
): { middleware: RequestHandler; close: () => Promise<void> } {
  const PgStore = connectPgSimple(session);
  const maxAgeMs = config.sessionMinutes * 60_000;
  const store = new PgStore({ pool, tableName: 'web_sessions', createTableIfMissing: true, pruneSessionInterval: 600 });
  // The store prunes expired sessions on a timer that outlives the app unless closed: it fired after an app had
  // closed its pool ("Failed to prune sessions: Cannot use a pool after calling end", in later test files).
  const close = async () => {
    await store.close();
  };
  const middleware = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: throttleTouches(store, Math.min(60_000, maxAgeMs / 10)),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      // Secure whenever the request came over HTTPS (behind a proxy, set TRUST_PROXY=true); always in production.
      secure: config.production ? true : 'auto',
      maxAge: maxAgeMs,
    },
  });
  return { middleware, close };
}

/**
 * Moving a session's expiry on is a write per page; a user opening pages quickly does not need one each time. A
 * session touched (or saved) by this process less than `intervalMs` ago is not touched again, so the stored expiry
 * lags the last request by at most that (a minute, or a tenth of the timeout if shorter); the timeout warning's
 * "Stay signed in" makes a request that touches it. Saves and destroys are never skipped.
 */
export function throttleTouches<S extends session.Store>(store: S, intervalMs: number): S {
  const written = new Recent<true>(intervalMs);
  const { touch, set, destroy } = store;
  store.touch = (sid, sess, callback) => {
    if (written.get(sid)) return callback?.();
    written.set(sid, true);
    return touch!.call(store, sid, sess, callback);
  };
  store.set = (sid, sess, callback) => {
    written.set(sid, true);
    return set.call(store, sid, sess, callback);
  };
  store.destroy = (sid, callback) => {
    written.delete(sid);
    return destroy.call(store, sid, callback);
  };
  return store;
}
