import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { WebWorld } from '../support/web-world';

jest.setTimeout(60_000);

const SCHOOL = { role: 'school', org: '100001', la: '201' } as const;
const UPN = 'B801200005001';
let world: WebWorld;

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
  expect((await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, exclusion)).status).toBe(201);
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
  it('shows the unread count in the header, lists the reminder linking to the pupil, and marks it read', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-school');
    expect(await navigation(page)).toContain('Notifications (1 unread)');
    await page.getByRole('link', { name: 'Notifications (1 unread)' }).click();
    expect(await page.locator('h1').innerText()).toBe('Notifications');
    expect(await page.locator('main').innerText()).toContain('1 unread notification');
    expect(await page.locator('main').innerText()).toContain('By Thursday 6 November 2025');
    expect(await page.getByRole('link', { name: /View the pupil's case/ }).getAttribute('href')).toBe(`/pupils/${UPN}`);
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
    await world.expectAccessible(page);
    await context.close();
  });
});
