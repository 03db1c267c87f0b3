import { addSchoolDays, ENGLAND_STANDARD_CALENDAR } from '../libs/domain/src/calendar';
import { completeSections } from '../libs/domain/src/referral/referral.fixtures';
import { loadConfig } from '../libs/config/src';
import { generateLa, type Pupil } from '../bench/workload/generator';
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
  const school = await as('school', pupil.schoolUrn);
  const officer = await as('la_officer', '201');
  const calendar = ENGLAND_STANDARD_CALENDAR;
  const start = addSchoolDays(calendar, lastSchoolDay, -(i % 8)); // exclusions that began up to 8 school days ago
  const commissioner = pupil.permanent ? officer : school;
  await school('POST', `/pupils/${pupil.upn}/exclusions`, {
    homeLaCode: '201',
    exclusionType: pupil.permanent ? 'PERM' : 'SUSP',
    startDate: start,
    startsPartWay: false,
    ...(pupil.permanent ? {} : { lengthSchoolDays: pupil.suspensionDays }),
    reasons: [pupil.permanent ? 'PA' : 'DB'],
    yearGroup: pupil.yearGroup,
  });
  if (i % 3 === 0)
    await school('POST', `/pupils/${pupil.upn}/exclusions/parent-notices`, {
      kind: 'first',
      givenAt: start === today ? now : `${start}T15:00:00Z`,
      method: 'letter by hand',
    });
  const opened = await commissioner('POST', '/referrals', {
    reason: pupil.permanent ? 'permanent_exclusion' : 'suspension',
    upn: pupil.upn,
    exclusion: {
      exclusionType: pupil.permanent ? 'PERM' : 'SUSP',
      firstDay: start,
      ...(pupil.permanent ? {} : { lengthSchoolDays: pupil.suspensionDays }),
      reasons: [pupil.permanent ? 'PA' : 'DB'],
    },
  });
  const id = String(opened.referralId);
  for (const { section, content } of completeSections(lastSchoolDay)) {
    const tailored =
      section === 'identity'
        ? { ...content, upn: pupil.upn, yearGroup: pupil.yearGroup, pupilPremium: i % 3 !== 0 }
        : section === 'sen'
          ? {
              provision: pupil.senProvision,
              primaryNeed: 'SEMH',
              ...(pupil.senProvision === 'E' ? { ehcpCaseworker: { name: 'EHCP caseworker' } } : {}),
            }
          : section === 'safeguarding'
            ? {
                ...content,
                childInNeedPlan: pupil.socialWorker,
                ...(pupil.socialWorker ? {} : { socialWorker: undefined }),
                lookedAfter: pupil.lookedAfter,
                ...(pupil.lookedAfter ? { virtualSchoolHead: { name: 'Virtual School Head' } } : {}),
              }
            : content;
    if (pupil.stage === 0 && section === 'parental') continue; // some drafts are still missing consent
    await commissioner('PUT', `/referrals/${id}/sections/${section}`, JSON.parse(JSON.stringify(tailored)));
  }
  if (pupil.stage === 0) return 1;
  let providerId = providers[pupil.providerIndex]!;
  await commissioner('POST', `/referrals/${id}/submit`, { providerId });
  const provider = async () => as('provider', providerId);
  if (pupil.informationRequest) {
    const asked = await (await provider())('POST', `/referrals/${id}/information-requests`, { items: ['medical'] });
    if (pupil.stage > 2)
      await commissioner('POST', `/referrals/${id}/information-requests/${asked.requestId}/answer`, {
        sections: [{ section: 'medical', content: { needs: 'Asthma' } }],
      });
  }
  if (pupil.stage < 3) return 1;
  if (pupil.declinedFirst) {
    await (
      await provider()
    )('POST', `/referrals/${id}/decline`, { reason: 'No places this half term' });
    providerId = providers[(pupil.providerIndex + 1) % 3]!;
    await commissioner('POST', `/referrals/${id}/redirect`, { providerId });
  }
  const startDate = today;
  const partTime = pupil.partTime
    ? {
        partTime: {
          reason: 'medical',
          detail: 'Anxiety: building up hours',
          parentalAgreement: true,
          reviewDate: addSchoolDays(calendar, today, 10),
          endDate: addSchoolDays(calendar, today, 25),
        },
      }
    : {};
  await (
    await provider()
  )('POST', `/referrals/${id}/accept`, { startDate, hoursPerWeek: pupil.partTime ? 12 : 25, ...partTime });
  if (pupil.stage < 4) return 1;
  await (
    await provider()
  )('POST', `/placements/${id}/start`, { startedOn: today });
  await (
    await provider()
  )('POST', `/placements/${id}/induction/meeting`, {
    heldOn: today,
    attendees: ['pupil', 'parent_or_carer', 'school'],
  });
  if (pupil.stage < 5) return 1;
  await (
    await provider()
  )('POST', `/placements/${id}/reviews`, {
    heldOn: today,
    attendancePercent: 82,
    progress: 'Settling in',
    pupilView: 'Likes the small groups',
    parentView: 'Relieved',
    nextReviewDate: addSchoolDays(calendar, today, 30),
  });
  return 1;
}

runDemo(main);
