import { summarisedTypes } from '../../libs/application/src/history/event-summaries';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const OAKS: Caller = { role: 'provider', org: 'prov-oaks', la: '201' };
const UPN = 'B801200005001';
const upn = (n: number) => {
  const body = `801200006${String(n).padStart(3, '0')}`;
  return `${upnCheckLetter(body)}${body}`;
};

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-09-08T08:00:00.000Z');
  await registerOrganisations(app);
  await app.request(LA, 'POST', '/providers', {
    providerId: 'prov-oaks',
    name: 'Oaks',
    laCode: '201',
    registration: 'ukprn',
    ukprn: '10012346',
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

async function ok(caller: Caller, method: string, path: string, body?: unknown) {
  const response = await app.request(caller, method, path, body);
  if (response.status >= 300)
    throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
const at = (instant: string) => app.clock.set('fixed', instant);

async function outreachEpisode(pupil: string, provider: Caller, requestedOn: string, closedOn: string) {
  const { outreachId } = await ok(SCHOOL, 'POST', '/outreach', {
    upn: pupil,
    providerId: provider.org,
    needs: 'Struggles after lunch',
    tried: ['Report card', 'Mentor'],
    objectives: ['Stays in lessons'],
    attendancePercent: 86,
    requestedOn,
  });
  await ok(provider, 'POST', `/outreach/${outreachId}/accept`, { acceptedOn: requestedOn });
  await ok(provider, 'POST', `/outreach/${outreachId}/sessions`, {
    date: requestedOn,
    durationMinutes: 60,
    focus: 'Regulation strategies',
    attendance: 'attended',
  });
  await ok(provider, 'POST', `/outreach/${outreachId}/close`, {
    closedOn,
    summary: 'Settled',
    objectivesMet: 'partly',
  });
  return outreachId as string;
}
const suspend = (pupil: string, startDate: string, exclusionType = 'SUSP') =>
  ok(SCHOOL, 'POST', `/pupils/${pupil}/exclusions`, {
    homeLaCode: '201',
    exclusionType,
    startDate,
    startsPartWay: false,
    ...(exclusionType === 'SUSP' ? { lengthSchoolDays: 2 } : {}),
    reasons: ['DB'],
    yearGroup: 9,
  });

describe('a pupil’s whole pathway: outreach, a tier-2 placement that overruns, the CAFE panel, and back to school', () => {
  let outreachId: string;
  let placementId: string;

  it('records outreach in school: request, sessions and a closing summary, visible to the school and the provider', async () => {
    at('2025-10-01T15:00:00.000Z');
    outreachId = await outreachEpisode(UPN, PROVIDER, '2025-09-08', '2025-10-01');
    const seen = await ok(SCHOOL, 'GET', `/outreach/${outreachId}`);
    expect(seen).toMatchObject({
      status: 'closed',
      request: { tried: ['Report card', 'Mentor'] },
      closing: { sessions: 1 },
    });
    expect(seen.sessions).toEqual([expect.objectContaining({ durationMinutes: 60, focus: 'Regulation strategies' })]);
    expect((await app.request(OAKS, 'GET', `/outreach/${outreachId}`)).status).toBe(404);
  });

  it('lists the pupil as at risk for the school and the LA once suspended twice this term, with what was tried', async () => {
    at('2025-10-20T15:00:00.000Z');
    await suspend(UPN, '2025-10-06');
    await suspend(UPN, '2025-10-16');
    await app.settle();
    const forSchool = await ok(SCHOOL, 'GET', '/pupils-at-risk');
    const pupil = forSchool.pupils.find((p: { upn: string }) => p.upn === UPN);
    expect(pupil.reasons.map((r: { code: string }) => r.code)).toEqual(['suspensions_term', 'attendance']);
    expect(pupil.tried).toEqual(
      expect.arrayContaining(['Mentor', expect.stringContaining('Outreach from Bridges Learning (')]),
    );
    await ok(LA, 'PUT', '/las/201/at-risk-thresholds', { suspensionsThisTerm: 3 });
    const forLa = await ok(LA, 'GET', '/pupils-at-risk');
    expect(
      forLa.pupils.find((p: { upn: string }) => p.upn === UPN).reasons.map((r: { code: string }) => r.code),
    ).toEqual(['attendance']);
  });

  it('places the pupil in a tier-2, part-time placement that plans its return from the start', async () => {
    at('2025-11-03T08:00:00.000Z');
    const opened = await ok(SCHOOL, 'POST', '/referrals', { reason: 'off_site_direction', upn: UPN });
    placementId = opened.referralId;
    for (const { section, content } of completeSections('2025-10-20'))
      await ok(SCHOOL, 'PUT', `/referrals/${placementId}/sections/${section}`, content);
    await ok(SCHOOL, 'POST', `/referrals/${placementId}/voice`, {
      stage: 'referral',
      speaker: 'pupil',
      words: 'I want somewhere smaller where nobody shouts',
      recordedOn: '2025-11-03',
    });
    await ok(SCHOOL, 'POST', `/referrals/${placementId}/submit`, { providerId: 'prov-bridges' });
    const refused = await app.request(PROVIDER, 'POST', `/referrals/${placementId}/accept`, {
      startDate: '2025-11-03',
      hoursPerWeek: 25,
      tier: 2,
      plannedEndDate: '2025-10-01',
    });
    expect(refused.status).toBe(422);
    expect((await ok(SCHOOL, 'GET', `/referrals/${placementId}`)).status).toBe('submitted');
    await ok(PROVIDER, 'POST', `/referrals/${placementId}/accept`, {
      startDate: '2025-11-03',
      hoursPerWeek: 15,
      partTime: {
        reason: 'phased_induction',
        detail: 'Building up hours',
        parentalAgreement: true,
        reviewDate: '2025-11-14',
        endDate: '2025-12-05',
      },
      tier: 2,
      plannedEndDate: '2025-12-05',
    });
    await app.settle();
    const planned = (await ok(SCHOOL, 'GET', '/pupils-at-risk')).pupils.find((p: { upn: string }) => p.upn === UPN);
    expect(planned?.tried ?? []).toContain('Tier 2 placement at Bridges Learning (not started)');
    await ok(PROVIDER, 'POST', `/placements/${placementId}/start`, { startedOn: '2025-11-03' });
    await ok(PROVIDER, 'POST', `/placements/${placementId}/reintegration-criteria`, {
      criteria: ['Attends 90% for four weeks', 'Manages unstructured time'],
      agreedOn: '2025-11-03',
      agreedWith: ['pupil', 'parent', 'home school'],
    });
    at('2025-11-24T15:00:00.000Z');
    const review = {
      heldOn: '2025-11-24',
      attendancePercent: 91,
      progress: 'Settling well',
      pupilView: 'Better',
      parentView: 'Calmer',
      nextReviewDate: '2025-12-15',
    };
    const unreviewed = await app.request(PROVIDER, 'POST', `/placements/${placementId}/reviews`, review);
    expect(unreviewed.body.code).toBe('REINTEGRATION_CRITERIA_NOT_REVIEWED');
    await ok(PROVIDER, 'POST', `/placements/${placementId}/reviews`, {
      ...review,
      reintegrationProgress: [
        { criterion: 'Attends 90% for four weeks', met: true },
        { criterion: 'Manages unstructured time', met: false, note: 'Lunchtimes still hard' },
      ],
    });
    const { rows: stored } = await app.db.pool.query(
      `SELECT type, schema_version FROM events WHERE stream_id = $1 AND type IN ('PlacementCreated', 'PlacementReviewed') ORDER BY stream_version`,
      [`placement-${placementId}`],
    );
    expect(stored).toEqual([
      { type: 'PlacementCreated', schema_version: 2 },
      { type: 'PlacementReviewed', schema_version: 2 },
    ]);
    const placement = await ok(LA, 'GET', `/placements/${placementId}`);
    expect(placement).toMatchObject({
      tier: 2,
      plannedEndDate: '2025-12-05',
      reintegrationCriteria: expect.any(Array),
    });
  });

  it('shows the overrun on the LA dashboard once the planned end passes', async () => {
    at('2025-12-06T00:00:01.000Z');
    const overrun = await eventually(async () => {
      const dashboard = await ok(LA, 'GET', '/la/dashboard');
      return dashboard.overdue.find(
        (o: { kind: string; subjectId: string }) => o.kind === 'planned_end' && o.subjectId === placementId,
      );
    });
    expect(overrun).toMatchObject({ dueBy: '2025-12-05', upn: UPN });
  });

  it('puts the pupil on the CAFE worklist; the panel reviews and its action is tracked to done', async () => {
    at('2025-12-08T15:00:00.000Z');
    await app.settle();
    const worklist = await ok(LA, 'GET', '/la/cafe/worklist');
    const entry = worklist.pupils.find((p: { upn: string }) => p.upn === UPN);
    expect(entry).toMatchObject({ reasons: ['part_time_timetable'], lastReviewedOn: null });
    expect(entry.facts[0]).toMatchObject({ placementId, hoursPerWeek: 15, tier: 2, providerName: 'Bridges Learning' });
    const review = await ok(LA, 'POST', '/la/cafe/reviews', {
      upn: UPN,
      heldOn: '2025-12-08',
      attendees: ['Inclusion officer', 'Oak Academy', 'Bridges Learning'],
      reasons: entry.reasons,
      recommendations: ['Full-time return to Oak Academy after Christmas'],
      actions: [
        { description: 'Agree the return date with the school', owner: 'Bridges Learning', dueDate: '2025-12-12' },
      ],
    });
    await ok(PROVIDER, 'POST', `/placements/${placementId}/extend`, {
      plannedEndDate: '2026-01-05',
      reason: 'Return after the Christmas holiday, as the CAFE panel recommended',
    });
    await ok(LA, 'POST', `/la/cafe/reviews/${review.reviewId}/actions/${review.actionIds[0]}/complete`, {
      completedOn: '2025-12-08',
    });
    await app.settle();
    const reviews = await ok(LA, 'GET', `/la/cafe/reviews?upn=${UPN}`);
    expect(reviews.reviews[0].actions[0]).toMatchObject({ completedOn: '2025-12-08', overdue: false });
    const dashboard = await ok(LA, 'GET', '/la/dashboard');
    expect(dashboard.overdue.some((o: { kind: string }) => o.kind === 'planned_end')).toBe(false);
  });

  it('returns the pupil to school, takes the parent’s feedback, and the history shows outreach and placement', async () => {
    at('2026-01-05T15:00:00.000Z');
    await ok(PROVIDER, 'POST', `/placements/${placementId}/transition`, {
      destination: { kind: 'home_school' },
      plannedDate: '2026-01-05',
    });
    await ok(PROVIDER, 'POST', `/placements/${placementId}/transition/meeting`, {
      heldOn: '2026-01-05',
      attendees: ['pupil', 'parent'],
    });
    await ok(PROVIDER, 'POST', `/placements/${placementId}/transition/confirm`, { startsOn: '2026-01-05' });
    await ok(PROVIDER, 'POST', `/placements/${placementId}/end`, {
      endedOn: '2026-01-05',
      reason: 'returned_to_home_school',
    });
    await ok(SCHOOL, 'POST', `/placements/${placementId}/feedback`, {
      respondent: 'parent',
      answers: { helped: 5, listenedTo: 4, safe: 5, wouldRecommend: 5 },
      comments: 'He is back and happy',
      givenOn: '2026-01-05',
    });
    await app.settle();
    expect((await ok(LA, 'GET', '/la/feedback')).providers).toEqual([
      expect.objectContaining({ providerId: 'prov-bridges', responses: 1, helped: 5, listenedTo: 4 }),
    ]);
    const history = await ok(SCHOOL, 'GET', `/pupils/${UPN}/history`);
    expect(history.streams).toEqual(
      expect.arrayContaining([`outreach-${outreachId}`, `placement-${placementId}`, `voice-${placementId}`]),
    );
    // The LA's whole history of this pathway reads in plain English: every stored type has a summary of its own.
    const whole = await ok(LA, 'GET', `/pupils/${UPN}/history`);
    const types = [...new Set(whole.events.map((e: { type: string }) => e.type))] as string[];
    expect(types.filter((t) => !summarisedTypes().includes(t))).toEqual([]);
    expect(whole.events.map((e: { summary: string }) => e.summary).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const reads = (await ok(LA, 'GET', `/pupils/${UPN}/access-log`)).reads.map((r: { what: string }) => r.what);
    expect(reads).toEqual(
      expect.arrayContaining([`outreach ${outreachId}`, 'pupils at risk', 'CAFE worklist', 'CAFE reviews']),
    );
    const worklist = await ok(LA, 'GET', '/la/cafe/worklist');
    expect(worklist.pupils.some((p: { upn: string }) => p.upn === UPN)).toBe(false);
  });
});

describe('the effective-outreach measure, from real outreach episodes', () => {
  it('counts pupils who stayed in school for a term after outreach, against figures worked out by hand', async () => {
    // Worked by hand (13-week window after closing; cancelled exclusions and later ones do not count):
    //   prov-bridges: P1 suspended 10 Nov (inside the window) ✗, P2 suspended 20 Jan (after 30 Dec) ✓, P3 nothing ✓
    //   prov-oaks:    P4 permanently excluded 1 Dec but it was cancelled ✓, P5 closed 20 Feb: window not over on 2 Mar
    // → bridges 3 episodes, 3 assessable, 2 stayed (66.7%) (the journey pupil above closed on 1 Oct and was
    //   suspended on 6 Oct: 4 episodes, 4 assessable, 2 stayed, 50%); oaks 2, 1, 1 (100%).
    at('2025-09-30T15:00:00.000Z');
    for (const n of [1, 2, 3]) await outreachEpisode(upn(n), PROVIDER, '2025-09-15', '2025-09-30');
    at('2025-10-15T15:00:00.000Z');
    await outreachEpisode(upn(4), OAKS, '2025-10-01', '2025-10-15');
    at('2026-03-02T08:00:00.000Z');
    await outreachEpisode(upn(5), OAKS, '2026-02-02', '2026-02-20');
    await suspend(upn(1), '2025-11-10');
    await suspend(upn(2), '2026-01-20');
    const pex = await suspend(upn(4), '2025-12-01', 'PERM');
    await ok(SCHOOL, 'POST', `/pupils/${upn(4)}/exclusions/${pex.exclusionId}/cancel`, {
      outcome: 'cancelled',
      decidedOn: '2025-12-02',
    });
    await app.settle();
    const outcomes = await ok(LA, 'GET', '/la/outcomes?from=2025-09-01&to=2026-08-31');
    const of = (id: string) => outcomes.providers.find((p: { providerId: string }) => p.providerId === id).outreach;
    expect(of('prov-bridges')).toEqual({ episodes: 4, assessable: 4, stayedInSchool: 2, stayedInSchoolPercent: 50 });
    expect(of('prov-oaks')).toEqual({ episodes: 2, assessable: 1, stayedInSchool: 1, stayedInSchoolPercent: 100 });
    expect(outcomes.total.outreach).toEqual({
      episodes: 6,
      assessable: 5,
      stayedInSchool: 3,
      stayedInSchoolPercent: 60,
    });
  });
});

describe('provider quality against the 13 IntegratED areas', () => {
  const areas = async () => (await ok(PROVIDER, 'GET', '/quality/areas')).areas.map((a: { code: string }) => a.code);

  it('takes the provider’s self-assessment, the LA’s moderation, and shows every provider side by side with its outcomes', async () => {
    const codes: string[] = await areas();
    expect(codes).toHaveLength(13);
    const incomplete = await app.request(PROVIDER, 'POST', '/providers/prov-bridges/quality/self-assessments', {
      submittedOn: '2026-03-02',
      areas: codes.slice(1).map((area) => ({ area, rating: 3, evidence: 'Evidence' })),
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.missing).toEqual([codes[0]]);
    const { assessmentId } = await ok(PROVIDER, 'POST', '/providers/prov-bridges/quality/self-assessments', {
      submittedOn: '2026-03-02',
      areas: codes.map((area) => ({ area, rating: 3, evidence: `Our evidence for ${area}` })),
    });
    expect(
      (
        await app.request(OAKS, 'POST', `/providers/prov-bridges/quality/self-assessments`, {
          submittedOn: '2026-03-02',
          areas: [],
        })
      ).status,
    ).toBe(404);
    await ok(LA, 'POST', `/providers/prov-bridges/quality/self-assessments/${assessmentId}/moderation`, {
      moderatedOn: '2026-03-02',
      agreed: codes.map((area) => ({ area, rating: area === 'post16' ? 2 : 3 })),
      actions: [
        {
          area: 'post16',
          description: 'Follow destinations up for two terms',
          owner: 'Head of centre',
          dueDate: '2026-07-17',
        },
      ],
    });
    await app.settle();
    const side = await ok(LA, 'GET', '/la/quality?from=2025-09-01&to=2026-08-31');
    const bridges = side.providers.find((p: { providerId: string }) => p.providerId === 'prov-bridges');
    expect(bridges.quality.agreed).toContainEqual({ area: 'post16', rating: 2 });
    expect(bridges.quality.actions[0]).toMatchObject({ area: 'post16', owner: 'Head of centre' });
    expect(bridges.outcomes.outreach).toMatchObject({ episodes: 4 });
    expect(bridges.feedback).toMatchObject({ responses: 1 });
    expect(side.providers.find((p: { providerId: string }) => p.providerId === 'prov-oaks').quality).toBeNull();
  });
});
