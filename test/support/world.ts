import type { Caller, TestApp } from './test-app';

export const LA: Caller = { role: 'la_officer', org: '201', la: '201' };

/** Autumn 2025 with the 27–31 October half term (REFERENCE.md §1.1's worked example). */
export const AUTUMN_2025_CALENDAR = {
  name: 'Autumn 2025',
  terms: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
  insetDays: [],
  closures: [],
};

/** LA 201's name in the directory (pages said "Local authority 201" before it had one). */
export const LA_NAME = 'Northshire County Council';

/** The LA 201 world most suites start from: school 100001, provider prov-bridges, and optionally a calendar. */
export async function registerOrganisations(
  app: TestApp,
  options: { calendar?: 'la' | 'school'; provider?: 'ukprn' | 'school'; unnamedLa?: boolean } = {},
): Promise<void> {
  if (!options.unnamedLa) await app.request(LA, 'PUT', '/las/201/name', { name: LA_NAME });
  await app.request(LA, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
  const registration =
    options.provider === 'school'
      ? { registration: 'school', urn: '140001' }
      : { registration: 'ukprn', ukprn: '10012345' };
  await app.request(LA, 'POST', '/providers', {
    providerId: 'prov-bridges',
    name: 'Bridges Learning',
    laCode: '201',
    ...registration,
  });
  if (options.calendar === 'la') await app.request(LA, 'PUT', '/las/201/calendar', AUTUMN_2025_CALENDAR);
  if (options.calendar === 'school') await app.request(LA, 'PUT', '/schools/100001/calendar', AUTUMN_2025_CALENDAR);
}

/**
 * Organisations with no part in the suite's pupils, to show they see nothing: a school and a provider of LA 201.
 * They are in the directory, since an organisation the directory does not know is refused outright (issue 12).
 */
export async function registerBystanders(app: TestApp): Promise<void> {
  await app.request(LA, 'POST', '/schools', { urn: '100099', name: 'Elm School', laCode: '201' });
  await app.request(LA, 'POST', '/providers', {
    providerId: 'prov-other',
    name: 'Other Provider',
    laCode: '201',
    registration: 'unregistered',
  });
}
