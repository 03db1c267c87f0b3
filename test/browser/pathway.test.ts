import type { Page } from 'playwright-core';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import type { Caller } from '../support/test-app';
import { WebWorld } from '../support/web-world';
import { LA } from '../support/world';

// Whole journeys with axe on every page: axe alone takes 10–40 s a page on two shared, busy cores.
jest.setTimeout(300_000);

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const UPN = 'B801200005001';
let world: WebWorld;

beforeAll(async () => {
  world = await WebWorld.start('2025-09-08T08:00:00.000Z');
  // The school year to July 2026, so the timelines after the return can be counted.
  await world.app.request(LA, 'PUT', '/las/201/calendar', {
    name: '2025/26',
    terms: [
      { start: '2025-09-03', end: '2025-10-24' },
      { start: '2025-11-03', end: '2025-12-19' },
      { start: '2026-01-05', end: '2026-02-13' },
      { start: '2026-02-23', end: '2026-03-27' },
      { start: '2026-04-13', end: '2026-05-22' },
      { start: '2026-06-01', end: '2026-07-22' },
    ],
    insetDays: [],
    closures: [],
  });
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

const at = (instant: string) => world.app.clock.set('fixed', instant);
const heading = (page: Page) => page.locator('h1').innerText();
/** Lists are read models the worker keeps: a page shows a change once the worker has applied it. */
const reloadUntil = (page: Page, text: string) =>
  eventually(async () => {
    // A reload that lands while the previous navigation is still settling can fail ("Not attached to an active
    // page", seen once in CI): that poll counts as "not yet", and the next one reloads again.
    const reloaded = await page.reload().then(
      () => true,
      () => false,
    );
    return reloaded && (await page.locator('main').innerText()).includes(text);
  });
async function api(caller: Caller, method: string, path: string, body?: unknown) {
  const response = await world.app.request(caller, method, path, body);
  if (response.status >= 300)
    throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
async function date(page: Page, id: string, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.fill(`#${id}-day`, String(Number(day)));
  await page.fill(`#${id}-month`, String(Number(month)));
  await page.fill(`#${id}-year`, year!);
}
async function as(userId: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const page = await (await world.context(options)).newPage();
  // A step that cannot find its control fails with what it looked for, well inside the test's time.
  page.setDefaultTimeout(15_000);
  await world.signIn(page, userId);
  return page;
}

describe('a pupil who has outreach, then a tier-2 placement that overruns, is reviewed by the CAFE panel and returns to school', () => {
  let outreachPath: string;
  let placementId: string;

  it('lets the school request outreach, and tells it what is missing first', async () => {
    const page = await as('demo-school');
    await page.getByRole('link', { name: 'Outreach' }).first().click();
    await page.getByRole('button', { name: 'Request outreach' }).click();
    expect(await heading(page)).toBe('Request outreach');
    await world.expectAccessible(page);
    await page.fill('#upn', UPN);
    await page.selectOption('#providerId', 'prov-bridges');
    await page.fill('#needs', 'Dysregulated after lunch');
    await page.getByRole('button', { name: 'Send request' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter what the school has tried');
    await world.expectAccessible(page);
    await page.fill('#tried', 'Report card\nMentor');
    await page.fill('#objectives', 'Stays in lessons after lunch');
    await page.fill('#attendancePercent', '86');
    await date(page, 'requestedOn', '2025-09-08');
    await page.getByRole('button', { name: 'Send request' }).click();
    expect(await heading(page)).toBe(`Outreach for ${UPN}`);
    expect(await page.locator('main .govuk-tag').first().innerText()).toBe('Waiting for the provider');
    outreachPath = new URL(page.url()).pathname;
    await page.context().close();
  });

  it('lets the provider accept, record a session in school and close the outreach', async () => {
    at('2025-10-01T15:00:00.000Z');
    const page = await as('demo-provider');
    await page.goto('/outreach');
    await page.getByRole('link', { name: UPN }).click();
    await date(page, 'acceptedOn', '2025-09-09');
    await page.getByRole('button', { name: 'Accept the request' }).click();
    await date(page, 'date', '2025-09-15');
    await page.fill('#durationMinutes', '60');
    await page.fill('#focus', 'Regulation strategies');
    await page.check('input[name="attendance"][value="attended"]');
    await page.getByRole('button', { name: 'Record the session' }).click();
    expect(await page.locator('table').innerText()).toContain('Regulation strategies');
    await world.expectAccessible(page);
    await date(page, 'closedOn', '2025-10-01');
    await page.check('input[name="objectivesMet"][value="partly"]');
    await page.fill('#summary', 'Stays in most afternoon lessons');
    await page.getByRole('button', { name: 'Close the outreach' }).click();
    expect(await page.locator('main .govuk-tag').first().innerText()).toBe('Closed');
    expect(await page.locator('main').innerText()).toContain('Objectives partly met');
    expect(new URL(page.url()).pathname).toBe(outreachPath);
    await page.context().close();
  });

  it('shows the LA the pupil at rising risk with the outreach tried', async () => {
    at('2025-10-20T15:00:00.000Z');
    const page = await as('demo-la-officer');
    await page.goto('/pupils-at-risk');
    await reloadUntil(page, 'Outreach from Bridges Learning');
    expect(await page.locator('table').innerText()).toContain('Attendance 86% (below 90%)');
    expect(await page.locator('table').innerText()).toContain('Outreach from Bridges Learning');
    await world.expectAccessible(page);
    await page.context().close();
  });

  it('shows the tier-2 placement past its planned end, and puts the pupil on the CAFE worklist', async () => {
    at('2025-11-03T08:00:00.000Z');
    const opened = await api(SCHOOL, 'POST', '/referrals', { reason: 'off_site_direction', upn: UPN });
    placementId = opened.referralId;
    for (const { section, content } of completeSections('2025-10-20'))
      await api(SCHOOL, 'PUT', `/referrals/${placementId}/sections/${section}`, content);
    await api(SCHOOL, 'POST', `/referrals/${placementId}/submit`, { providerId: 'prov-bridges' });
    await api(PROVIDER, 'POST', `/referrals/${placementId}/accept`, {
      startDate: '2025-11-03',
      hoursPerWeek: 15,
      partTime: {
        reason: 'phased_induction',
        detail: 'Building up',
        parentalAgreement: true,
        reviewDate: '2025-11-14',
        endDate: '2025-12-05',
      },
      tier: 2,
      plannedEndDate: '2025-12-05',
    });
    await api(PROVIDER, 'POST', `/placements/${placementId}/start`, { startedOn: '2025-11-03' });
    await api(PROVIDER, 'POST', `/placements/${placementId}/reintegration-criteria`, {
      criteria: ['Attends 90% for four weeks'],
      agreedOn: '2025-11-03',
      agreedWith: ['pupil', 'parent', 'home school'],
    });
    at('2025-12-08T09:00:00.000Z');
    await eventually(async () =>
      (await api(LA, 'GET', '/la/dashboard')).overdue.some((o: { kind: string }) => o.kind === 'planned_end'),
    );
    const page = await as('demo-la-officer');
    await page.goto(`/placements/${placementId}/plan`);
    // The placement page's status words, then the overrun; the pupil and provider by name, and a way back.
    expect(await page.locator('main .govuk-tag').allInnerTexts()).toEqual(['Attending', 'Past its planned end']);
    expect(await heading(page)).toBe('Placement for Sam Pupil');
    expect(await page.locator('main').innerText()).toMatch(/Provider\s+Bridges Learning/);
    expect(await page.locator('main').innerText()).toMatch(/Started\s+Monday 3 November 2025/);
    expect(await page.locator('.govuk-back-link').getAttribute('href')).toBe(`/placements/${placementId}`);
    expect(await page.locator('main').innerText()).toContain('Attends 90% for four weeks');
    await world.expectAccessible(page);
    await page.getByRole('link', { name: 'Children absent from education' }).click();
    expect(await page.locator('table').innerText()).toContain('Part-time timetable');
    await world.expectAccessible(page);
    await page.context().close();
  });

  it('lets the panel record its review and mark its action done, and the provider extend the placement', async () => {
    const page = await as('demo-la-officer');
    await page.goto('/la/cafe');
    await page.getByRole('link', { name: `Record a review for ${UPN}` }).click();
    await date(page, 'heldOn', '2025-12-08');
    await page.fill('#attendees', 'Inclusion officer\nOak Academy\nBridges Learning');
    await page.fill('#recommendations', 'Full-time return to Oak Academy after Christmas');
    await page.fill('#actionDescription', 'Agree the return date');
    await page.getByRole('button', { name: 'Record the review' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter who owns the action');
    await page.fill('#actionOwner', 'Bridges Learning');
    await date(page, 'actionDue', '2025-12-12');
    await page.getByRole('button', { name: 'Record the review' }).click();
    expect(await heading(page)).toBe(`Panel reviews for ${UPN}`);
    await reloadUntil(page, 'Agree the return date');
    await world.expectAccessible(page);
    const form = page.locator('form').filter({ hasText: 'Date it was done' });
    await form.locator('input[name="completedOn-day"]').fill('8');
    await form.locator('input[name="completedOn-month"]').fill('12');
    await form.locator('input[name="completedOn-year"]').fill('2025');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await reloadUntil(page, 'Done 8 Dec 2025');
    await page.context().close();

    const provider = await as('demo-provider');
    await provider.goto(`/placements/${placementId}/plan`);
    await date(provider, 'plannedEndDate', '2026-01-05');
    await provider.fill('#reason', 'Return after the Christmas holiday, as the panel recommended');
    await provider.getByRole('button', { name: 'Extend the placement' }).click();
    expect(await provider.locator('main .govuk-tag').first().innerText()).toBe('Attending');
    expect(await provider.locator('main').innerText()).toContain('Monday 5 January 2026');
    expect(await provider.locator('main').innerText()).toContain('as the panel recommended');
    await world.expectAccessible(provider);
    await provider.context().close();
  });

  it('returns the pupil to school: the placement shows it ended and the worklist no longer lists the pupil', async () => {
    at('2026-01-05T15:00:00.000Z');
    await api(PROVIDER, 'POST', `/placements/${placementId}/transition`, {
      destination: { kind: 'home_school' },
      plannedDate: '2026-01-05',
    });
    await api(PROVIDER, 'POST', `/placements/${placementId}/transition/meeting`, {
      heldOn: '2026-01-05',
      attendees: ['pupil', 'parent'],
    });
    await api(PROVIDER, 'POST', `/placements/${placementId}/transition/confirm`, { startsOn: '2026-01-05' });
    await api(PROVIDER, 'POST', `/placements/${placementId}/end`, {
      endedOn: '2026-01-05',
      reason: 'returned_to_home_school',
    });
    await world.app.settle();
    const page = await as('demo-la-officer');
    await page.goto(`/placements/${placementId}/plan`);
    expect(await page.locator('main .govuk-tag').first().innerText()).toBe('Ended');
    await page.goto('/la/cafe');
    expect(await page.locator('main').innerText()).not.toContain(UPN);
    await world.expectAccessible(page);
    await page.context().close();
  });
});

describe('voice, feedback and quality', () => {
  const placementOf = () => api(SCHOOL, 'GET', `/pupils/${UPN}/history`);

  it('lets the school record the pupil’s view in their own words, and the parent’s feedback after the placement', async () => {
    const history = await placementOf();
    const placementStream = (history.streams as string[]).find((s) => s.startsWith('placement-'))!;
    const id = placementStream.slice('placement-'.length);
    const page = await as('demo-school');
    await page.goto(`/placements/${id}/plan`);
    await page.getByRole('link', { name: 'Pupil and parent voice' }).click();
    expect(await heading(page)).toBe('Pupil and parent voice');
    expect(await page.locator('.govuk-back-link').getAttribute('href')).toBe(`/placements/${id}/plan`);
    await page.getByRole('button', { name: 'Record the view' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select when the view was given');
    await world.expectAccessible(page);
    await page.check('input[name="stage"][value="referral"]');
    await page.check('input[name="speaker"][value="pupil"]');
    await page.fill('#words', 'I want somewhere smaller where people don’t shout');
    await date(page, 'recordedOn', '2025-10-20');
    await page.getByRole('button', { name: 'Record the view' }).click();
    expect(await page.locator('table').innerText()).toContain('I want somewhere smaller where people don’t shout');
    expect(await page.locator('table').innerText()).toContain('At referral');
    await world.expectAccessible(page);

    await page.goto(`/placements/${id}/plan`);
    await page.getByRole('link', { name: 'Feedback after the placement' }).click();
    await world.expectAccessible(page);
    await page.check('input[name="respondent"][value="parent"]');
    for (const [q, n] of [
      ['helped', 5],
      ['listenedTo', 4],
      ['safe', 5],
      ['wouldRecommend', 4],
    ] as const)
      await page.check(`input[name="${q}"][value="${n}"]`);
    await page.fill('#comments', 'He is back and happy');
    await date(page, 'givenOn', '2026-01-05');
    await page.getByRole('button', { name: 'Record the feedback' }).click();
    expect(await heading(page)).toBe('Pupil and parent voice');
    expect(await page.locator('.govuk-back-link').getAttribute('href')).toBe(`/placements/${id}/plan`);
    expect(await page.locator('main').innerText()).toContain('He is back and happy');
    await page.context().close();

    const la = await as('demo-la-officer');
    await la.goto('/la/feedback');
    await reloadUntil(la, 'He is back and happy');
    expect(await la.locator('table').innerText()).toContain('4.0 out of 5');
    await world.expectAccessible(la);
    await la.context().close();
  });

  it('lets the provider self-assess against the 13 areas, and the LA moderate it', async () => {
    const page = await as('demo-provider');
    await page.getByRole('link', { name: 'Quality' }).first().click();
    await world.expectAccessible(page);
    await page.getByRole('button', { name: 'Complete a self-assessment' }).click();
    await page.getByRole('button', { name: 'Submit the self-assessment' }).click();
    // count() does not wait: under load it counted before the answer's error summary had been parsed (CI: 0).
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary li').count()).toBe(27);
    await world.expectAccessible(page);
    const areas = await page
      .locator('textarea[name^="evidence-"]')
      .evaluateAll((els) => els.map((e) => (e as unknown as { name: string }).name.slice('evidence-'.length)));
    expect(areas).toHaveLength(13);
    for (const area of areas) {
      await page.check(`input[name="rating-${area}"][value="3"]`);
      await page.fill(`#evidence-${area}`, `Evidence for ${area}`);
    }
    await date(page, 'submittedOn', '2026-01-05');
    await page.getByRole('button', { name: 'Submit the self-assessment' }).click();
    expect(await heading(page)).toBe('Quality self-assessment');
    expect(await page.locator('main .govuk-tag').first().innerText()).toBe('Waiting for moderation');
    expect(await page.locator('main').innerText()).toContain('Evidence for post16');
    await page.context().close();

    const la = await as('demo-la-officer');
    await la.getByRole('link', { name: 'Provider quality' }).first().click();
    await reloadUntil(la, 'Waiting for moderation');
    await world.expectAccessible(la);
    await la
      .locator('table a')
      .filter({ hasText: /Bridges/ })
      .first()
      .click();
    await la.check('input[name="agreed-post16"][value="2"]');
    await date(la, 'moderatedOn', '2026-01-06');
    await la.selectOption('#actionArea', 'post16');
    await la.fill('#actionDescription', 'Follow destinations up for two terms');
    await la.getByRole('button', { name: 'Agree the ratings' }).click();
    expect(await la.locator('.govuk-error-summary').innerText()).toContain('Enter who owns the action');
    await world.expectAccessible(la);
    await la.check('input[name="agreed-post16"][value="2"]');
    await la.fill('#actionOwner', 'Head of centre');
    await date(la, 'moderatedOn', '2026-01-06');
    await date(la, 'actionDue', '2026-03-27');
    await la.getByRole('button', { name: 'Agree the ratings' }).click();
    await reloadUntil(la, 'Follow destinations up for two terms');
    expect(await la.locator('main .govuk-tag').first().innerText()).toBe('Moderated');
    expect(await la.locator('main').innerText()).toContain('2: Developing');
    await world.expectAccessible(la);
    await la.goto('/la/quality');
    expect(await la.locator('table').innerText()).toContain('Moderated');
    await la.context().close();
  }, 300_000);
});

describe('a tier-3 pupil moving on to post-16', () => {
  const PUPIL = `${upnCheckLetter('801200005002')}801200005002`;

  it('lets the provider record the destination, and the school follow it up as NEET without JavaScript', async () => {
    at('2026-02-02T09:00:00.000Z');
    const { referralId: id } = await api(SCHOOL, 'POST', '/referrals', { reason: 'off_site_direction', upn: PUPIL });
    for (const { section, content } of completeSections('2026-01-20'))
      await api(SCHOOL, 'PUT', `/referrals/${id}/sections/${section}`, {
        ...content,
        ...(section === 'identity' ? { upn: PUPIL } : {}),
      });
    await api(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
    await api(PROVIDER, 'POST', `/referrals/${id}/accept`, { startDate: '2026-02-02', hoursPerWeek: 25, tier: 3 });
    await api(PROVIDER, 'POST', `/placements/${id}/start`, { startedOn: '2026-02-02' });

    at('2026-07-20T09:00:00.000Z');
    const page = await as('demo-provider');
    await page.goto(`/placements/${id}/plan`);
    await page.getByRole('link', { name: 'Destination and follow-up' }).click();
    expect(await heading(page)).toBe('Destination for Sam Pupil');
    expect(await page.locator('.govuk-back-link').getAttribute('href')).toBe(`/placements/${id}/plan`);
    await world.expectAccessible(page);
    await page.check('input[name="kind"][value="post16"]');
    await date(page, 'plannedDate', '2026-09-07');
    await page.getByRole('button', { name: 'Save the destination' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select the post-16 destination');
    await world.expectAccessible(page);
    await page.check('input[name="kind"][value="post16"]');
    await page.selectOption('#post16', 'education');
    await date(page, 'plannedDate', '2026-09-07');
    await page.getByRole('button', { name: 'Save the destination' }).click();
    expect(await page.locator('main').innerText()).toContain('Full-time education (sixth form, college or university)');
    await date(page, 'heldOn', '2026-07-20');
    await page.fill('#attendees', 'The pupil\nParent\nCollege');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await date(page, 'startsOn', '2026-09-07');
    await page.getByRole('button', { name: 'Confirm the destination' }).click();
    expect(await page.locator('main .govuk-tag').first().innerText()).toBe('Moved on');
    await world.expectAccessible(page);
    await page.context().close();

    at('2026-11-02T09:00:00.000Z');
    // Without JavaScript (axe needs scripts: this page was checked above).
    const school = await as('demo-school', { javaScript: false });
    await school.goto(`/placements/${id}/destination`);
    await date(school, 'checkedOn', '2026-11-02');
    await school.check('input[name="sustained"][value="no"]');
    await school.fill('#note', 'Left college at half term');
    await school.getByRole('button', { name: 'Record the check' }).click();
    expect(await school.locator('main .govuk-tag').first().innerText()).toBe('Not sustained');
    expect(await school.locator('table').innerText()).toContain('Left college at half term');
    await school.check('input[name="destination"][value="neet_available"]');
    await date(school, 'recordedOn', '2026-11-02');
    await school.getByRole('button', { name: 'Record the destination now' }).click();
    expect(await school.locator('main .govuk-tag').first().innerText()).toBe('NEET');
    expect(await school.locator('main').innerText()).toContain(
      'Not in education, employment or training (NEET), available',
    );
    await school.context().close();
  }, 300_000);
});
