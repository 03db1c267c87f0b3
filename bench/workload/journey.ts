import { addSchoolDays, ENGLAND_STANDARD_CALENDAR } from '../../libs/domain/src/calendar';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import type { Role } from '../../libs/domain/src/shared/message';
import { demoDateOfBirth, demoPupilName } from './demo-pupils';
import type { Pupil } from './generator';

/** An API call as one user: method, path, JSON body; answers the parsed body and throws on a refusal. */
export type Call = (method: string, path: string, body?: unknown) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The dates of one pupil's journey: the exclusion's first day, and the day everything after it happens. */
export type JourneyDays = Readonly<{
  /** The exclusion's first school day. */
  start: string;
  /** The school day the referral's sections are written on (their "as of" dates). */
  sectionsAsOf: string;
  /** The day of the response, placement start, induction meeting and review. */
  today: string;
  /** When the first parent notice was given (one pupil in three). */
  noticeGivenAt: string;
}>;

/**
 * One generated pupil's way through the service, as its users would make it through the API (shared by
 * `npm run seed:demo` and the page benchmark): the exclusion, a parent notice, the referral and its sections, then as
 * far as the pupil's stage goes: submitted, an information request, a decline and a second provider, accepted
 * (part-time for some), started with the induction meeting, reviewed. Returns the referral's id.
 */
export async function seedPupilJourney(
  as: (role: Role, org: string) => Promise<Call>,
  pupil: Pupil,
  i: number,
  days: JourneyDays,
  providers: readonly string[],
): Promise<string> {
  const { start, today } = days;
  const calendar = ENGLAND_STANDARD_CALENDAR;
  const school = await as('school', pupil.schoolUrn);
  const commissioner = pupil.permanent ? await as('la_officer', '201') : school;
  const exclusion = {
    exclusionType: pupil.permanent ? 'PERM' : 'SUSP',
    ...(pupil.permanent ? {} : { lengthSchoolDays: pupil.suspensionDays }),
    reasons: [pupil.permanent ? 'PA' : 'DB'],
  };
  await school('POST', `/pupils/${pupil.upn}/exclusions`, {
    ...exclusion,
    homeLaCode: '201',
    startDate: start,
    startsPartWay: false,
    yearGroup: pupil.yearGroup,
  });
  if (i % 3 === 0)
    await school('POST', `/pupils/${pupil.upn}/exclusions/parent-notices`, {
      kind: 'first',
      givenAt: days.noticeGivenAt,
      method: 'letter by hand',
    });
  const opened = await commissioner('POST', '/referrals', {
    reason: pupil.permanent ? 'permanent_exclusion' : 'suspension',
    upn: pupil.upn,
    exclusion: { ...exclusion, firstDay: start },
  });
  const id = String(opened.referralId);
  // §0: a looked-after child has a social worker too (and a virtual school head).
  const socialWorker = pupil.socialWorker || pupil.lookedAfter;
  for (const { section, content } of completeSections(days.sectionsAsOf)) {
    const tailored =
      section === 'identity'
        ? {
            ...content,
            upn: pupil.upn,
            fullName: demoPupilName(i),
            dateOfBirth: demoDateOfBirth(pupil.yearGroup, today, i),
            yearGroup: pupil.yearGroup,
            pupilPremium: i % 3 !== 0,
          }
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
                ...(socialWorker ? {} : { socialWorker: undefined }),
                lookedAfter: pupil.lookedAfter,
                ...(pupil.lookedAfter ? { virtualSchoolHead: { name: 'Virtual School Head' } } : {}),
              }
            : content;
    if (pupil.stage === 0 && section === 'parental') continue; // some drafts are still missing consent
    await commissioner('PUT', `/referrals/${id}/sections/${section}`, JSON.parse(JSON.stringify(tailored)));
  }
  if (pupil.stage === 0) return id;
  let providerId = providers[pupil.providerIndex]!;
  await commissioner('POST', `/referrals/${id}/submit`, { providerId });
  if (pupil.informationRequest) {
    const asked = await (
      await as('provider', providerId)
    )('POST', `/referrals/${id}/information-requests`, {
      items: ['medical'],
    });
    if (pupil.stage > 2)
      await commissioner('POST', `/referrals/${id}/information-requests/${String(asked.requestId)}/answer`, {
        sections: [{ section: 'medical', content: { needs: 'Asthma' } }],
      });
  }
  if (pupil.stage < 3) return id;
  if (pupil.declinedFirst) {
    await (
      await as('provider', providerId)
    )('POST', `/referrals/${id}/decline`, { reason: 'No places this half term' });
    providerId = providers[(pupil.providerIndex + 1) % 3]!;
    await commissioner('POST', `/referrals/${id}/redirect`, { providerId });
  }
  const provider = await as('provider', providerId);
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
  await provider('POST', `/referrals/${id}/accept`, {
    startDate: today,
    hoursPerWeek: pupil.partTime ? 12 : 25,
    ...partTime,
  });
  if (pupil.stage < 4) return id;
  await provider('POST', `/placements/${id}/start`, { startedOn: today });
  await provider('POST', `/placements/${id}/induction/meeting`, {
    heldOn: today,
    attendees: ['pupil', 'parent_or_carer', 'school'],
  });
  if (pupil.stage < 5) return id;
  await provider('POST', `/placements/${id}/reviews`, {
    heldOn: today,
    attendancePercent: 82,
    progress: 'Settling in',
    pupilView: 'Likes the small groups',
    parentView: 'Relieved',
    nextReviewDate: addSchoolDays(calendar, today, 30),
  });
  return id;
}
