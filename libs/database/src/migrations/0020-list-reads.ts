import type { Migration } from './index';

/**
 * Issue 14 (page speed): a list view (the LA dashboard, pupils at risk, the CAFE worklist) records one
 * `PupilRecordsListed` event naming every pupil it showed, instead of one event per pupil. Each pupil's access log
 * and integrity check find those events by this index on the names.
 *
 * Built CONCURRENTLY, outside a transaction: a plain CREATE INDEX blocks every append to `events` while it reads the
 * whole log, minutes on a large one. A build that fails part-way leaves an invalid index, which IF NOT EXISTS would
 * then skip for good: the first statement drops such a leftover so the run after the failure builds it again.
 */
export const listReads: Migration = {
  version: 20,
  name: 'list-reads',
  transaction: false,
  sql: [
    `DO $$ BEGIN
       IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                   WHERE c.relname = 'events_listed_pupils_idx' AND NOT i.indisvalid) THEN
         DROP INDEX events_listed_pupils_idx;
       END IF;
     END $$`,
    `CREATE INDEX CONCURRENTLY IF NOT EXISTS events_listed_pupils_idx ON events USING gin ((data->'pupils'))
       WHERE type = 'PupilRecordsListed'`,
  ],
};
