import type { Actor, CommandMetadata } from '../message';

/** A fixed `now` and actors for specs: time is an input, never read from the wall clock. */
export const NOW = '2025-11-03T09:00:00.000Z';

export const SCHOOL_ACTOR: Actor = {
  id: 'user-head',
  role: 'school',
  organisationId: '100001',
  laCode: '201',
  name: 'Head teacher',
};
export const PROVIDER_ACTOR: Actor = {
  id: 'user-admissions',
  role: 'provider',
  organisationId: 'prov-1',
  laCode: '201',
  name: 'Admissions lead',
};
export const LA_ACTOR: Actor = {
  id: 'user-la',
  role: 'la_officer',
  organisationId: '201',
  laCode: '201',
  name: 'Inclusion officer',
};

export const metadata = (actor: Actor = SCHOOL_ACTOR, now: string = NOW): CommandMetadata => ({ now, actor });
