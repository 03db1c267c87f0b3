import type { Migration } from './index';

/**
 * Issue 18. `subscription_checkpoints.categories`: what a subscriber reads, so /health can count how far each one
 * (process managers, a notifier) is behind. `idempotency_keys.owner`: the process that claimed a key, so a retry
 * takes over at once from one that died. `dev_clock`: the development clock set with POST /admin/clock, where every
 * process (the API and standalone workers) reads it.
 */
export const reliability: Migration = {
  version: 6,
  name: 'reliability',
  sql: `
ALTER TABLE subscription_checkpoints ADD COLUMN categories text[];
ALTER TABLE idempotency_keys ADD COLUMN owner text;
CREATE TABLE dev_clock (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  mode text NOT NULL CHECK (mode IN ('fixed', 'offset')),
  offset_ms bigint,
  fixed_at timestamptz,
  set_at timestamptz NOT NULL DEFAULT now()
);
`,
};
