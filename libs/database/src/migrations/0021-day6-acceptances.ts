import type { Migration } from './index';

/**
 * The timelines read model missed every placement accepted for a day-6 duty (the acceptance names no duty, and the
 * projection looked for one), so the LA dashboard said "No place accepted" or "None arranged" after a provider had
 * accepted. The projection now updates every live duty of the stream; this rebuilds its tables from the log so past
 * acceptances show (the worker replays them on start, as `npm run projections:rebuild -- timelines` would).
 */
export const day6Acceptances: Migration = {
  version: 21,
  name: 'day6-acceptances',
  sql: `
TRUNCATE rm_day6, rm_overdue;
-- The school's home lists its own clocks (GET /schools/me/day6).
CREATE INDEX IF NOT EXISTS rm_day6_school_idx ON rm_day6 (school_urn, status, day6);
DELETE FROM subscription_checkpoints WHERE name = 'projection:timelines';
`,
};
