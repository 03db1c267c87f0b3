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

/** The provider picker is a search box (accessible-autocomplete over the select): type, then pick. */
async function chooseProvider(page: Page, name: string): Promise<void> {
  if (process.env.DEBUG_SHOTS) await page.screenshot({ path: `/tmp/web13-choose-${Date.now()}.png`, fullPage: true });
  await page.getByRole('combobox', { name: 'Which provider should the referral go to?' }).fill(name);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
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

  it('completes the other sections, keyboard only for the safeguarding form', async () => {
    await openSection(school, 'Safeguarding');
    // Keyboard only: tab to each field and type, space to choose a radio, enter to send.
    await school.focus('#dsl-name');
    await school.keyboard.type('Pat Jones');
    await school.keyboard.press('Tab');
    await school.keyboard.type('020 7946 0000');
    await school.focus('#childProtectionPlan-2');
    await school.keyboard.press('Space');
    await school.focus('#childInNeedPlan');
    await school.keyboard.press('Space');
    await school.focus('#hasSocialWorker');
    await school.keyboard.press('Space');
    await school.focus('#socialWorker-name');
    await school.keyboard.type('Sam Green');
    await school.focus('#lookedAfter-2');
    await school.keyboard.press('Space');
    await world.expectAccessible(school);
    await school.focus('button.govuk-button');
    await school.keyboard.press('Enter');
    await school.waitForURL(/\/tasks$/);

    await openSection(school, 'Special educational needs');
    await school.getByLabel('Education, health and care (EHC) plan').check();
    await save(school);
    expect(await errorSummary(school)).toContain("Enter the EHC plan caseworker's full name");
    await school.getByLabel('EHC plan caseworker: full name').fill('Lee Brown');
    await school.getByLabel('Primary type of need (optional)').selectOption('SEMH');
    await save(school);

    await openSection(school, 'Medical needs');
    await school.getByLabel('What medical needs does the pupil have?').fill('None known');
    await save(school);

    await openSection(school, 'Attendance');
    await school.getByLabel('Attendance this school year').fill('82.5');
    await date(school, 'asOf', '1', '3', '2025');
    await save(school);
    await openSection(school, 'Attainment');
    await school
      .getByLabel("Summary of the pupil's attainment")
      .fill('Working at the expected standard in most subjects.');
    await school.getByLabel('English: current working level (optional)').fill('GCSE grade 4');
    await date(school, 'asOf', '20', '10', '2025');
    await save(school);
    await openSection(school, 'Behaviour');
    await school.getByLabel("The pupil's behaviour history").fill('Two suspensions this year for disruption.');
    await school.getByLabel('What has the school tried?').fill('Mentoring\nReduced timetable for two weeks');
    await save(school);
    await openSection(school, 'Parent or carer');
    await school.getByLabel('Parent or carer: full name').fill('Jo Smith');
    await school.getByLabel('Yes').check();
    await save(school);
    await openSection(school, 'What the placement should achieve');
    await school
      .getByLabel('What should the placement achieve?')
      .fill('Re-engage with learning\nSit GCSE English and maths');
    await save(school);
    await openSection(school, 'Length and hours');
    await school.getByLabel('How many weeks should the placement last?').fill('twelve');
    await save(school);
    expect(await errorSummary(school)).toContain('Weeks must be a whole number between 1 and 104');
    expect(await errorSummary(school)).toContain('Enter how many hours a week');
    await school.getByLabel('How many weeks should the placement last?').fill('12');
    await school.getByLabel('How many hours a week?').fill('25');
    await save(school);
    await openSection(school, 'Plan after the placement');
    await school.getByLabel('What is the plan after the placement?').fill('Return to Oak Academy with support.');
    await save(school);
    // The attendance figure from March is more than 6 months old.
    expect(await school.locator('body').innerText()).toContain('You have completed 10 of 11 sections.');
    expect(await school.locator('#education-1-status').innerText()).toBe('Out of date');
    await world.expectAccessible(school);
  });

  it('is refused with every out-of-date item linked to its question, then sent once fixed', async () => {
    await school.getByRole('link', { name: 'Check your answers so far' }).click();
    expect(await h1(school)).toBe('Check your answers before sending the referral');
    await world.expectAccessible(school);
    await chooseProvider(school, 'Bridges');
    await save(school, 'Send the referral');
    const refused = await errorSummary(school);
    expect(refused).toContain('Update the attendance figure: it must have been taken in the last 6 months');
    await world.expectAccessible(school);
    await school.getByRole('link', { name: /Update the attendance figure/ }).click();
    expect(new URL(school.url()).hash).toBe('#asOf-day');
    await date(school, 'asOf', '27', '10', '2025');
    await save(school);
    await school.getByRole('link', { name: 'Check your answers and choose a provider' }).click();
    await chooseProvider(school, 'Bridges');
    await save(school, 'Send the referral');
    expect(await h1(school)).toContain('Referral sent');
    expect(await school.locator('body').innerText()).toContain('Bridges Learning will read the referral');
    await world.expectAccessible(school);
  });
});
