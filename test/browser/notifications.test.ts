import type { Page } from 'playwright-core';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import { WebWorld } from '../support/web-world';

jest.setTimeout(60_000);

const SCHOOL = { role: 'school', org: '100001', la: '201' } as const;
const LA = { role: 'la_officer', org: '201', la: '201' } as const;
const UPN = 'B801200005001'; // completeSections() names this pupil Sam Pupil
let world: WebWorld;
let exclusionId: string;
let referralId: string;

beforeAll(async () => {
  world = await WebWorld.start('2025-10-23T08:00:00.000Z');
  const { app } = world;
  await app.request(SCHOOL, 'PUT', '/schools/100001/contacts/inclusion', {
    role: 'inclusion',
    email: 'inclusion@oak.example',
  });
  const exclusion = {
    homeLaCode: '201',
    exclusionType: 'SUSP',
    startDate: '2025-10-23',
    startsPartWay: false,
    lengthSchoolDays: 10,
    reasons: ['PA'],
    yearGroup: 9,
  };
  const recorded = await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, exclusion);
  expect(recorded.status).toBe(201);
  exclusionId = recorded.body.exclusionId;
  // The school refers the pupil (which names them) to the provider, who has not answered by day 6.
  const { body } = await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other' });
  for (const { section, content } of completeSections())
    await app.request(SCHOOL, 'PUT', `/referrals/${body.referralId}/sections/${section}`, content);
  referralId = body.referralId;
  const submitted = await app.request(SCHOOL, 'POST', `/referrals/${body.referralId}/submit`, {
    providerId: 'prov-bridges',
  });
  expect(submitted.status).toBe(200);
  // School day 3 after half term: the day-3 reminder.
  app.clock.set('fixed', '2025-11-03T00:00:01.000Z');
  await eventually(
    async () => (await app.db.pool.query(`SELECT 1 FROM dev_mailbox`)).rowCount! > 0,
    15_000,
    'the reminder to be sent',
  );
}, 60_000);

afterAll(async () => {
  await world?.stop();
});

const navigation = (page: Page) => page.locator('.govuk-service-navigation').innerText();

describe('notifications in the web service', () => {
  it('shows the unread count in the header, lists the reminder linking to the exclusion, and marks it read', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-school');
    expect(await navigation(page)).toContain('Notifications (1 unread)');
    await page.getByRole('link', { name: 'Notifications (1 unread)' }).click();
    expect(await page.locator('h1').innerText()).toBe('Notifications');
    expect(await page.locator('main').innerText()).toContain('1 unread notification');
    expect(await page.locator('main').innerText()).toContain('By Thursday 6 November 2025');
    expect(await page.locator('main').innerText()).toContain(`Sam Pupil (UPN ${UPN}), Oak Academy`);
    expect(await page.getByRole('link', { name: /View the exclusion/ }).getAttribute('href')).toBe(
      `/exclusions/${UPN}/${exclusionId}`,
    );
    await world.expectAccessible(page);
    await page.getByRole('button', { name: /Mark as read/ }).click();
    expect(new URL(page.url()).pathname).toBe('/notifications');
    expect(await page.locator('main').innerText()).toContain('You have no unread notifications');
    expect(await navigation(page)).not.toContain('unread');
    await context.close();
  });

  it('shows in development the emails that would have been sent, with no pupil detail', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-school');
    await page.goto('/mailbox');
    expect(await page.locator('h1').innerText()).toBe('Development mailbox');
    const main = await page.locator('main').innerText();
    expect(main).toContain('inclusion@oak.example');
    expect(main).toContain('An excluded pupil has no full-time education arranged yet');
    expect(main).not.toContain(UPN);
    expect(main).not.toContain('Sam Pupil');
    await world.expectAccessible(page);
    await context.close();
  });

  it("names the pupil for an LA officer, and the link opens the pupil's record", async () => {
    world.app.clock.set('fixed', '2025-11-07T00:00:01.000Z'); // day 7: the duty was breached
    await eventually(
      async () =>
        (await world.app.request(LA, 'GET', '/notifications')).body.notifications.some(
          (n: { kind: string }) => n.kind === 'day6_breach',
        ),
      15_000,
      'the breach to reach the LA',
    );
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-la-officer');
    await page.goto('/notifications');
    const breach = page.locator('li', { hasText: 'Full-time education did not start by the sixth school day' });
    expect(await breach.innerText()).toContain(`Sam Pupil (UPN ${UPN}), Oak Academy`);
    const [opened] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/la/pupils/${UPN}`),
      breach.getByRole('link', { name: /View the pupil's record/ }).click(),
    ]);
    expect(opened.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toContain('Sam Pupil');
    await context.close();
  });

  it('opens a real page from every notification link, for every role that has notifications', async () => {
    // The provider asks the school for more information: the school's notice links to the referral.
    const PROVIDER = { role: 'provider', org: 'prov-bridges', la: '201' } as const;
    const asked = { items: ['medical'] };
    expect(
      (await world.app.request(PROVIDER, 'POST', `/referrals/${referralId}/information-requests`, asked)).status,
    ).toBe(201);
    await eventually(
      async () =>
        (await world.app.request(SCHOOL, 'GET', '/notifications')).body.notifications.some(
          (n: { kind: string }) => n.kind === 'information_requested',
        ),
      15_000,
      'the information request to reach the school',
    );
    const seen: string[] = [];
    for (const user of ['demo-school', 'demo-provider', 'demo-la-officer', 'demo-auditor']) {
      const context = await world.context({ javaScript: false });
      const page = await context.newPage();
      await world.signIn(page, user);
      await page.goto('/notifications');
      const hrefs = await page.locator('main a.govuk-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of new Set(hrefs)) {
        const response = await page.goto(href!);
        expect(`${user} ${href} ${response?.status()}`).toBe(`${user} ${href} 200`);
        expect(await page.locator('h1').innerText()).not.toBe('Page not found');
        seen.push(`${user} ${href!.split('/')[1]}`);
      }
      await context.close();
    }
    expect([...new Set(seen)].sort()).toEqual([
      'demo-auditor la',
      'demo-la-officer la',
      'demo-provider referrals',
      'demo-school exclusions',
      'demo-school referrals',
    ]);
  });
});
