import { addSchoolDays, ENGLAND_STANDARD_CALENDAR } from '../libs/domain/src/calendar';
import { loadConfig } from '../libs/config/src';
import { generateLa, type Pupil } from '../bench/workload/generator';
import { seedPupilJourney } from '../bench/workload/journey';
import { API, as, engineDay, runDemo } from './demo-client';

/**
 * `npm run seed:demo`: loads one LA (code 201) through the running engine's API, as its users would: schools,
 * providers, exclusions, referrals at every stage, placements (some part-time) and reviews. Deterministic (SEED).
 * Dates come from the engine's clock: exclusions end on the last school day on or before today, so it works on a
 * weekend or in a holiday; a pupil already seeded (on any earlier day) is left as it is, so it can run again.
 */
async function main(): Promise<void> {
  const la = generateLa(loadConfig().SEED);
  const { now, today, lastSchoolDay } = await engineDay();
  const officer = await as('la_officer', la.laCode);
  if (la.name) await officer('PUT', `/las/${la.laCode}/name`, { name: la.name });
  for (const school of la.schools) await officer('POST', '/schools', { ...school, laCode: la.laCode });
  for (const p of la.providers) {
    await officer('POST', '/providers', { ...p, laCode: la.laCode });
    await seedProviderProfile(officer, p.providerId, today, la.providers.indexOf(p));
    await officer('POST', `/providers/${p.providerId}/approval`, {
      approvedOn: today,
      checks: { safeguarding: true, healthAndSafety: true, teachingAndLearning: true },
    });
  }
  let referrals = 0;
  let already = 0;
  const providers = la.providers.map((p) => p.providerId);
  for (const [i, pupil] of la.pupils.entries()) {
    if (await seededBefore(pupil)) already += 1;
    else referrals += await seedPupil(pupil, i, { now, lastSchoolDay }, providers);
  }
  console.log(
    `Seeded LA ${la.laCode} at ${API}: ${la.schools.length} schools, ${la.providers.length} providers, ${referrals} new referrals` +
      `${already ? ` (${already} pupils were already there)` : ''}; engine's today ${today}.`,
  );
}

/** The LA's directory entry for a provider: its three approval checks (done last month), what it offers, its places. */
async function seedProviderProfile(
  officer: Awaited<ReturnType<typeof as>>,
  providerId: string,
  today: string,
  index: number,
): Promise<void> {
  const checkedOn = addSchoolDays(ENGLAND_STANDARD_CALENDAR, today, -20);
  for (const check of ['safeguarding', 'healthAndSafety', 'teachingAndLearning'])
    await officer('POST', `/providers/${providerId}/checks`, { check, checkedOn, outcome: 'passed' });
  await officer('PUT', `/providers/${providerId}/offer`, {
    keyStages: index === 0 ? ['KS3', 'KS4'] : index === 1 ? ['KS2', 'KS3'] : ['KS4', 'KS5'],
    specialisms: [
      ['SEMH', 'Medical'],
      ['SEMH', 'Autism'],
      ['Vocational', 'SEMH'],
    ][index % 3],
    hoursPerWeek: 25,
    hours: 'Monday to Friday, 9am to 3pm',
    location: { address: `${index + 1} Station Road, Demo Town`, postcode: `DT${index + 1} 1AA` },
    contact: { name: 'Admissions lead', email: `admissions@${providerId}.example` },
  });
  await officer('PUT', `/providers/${providerId}/places`, {
    places: [12, 8, 6][index % 3],
    from: `${today.slice(0, 4)}-01-01`,
  });
}

/** A pupil whose exclusion is already recorded (by an earlier run, on any day) is left as it is. */
async function seededBefore(pupil: Pupil): Promise<boolean> {
  const school = await as('school', pupil.schoolUrn);
  const recorded = await school('GET', `/pupils/${pupil.upn}/exclusions`, undefined, 'absent-ok');
  return Object.keys(recorded.exclusions ?? {}).length > 0;
}

type Day = Readonly<{ now: string; lastSchoolDay: string }>;

async function seedPupil(pupil: Pupil, i: number, { now, lastSchoolDay }: Day, providers: string[]): Promise<number> {
  const today = now.slice(0, 10);
  const start = addSchoolDays(ENGLAND_STANDARD_CALENDAR, lastSchoolDay, -(i % 8)); // exclusions that began up to 8 school days ago
  const noticeGivenAt = start === today ? now : `${start}T15:00:00Z`;
  await seedPupilJourney(as, pupil, i, { start, sectionsAsOf: lastSchoolDay, today, noticeGivenAt }, providers);
  return 1;
}

runDemo(main);
