import type { Migration } from './index';

/**
 * The LAs by name, so pages say "Northshire County Council" rather than "Local authority 201" (the name is set by
 * the LA's officer or from a GIAS import's "LA (name)" column; an LA with none is still shown by its code). The
 * new projection fills it from the beginning of the log. Version 25 leaves room for other changes in flight.
 */
export const laNames: Migration = {
  version: 25,
  name: 'la-names',
  sql: `
CREATE TABLE rm_local_authorities (
  la_code text PRIMARY KEY,
  name    text NOT NULL,
  version int  NOT NULL
);
`,
};
