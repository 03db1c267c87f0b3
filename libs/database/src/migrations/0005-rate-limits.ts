import type { Migration } from './index';

/**
 * Request counts for rate limiting (rate-limiter-flexible's PostgreSQL store, its own column layout), shared by every
 * API process. UNLOGGED: counts are worth no WAL or fsync per request, and losing them in a crash is harmless.
 */
export const rateLimits: Migration = {
  version: 5,
  name: 'rate-limits',
  sql: `
CREATE UNLOGGED TABLE rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);`,
};
