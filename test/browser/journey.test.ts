import type { Page } from 'playwright-core';
import { WebWorld } from '../support/web-world';

/**
 * The whole journey in real Chromium, as its users would take it: every page is checked with axe (WCAG 2.2 AA).
 * One browser and one seeded engine for the file; the steps run in order and share the referral.
 */
jest.setTimeout(90_000);

let world: WebWorld;
let school: Page;
let provider: Page;

beforeAll(async () => {
  world = await WebWorld.start();
  school = await (await world.context()).newPage();
  provider = await (await world.context()).newPage();
  await world.signIn(school, 'demo-school');
  await world.signIn(provider, 'demo-provider');
}, 90_000);

afterAll(async () => {
  await world?.stop();
});

const errorSummary = (page: Page) => page.locator('.govuk-error-summary').innerText();
/** The page's heading, with any error summary, so a failed step says what the page said. */
const h1 = async (page: Page) => {
  const errors = await page.locator('.govuk-error-summary').count();
  const heading = await page.locator('h1').innerText();
  return errors ? `${heading} [${await errorSummary(page)}]` : heading;
};

async function save(page: Page, button = 'Save and continue'): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.waitForLoadState();
}

async function date(page: Page, id: string, day: string, month: string, year: string): Promise<void> {
  await page.fill(`#${id}-day`, day);
  await page.fill(`#${id}-month`, month);
  await page.fill(`#${id}-year`, year);
}

async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  expect(await h1(page)).toBe(title);
  await world.expectAccessible(page);
}

describe('a school makes a referral', () => {
  it('starts a referral, meeting the error when no reason is chosen', async () => {
    await school.goto('/school');
    await school.getByRole('button', { name: 'Make a referral' }).first().click();
    expect(await h1(school)).toBe('Make a referral');
    await world.expectAccessible(school);
    await save(school, 'Start the referral');
    expect(await errorSummary(school)).toContain('Select why you are referring the pupil');
    await world.expectAccessible(school);
    await school.getByLabel('Permanent exclusion').check();
    await save(school, 'Start the referral');
    expect(await errorSummary(school)).toContain('Enter the first day of the exclusion');
    expect(await errorSummary(school)).toContain('Select the reason for the exclusion');
    await date(school, 'firstDay', '3', '11', '2025');
    await school.getByLabel('Physical assault against an adult').check();
    await school.getByLabel('Unique pupil number (UPN) (optional)').fill('B801200005001');
    await save(school, 'Start the referral');
    expect(await h1(school)).toBe('New referral');
    expect(await school.locator('body').innerText()).toContain('You have completed 0 of 11 sections.');
    await world.expectAccessible(school);
  });

  it('completes the pupil details, fixing each kind of error the form shows', async () => {
    await openSection(school, 'Pupil details');
    await save(school);
    const summary = await errorSummary(school);
    for (const message of [
      "Enter the pupil's full name",
      "Enter the pupil's date of birth",
      'Select yes if the pupil has a UPN',
      "Select the pupil's year group",
      "Enter the pupil's home local authority code",
    ])
      expect(summary).toContain(message);
    await world.expectAccessible(school);
    // The error summary links to the field at fault.
    await school.getByRole('link', { name: "Enter the pupil's date of birth" }).click();
    expect(await school.evaluate('document.activeElement.id')).toBe('dateOfBirth-day');
    await school.getByLabel('Full name').fill('Ava Smith');
    await date(school, 'dateOfBirth', '31', '2', '2011');
    await school.getByLabel('Yes').check();
    await school.getByLabel('UPN', { exact: true }).fill('B801200005001');
    await school.getByLabel('Year group').selectOption('9');
    await school.getByLabel('Home local authority code').fill('20');
    await save(school);
    expect(await errorSummary(school)).toContain('Date of birth must be a real date');
    expect(await errorSummary(school)).toContain('Home local authority code must be 3 digits');
    expect(await school.getByLabel('Full name').inputValue()).toBe('Ava Smith');
    await world.expectAccessible(school);
    await date(school, 'dateOfBirth', '14', '3', '2011');
    await school.getByLabel('Home local authority code').fill('201');
    await save(school);
    expect(await h1(school)).toBe('Ava Smith');
    expect(await school.locator('#about-the-pupil-1-status').innerText()).toBe('Completed');
  });
});
