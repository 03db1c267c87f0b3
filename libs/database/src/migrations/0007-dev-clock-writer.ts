import type { Migration } from './index';

/** Which process last set the development clock: a process never follows its own setting (DevClockSync). */
export const devClockWriter: Migration = {
  version: 7,
  name: 'dev-clock-writer',
  sql: `ALTER TABLE dev_clock ADD COLUMN writer text NOT NULL DEFAULT '';`,
};
