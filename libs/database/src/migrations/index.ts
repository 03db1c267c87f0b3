import { eventStore } from './0001-event-store';
import { eventCategory } from './0002-event-category';
import { workflow } from './0003-workflow';
import { leanEventIndexes } from './0004-lean-event-indexes';
import { webLists } from './0005-web-lists';
import { laService } from './0006-la-service';

export type Migration = Readonly<{ version: number; name: string; sql: string }>;

/** Append-only: a released migration is never edited, a change is a new one. */
export const MIGRATIONS: readonly Migration[] = [
  eventStore,
  eventCategory,
  workflow,
  leanEventIndexes,
  webLists,
  laService,
];
