import { eventStore } from './0001-event-store';
import { eventCategory } from './0002-event-category';
import { workflow } from './0003-workflow';
import { leanEventIndexes } from './0004-lean-event-indexes';
import { webLists } from './0005-web-lists';
import { reliability } from './0006-reliability';
import { devClockWriter } from './0007-dev-clock-writer';
import { day6Duties } from './0011-day6-duties';
import { security } from './0012-security';
import { laService } from './0014-la-service';
import { notifications } from './0015-notifications';
import { pathway } from './0017-pathway';
import { appRole } from './0019-app-role';
import { listReads } from './0020-list-reads';
import { day6Acceptances } from './0021-day6-acceptances';
import { streamCommitOrder } from './0022-stream-commit-order';
import { schoolRecentExclusions } from './0023-school-recent-exclusions';
import { laNames } from './0025-la-names';

/**
 * One schema change. Most run whole in one transaction. One that cannot (CREATE INDEX CONCURRENTLY, which keeps a
 * large table writable while the index builds) says `transaction: false` and gives its statements one by one; each
 * must be safe to run again after a failure part-way.
 */
export type Migration = Readonly<
  | { version: number; name: string; sql: string; transaction?: true }
  | { version: number; name: string; sql: readonly string[]; transaction: false }
>;

/** A migration's statements: one string, or the separate statements of one run outside a transaction. */
export const statementsOf = (migration: Migration): readonly string[] =>
  typeof migration.sql === 'string' ? [migration.sql] : migration.sql;

/** Append-only: a released migration is never edited, a change is a new one. Versions are unique, not contiguous. */
export const MIGRATIONS: readonly Migration[] = [
  eventStore,
  eventCategory,
  workflow,
  leanEventIndexes,
  webLists,
  reliability,
  devClockWriter,
  day6Duties,
  security,
  laService,
  notifications,
  pathway,
  appRole,
  listReads,
  day6Acceptances,
  streamCommitOrder,
  schoolRecentExclusions,
  laNames,
];
