import type { Migration } from './index';

/**
 * Issue 14 (page speed): a list view (the LA dashboard, pupils at risk, the CAFE worklist) records one
 * `PupilRecordsListed` event naming every pupil it showed, instead of one event per pupil. Each pupil's access log
 * and integrity check find those events by this index on the names.
 */
export const listReads: Migration = {
  version: 20,
  name: 'list-reads',
  sql: `
CREATE INDEX IF NOT EXISTS events_listed_pupils_idx ON events USING gin ((data->'pupils'))
  WHERE type = 'PupilRecordsListed';
`,
};
