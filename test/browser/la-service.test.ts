import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import type { Caller } from '../support/test-app';
import { WebWorld } from '../support/web-world';

jest.setTimeout(240_000);

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const LOOKED_AFTER = 'B801200005001';
const OTHER = 'Q801200005002';

let world: WebWorld;
let referralId = '';

/** A half term in LA 201: two suspensions past five days, one pupil looked after, day 6 breached, then a placement. */
async function seedTerm(): Promise<void> {
  const { app } = world;
  for (const [upn, lookedAfter] of [
    [LOOKED_AFTER, true],
    [OTHER, false],
  ] as const) {
    await app.request(SCHOOL, 'POST', `/pupils/${upn}/exclusions`, {
      homeLaCode: '201',
      exclusionType: 'SUSP',
      startDate: '2025-10-23',
      startsPartWay: false,
      lengthSchoolDays: 10,
      reasons: ['PA'],
      yearGroup: 9,
    });
    const { body } = await app.request(SCHOOL, 'POST', '/referrals', {
      reason: 'suspension',
      upn,
      exclusion: { exclusionType: 'SUSP', firstDay: '2025-10-23', lengthSchoolDays: 10, reasons: ['PA'] },
    });
    for (const { section, content } of completeSections('2025-10-01')) {
      const given =
        section === 'identity'
          ? { ...content, upn }
          : section === 'safeguarding'
            ? { ...content, lookedAfter, ...(lookedAfter ? { virtualSchoolHead: { name: 'Pat Lee' } } : {}) }
            : content;
      await app.request(SCHOOL, 'PUT', `/referrals/${body.referralId}/sections/${section}`, given);
    }
    const submitted = await app.request(SCHOOL, 'POST', `/referrals/${body.referralId}/submit`, {
      providerId: 'prov-bridges',
    });
    expect([submitted.status, submitted.body.code]).toEqual([200, undefined]);
    if (lookedAfter) referralId = body.referralId;
  }
  app.clock.set('fixed', '2025-11-06T00:00:01.000Z');
  await eventually(async () => {
    await app.settle();
    return (await app.request(LA, 'GET', '/la/dashboard')).body.breaches?.length === 2 || undefined;
  });
  app.clock.set('fixed', '2025-11-06T09:00:00.000Z');
  await app.request(PROVIDER, 'POST', `/referrals/${referralId}/accept`, { startDate: '2025-11-07', hoursPerWeek: 25 });
  await app.settle();
}

beforeAll(async () => {
  world = await WebWorld.start('2025-10-23T08:00:00.000Z');
  await seedTerm();
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

const heading = (page: Page) => page.locator('h1').innerText();
type Styled = { getComputedStyle(element: unknown): { whiteSpace: string } };

/** The officer's and the auditor's shared journey: dashboard, filter, CSV, the breached pupil, as-of, integrity. */
async function followTheTerm(page: Page): Promise<void> {
  expect(new URL(page.url()).pathname).toBe('/la');
  expect(await heading(page)).toBe('Compliance dashboard');
  expect(await page.locator('.app-cards').innerText()).toContain('Day-6 breaches this term');
  // At a desktop width every table fits the page (none scrolls in its own box), and no tag breaks mid-word.
  const overflowing = await page
    .locator('.app-table-scroll')
    .evaluateAll((boxes) =>
      boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.getAttribute('aria-label')),
    );
  expect(overflowing).toEqual([]);
  const tagLines = await page
    .locator('.govuk-table .govuk-tag')
    .evaluateAll((tags) =>
      tags.map(
        (t) => t.getClientRects().length === 1 && (globalThis as unknown as Styled).getComputedStyle(t).whiteSpace,
      ),
    );
  expect(tagLines.length).toBeGreaterThan(0);
  expect(new Set(tagLines)).toEqual(new Set(['nowrap']));
  await world.expectAccessible(page);
  // LA_SCREENSHOTS=docs refreshes the README's pictures from this seeded term.
  const shots = process.env.LA_SCREENSHOTS;
  if (shots) await page.screenshot({ path: `${shots}/la-dashboard.png` });

  await page.getByLabel('Are looked after').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  expect(new URL(page.url()).searchParams.get('lookedAfter')).toBe('true');
  const breaches = page.locator('#breaches');
  expect(await breaches.innerText()).toContain(LOOKED_AFTER);
  expect(await breaches.innerText()).not.toContain(OTHER);
  await world.expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download “Day-6 breaches/ }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain(LOOKED_AFTER);
  expect(csv).not.toContain(OTHER);

  await breaches.getByRole('link', { name: LOOKED_AFTER }).click();
  // Names, not identifiers: the pupil, the school and the provider; dates as a person reads them.
  expect(await heading(page)).toBe('Sam Pupil');
  const facts = await page.locator('.app-pupil-facts').innerText();
  expect(facts).toContain(LOOKED_AFTER);
  expect(facts).toContain('Oak Academy');
  const timeline = page.locator('.moj-timeline');
  const story = await timeline.innerText();
  expect(story).toContain('Referral submitted to Bridges Learning');
  expect(story).toContain('Day 6 passed with no full-time provision: Thu 6 Nov 2025. Oak Academy is responsible');
  expect(story).not.toMatch(/\d{4}-\d{2}-\d{2}|\sprov-bridges|Day6/); // (test users have ids, not names)
  await world.expectAccessible(page);
  if (shots) {
    await page.screenshot({ path: `${shots}/la-pupil-page.png` });
    const back = page.url();
    await page.goto('/la/trends');
    await page.locator('#weekly').screenshot({ path: `${shots}/la-trends-chart.png` });
    await page.goto(back);
  }

  const placed = timeline.locator('.moj-timeline__item', { hasText: 'Placement with Bridges Learning' });
  await placed.getByRole('link', { name: 'See the record as it was before this' }).click();
  const asOf = await page.locator('#records-at').innerText();
  expect(asOf).toContain('The record as it was on');
  // The record then in the current case's words: statuses, named school, dates a person reads; no JSON, no codes.
  expect(asOf).toContain('Referral\tSuspension: waiting for provider, Bridges Learning');
  expect(asOf).toContain(
    'Day-6 clock\tDay 1 Thu 23 Oct 2025, day 6 Thu 6 Nov 2025: breached, no full-time provision. Oak Academy is responsible',
  );
  expect(asOf).not.toContain('Placement');
  expect(asOf).not.toMatch(/[{}]|\d{4}-\d{2}-\d{2}|prov-bridges|_/);
  if (process.env.ASOF_SCREENSHOT) await page.screenshot({ path: process.env.ASOF_SCREENSHOT, fullPage: true });
  // Everything the records held, for the auditor who needs it, one click away.
  await page.getByText('Everything recorded in each record then').click();
  expect(await page.locator('#as-of-detail').innerText()).toContain('"status": "submitted"');
  await world.expectAccessible(page);

  await page.getByRole('link', { name: 'Check the record has not been altered' }).click();
  expect(await page.locator('#verdict').innerText()).toContain('The record has not been altered');
  await world.expectAccessible(page);

  // Every read of the record (the pupil's page lists the latest 20).
  await page.goto(`/la/pupils/${LOOKED_AFTER}/access-log`);
  expect(await heading(page)).toBe('Who has looked at this record');
  expect(await page.locator('main').innerText()).toContain('record (case, history and access log)');
  await world.expectAccessible(page);
}

describe("the LA's service", () => {
  it('lets an officer follow the term from the dashboard to a breached pupil, the record as it was, and its integrity', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-la-officer');
    await followTheTerm(page);
    await context.close();
  });

  it('shows a whole table a page at a time, with the filters kept and a way back', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-la-officer');
    await page.goto('/la/dashboard/breaches?lookedAfter=true');
    expect(await heading(page)).toBe('Day-6 breaches: no full-time provision from day 6');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Showing 1 to 1 of 1 breaches this term, the most urgent first.');
    expect(main).toContain('Looked after');
    expect(main).toContain(LOOKED_AFTER);
    expect(main).not.toContain(OTHER);
    expect(await page.getByRole('link', { name: 'Back', exact: true }).getAttribute('href')).toBe(
      '/la?lookedAfter=true#breaches',
    );
    await world.expectAccessible(page);
    expect((await page.goto('/la/dashboard/everything'))?.status()).toBe(404);
    await context.close();
  });

  it('lets an auditor do the same and finds no way to write', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-auditor');
    await followTheTerm(page);
    for (const path of [
      '/la',
      `/la/pupils/${LOOKED_AFTER}`,
      '/la/trends',
      '/la/sufficiency',
      '/la/directory',
      '/la/directory/providers/prov-bridges',
      '/la/settings',
    ]) {
      await page.goto(path);
      const writes = await page.locator('form[method="post"]:not([action="/sign-out"])').count();
      expect(writes).toBe(0);
    }
    // The CAFE worklist lists the breached pupils, with no way for an auditor to record a review (the API's 403).
    await page.goto('/la/cafe');
    expect(await page.locator('main').innerText()).toContain(OTHER);
    expect(await page.getByRole('link', { name: /Record a review/ }).count()).toBe(0);
    await page.goto('/la/settings');
    expect(await page.locator('input:not([type="hidden"])').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Why it cannot change');
    await world.expectAccessible(page);
    await context.close();
  });

  it('lets an officer import schools from a GIAS file, publish a calendar and approve a provider; each chart has its table', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-la-officer');
    for (const [path, title] of [
      ['/la/trends', 'Trends and outcomes'],
      ['/la/sufficiency', 'Sufficiency'],
      ['/la/settings', 'Timeline settings'],
    ]) {
      await page.goto(path!);
      expect(await heading(page)).toBe(title);
      await world.expectAccessible(page);
    }
    await page.goto('/la/trends');
    for (const chart of await page.locator('section:has(svg.app-chart)').all())
      expect(await chart.locator('table').count()).toBe(1);
    expect(await page.locator('#weekly table').innerText()).toContain('2');

    await page.goto('/la/directory');
    await world.expectAccessible(page);
    await page.setInputFiles('#file', {
      name: 'edubasealldata.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'URN,LA (code),LA (name),EstablishmentName,EstablishmentStatus (name)\r\n' +
          '100002,201,Demo,Elm Primary,Open\r\n100003,202,Other,Ash School,Open\r\n',
      ),
    });
    await page.getByRole('button', { name: 'Import schools' }).click();
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('1 school added');
    expect(await page.getByRole('table', { name: 'Rows skipped' }).innerText()).toContain('another local authority');
    await world.expectAccessible(page);
    await eventually(async () => {
      await page.goto('/la/directory');
      return (await page.locator('#schools ~ table').first().innerText()).includes('Elm Primary') || undefined;
    });
    await page.getByRole('button', { name: /Publish its own calendar for Elm Primary/ }).click();
    await eventually(async () => {
      await page.goto('/la/directory');
      return (await page.locator('tr', { hasText: 'Elm Primary' }).innerText()).includes('Own calendar') || undefined;
    });

    await page.getByRole('link', { name: 'Bridges Learning' }).click();
    await world.expectAccessible(page);
    for (const check of ['Safeguarding', 'Health and safety', 'Teaching and learning']) {
      const checks = page.locator('form[action$="/checks"]');
      await page.getByLabel('Check', { exact: true }).selectOption({ label: check });
      await checks.getByLabel('Day').fill('1');
      await checks.getByLabel('Month').fill('10');
      await checks.getByLabel('Year').fill('2025');
      await page.getByLabel('Passed').check();
      await page.getByRole('button', { name: 'Record the check' }).click();
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Check recorded');
    }
    await world.expectAccessible(page);
    const approve = page.locator('form[action$="/approve"]');
    await approve.getByLabel('Day').fill('3');
    await approve.getByLabel('Month').fill('10');
    await approve.getByLabel('Year').fill('2025');
    await page.getByRole('button', { name: 'Approve the provider' }).click();
    expect(await page.locator('main').innerText()).toContain('Approved on 3 Oct 2025');
    await world.expectAccessible(page);
    await context.close();
  });

  it("lets an officer change a deadline, and describe a provider's offer and places, which the sufficiency page counts", async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-la-officer');
    await page.goto('/la/settings');
    expect(await page.locator('main').innerText()).toContain('Full-time education after an exclusion');
    await page.getByLabel('Provider response').fill('none');
    await page.getByLabel('Placement review').fill('61');
    await page.getByRole('button', { name: 'Save the deadlines' }).click();
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.innerText()).toContain('Provider response must be a whole number of school days, like 5');
    expect(await summary.innerText()).toContain('Placement review must be between 1 and 60 school days');
    expect(await page.title()).toMatch(/^Error: /);
    await world.expectAccessible(page);
    await page.getByLabel('Provider response').fill('5');
    await page.getByLabel('Placement review').fill('30');
    await page.getByRole('button', { name: 'Save the deadlines' }).click();
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Timeline settings saved');
    expect(await page.locator('tr', { hasText: 'Provider response' }).first().innerText()).toContain(
      'Set by your local authority (default 3 school days)',
    );
    await world.expectAccessible(page);

    await page.goto('/la/directory/providers/prov-bridges');
    const offer = page.locator('form[action$="/offer"]');
    await offer.getByRole('button', { name: 'Save what the provider offers' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(
      'Select the key stages the provider teaches',
    );
    await world.expectAccessible(page);
    await offer.getByLabel('Key stage 3').check();
    await offer.getByLabel('Key stage 4').check();
    await offer.getByLabel('SEMH').check();
    await offer.getByLabel('Hours a week for each pupil').fill('25');
    await offer.getByLabel('Days and times it is open').fill('Monday to Friday, 9am to 3pm');
    await offer.getByLabel('Address', { exact: true }).fill('1 High Street, London');
    await offer.getByLabel('Postcode').fill('EC1A 1AA');
    await offer.getByLabel('Contact name').fill('Sam Patel');
    await offer.getByRole('button', { name: 'Save what the provider offers' }).click();
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('What the provider offers is saved');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain('KS3, KS4');

    const places = page.locator('form[action$="/places"]');
    await places.getByLabel('Places your local authority commissions').fill('6');
    await places.getByLabel('Day').fill('1');
    await places.getByLabel('Month').fill('9');
    await places.getByLabel('Year').fill('2025');
    await places.getByRole('button', { name: 'Save the places' }).click();
    expect(await page.locator('.govuk-summary-list').innerText()).toContain(
      '6 commissioned from 1 Sept 2025, 1 current pupil, 5 available',
    );
    await world.expectAccessible(page);

    await eventually(async () => {
      await page.goto('/la/sufficiency');
      return (await page.locator('tr', { hasText: 'Bridges Learning' }).innerText()).includes('6') || undefined;
    });
    await world.expectAccessible(page);
    await context.close();
  });
});
