import type { Page } from 'playwright-core';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import type { Caller } from '../support/test-app';
import { WebWorld } from '../support/web-world';
import { LA } from '../support/world';

jest.setTimeout(120_000);

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
    await page.reload();
    return (await page.locator('main').innerText()).includes(text);
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
async function as(userId: string): Promise<Page> {
  const page = await (await world.context()).newPage();
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
    await reloadUntil(page, 'Outreach from prov-bridges');
    expect(await page.locator('table').innerText()).toContain('Attendance 86% (below 90%)');
    expect(await page.locator('table').innerText()).toContain('Outreach from prov-bridges');
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
    expect(await page.locator('main .govuk-tag').first().innerText()).toBe('Past its planned end');
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
    expect(await provider.locator('main .govuk-tag').first().innerText()).toBe('Open');
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
