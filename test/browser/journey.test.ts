import type { Page } from 'playwright-core';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { WebWorld } from '../support/web-world';
import { LA, LA_NAME } from '../support/world';

/**
 * The whole journey in real Chromium, as its users would take it: every page is checked with axe (WCAG 2.2 AA).
 * One browser and one seeded engine for the file; the steps run in order and share the referral.
 */
// Generous: two cores shared with other suites make a page (and axe) take seconds.
jest.setTimeout(240_000);

let world: WebWorld;
let school: Page;
let provider: Page;
/** The permanent exclusion's page, once recorded. */
let exclusionPage = '';

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

/** The browser's window, as far as the font check needs it (the suite compiles without the DOM library). */
type Styled = { getComputedStyle(element: unknown): { fontFamily: string } };

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
  // The enhanced search box (an input with the combobox role) replaces the select once the script has run.
  const search = page.locator('input[role="combobox"]');
  await search.waitFor({ state: 'visible' });
  await search.fill(name);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
}

/** `SCREENSHOTS=1 npx jest test/browser/journey.test.ts` refreshes the README's pictures under docs/screenshots. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}

async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  expect(await h1(page)).toBe(title);
  await world.expectAccessible(page);
}

describe('a school records an exclusion', () => {
  it('shows at once who is responsible and when day 6 is', async () => {
    await school.goto('/school');
    // The organisation as the directory names it, and "Sign out" in the GOV.UK font, not the browser's serif.
    expect(await school.locator('.app-signed-in__who').innerText()).toBe('Signed in as Sam Patel, Oak Academy');
    const signOut = school.locator('.app-signed-in button', { hasText: 'Sign out' });
    expect(await signOut.evaluate((e) => (globalThis as unknown as Styled).getComputedStyle(e).fontFamily)).toMatch(
      /^"?GDS Transport"?, arial/,
    );
    await school.getByRole('button', { name: 'Record an exclusion' }).click();
    expect(await h1(school)).toBe('Record an exclusion');
    await world.expectAccessible(school);
    await save(school, 'Record the exclusion');
    expect(await errorSummary(school)).toContain("Enter the pupil's UPN");
    expect(await errorSummary(school)).toContain('Select yes if the pupil is looked after');
    expect(await errorSummary(school)).toContain('Enter the first day of the exclusion');
    await world.expectAccessible(school);
    await school.getByLabel("Pupil's unique pupil number (UPN)").fill('B801200005001');
    await school.getByLabel('Year group').selectOption('9');
    await school.getByLabel('Home local authority code').fill('201');
    await school.locator('#lookedAfter-2').check();
    await school.locator('#ehcPlan-2').check();
    await school.getByLabel('Permanent exclusion').check();
    await date(school, 'firstDay', '3', '11', '2025');
    await school.getByLabel('Physical assault against an adult').check();
    await school.locator('#startsPartWay-2').check();
    await save(school, 'Record the exclusion');
    expect(await h1(school)).toContain('Exclusion recorded');
    expect(await school.locator('.govuk-panel').innerText()).toContain('Monday 10 November 2025');
    expect(await school.locator('#responsible').innerText()).toBe(`${LA_NAME} is responsible`);
    await shot(school, 'exclusion-recorded');
    await world.expectAccessible(school);
    // "Make a referral" starts from what the school has just given: the reason, UPN and the exclusion's facts.
    const referral = await school.context().newPage();
    await referral.goto((await school.getByRole('button', { name: 'Make a referral' }).getAttribute('href'))!);
    expect(await referral.getByLabel('Permanent exclusion').isChecked()).toBe(true);
    expect(await referral.locator('#firstDay-day').inputValue()).toBe('3');
    expect(await referral.getByLabel('Physical assault against an adult').isChecked()).toBe(true);
    expect(await referral.getByLabel('Unique pupil number (UPN) (optional)').inputValue()).toBe('B801200005001');
    await referral.close();
  });

  it("records the parent's notice, refusing a date after the engine's today", async () => {
    await school.getByRole('link', { name: 'Record the parent notices or cancel the exclusion' }).click();
    expect(await h1(school)).toBe('Permanent exclusion');
    expect(await school.locator('#notice-first').innerText()).toBe('Not recorded');
    await world.expectAccessible(school);
    await school.getByRole('button', { name: 'Record a parent notice' }).click();
    expect(await h1(school)).toBe('Record a parent notice');
    await world.expectAccessible(school);
    await save(school, 'Record the notice');
    expect(await errorSummary(school)).toContain('Select which notice you gave the parent');
    expect(await errorSummary(school)).toContain('Enter the date you gave the parent the notice');
    await world.expectAccessible(school);
    await school.getByLabel('Notice of the exclusion', { exact: true }).check();
    // The engine's clock says 8am on Monday 3 November 2025: the 4th is still to come.
    await date(school, 'givenOn', '4', '11', '2025');
    await school.getByLabel('How did you give it?').fill('Letter by hand');
    await save(school, 'Record the notice');
    expect(await errorSummary(school)).toContain('The date you gave the notice must be today or in the past');
    expect(await school.getByLabel('How did you give it?').inputValue()).toBe('Letter by hand');
    await date(school, 'givenOn', '3', '11', '2025');
    await school.getByLabel('Time (optional)').fill('7:45am');
    await save(school, 'Record the notice');
    expect(await h1(school)).toBe('Permanent exclusion');
    expect(await school.locator('.govuk-notification-banner').innerText()).toContain('Parent notice recorded');
    expect(await school.locator('#notice-first').innerText()).toBe('Given 3 Nov 2025 at 7:45am');
    exclusionPage = new URL(school.url()).pathname;
    await school.getByRole('button', { name: 'Cancel the exclusion' }).click();
    expect(await h1(school)).toBe('Cancel the exclusion');
    await world.expectAccessible(school);
    await save(school, 'Cancel the exclusion');
    expect(await errorSummary(school)).toContain('Select why the exclusion no longer stands');
    await world.expectAccessible(school);
    await school.getByRole('link', { name: 'Keep the exclusion' }).click();
    expect(await school.locator('#exclusion-status').innerText()).toBe('In force');
  });

  it('finds the exclusion again from the school home, with its day 6 and school days left', async () => {
    await world.app.settle();
    await school.goto('/school');
    const row = school.locator('#day6-clocks tbody tr', { hasText: 'B801200005001' });
    expect(await row.innerText()).toMatch(new RegExp(`3 Nov 2025\\s+10 Nov 2025\\s+5\\s+${LA_NAME}`));
    await world.expectAccessible(school);
    await row.getByRole('link', { name: 'B801200005001' }).click();
    expect(new URL(school.url()).pathname).toBe(exclusionPage);
    expect(await h1(school)).toBe('Permanent exclusion');
  });

  it("lists it among the school's recent exclusions, with its type, first day and length, linking to it", async () => {
    await school.goto('/school');
    const row = school.locator('#recent-exclusions tbody tr', { hasText: 'B801200005001' });
    expect(await row.innerText()).toMatch(/Permanent exclusion\s+3 Nov 2025\s+Permanent\s+No end date\s+Current/);
    await row.getByRole('link', { name: 'B801200005001' }).click();
    expect(new URL(school.url()).pathname).toBe(exclusionPage);
  });
});

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
      "Select the pupil's year group",
      "Enter the pupil's home local authority code",
    ])
      expect(summary).toContain(message);
    await world.expectAccessible(school);
    // The error summary links to the field at fault.
    await school.getByRole('link', { name: "Enter the pupil's date of birth" }).click();
    expect(await school.evaluate('document.activeElement.id')).toBe('dateOfBirth-day');
    // The UPN given when the referral was started is already there.
    expect(await school.getByLabel('UPN', { exact: true }).inputValue()).toBe('B801200005001');
    await school.getByLabel('Full name').fill('Ava Smith');
    await date(school, 'dateOfBirth', '31', '2', '2011');
    await school.getByLabel('Year group').selectOption('9');
    await school.getByLabel('Home local authority code').fill('20');
    await save(school);
    expect(await errorSummary(school)).toContain('Date of birth must be a real date');
    await shot(school, 'section-errors');
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
    await shot(school, 'task-list');
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
    await shot(school, 'submission-refused');
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

describe('the provider responds and the school answers', () => {
  it('lists the referral in the inbox with the pupil, school and respond-by date', async () => {
    await world.app.settle();
    await provider.goto('/inbox');
    const row = provider.locator('tbody tr', { hasText: 'Ava Smith' });
    expect(await row.innerText()).toMatch(/Ava Smith\s+Year 9\s+Oak Academy\s+Permanent exclusion/);
    await shot(provider, 'provider-inbox');
    await world.expectAccessible(provider);
    await row.getByRole('link', { name: 'Ava Smith' }).click();
    expect(await h1(provider)).toBe('Ava Smith');
    await world.expectAccessible(provider);
  });

  it('asks the school for more information about special educational needs', async () => {
    await provider.getByRole('button', { name: 'Ask for more information' }).click();
    await save(provider, 'Send the request');
    expect(await errorSummary(provider)).toContain('Select what you need more information about');
    await world.expectAccessible(provider);
    await provider.getByLabel('Special educational needs').check();
    await provider.getByLabel('Attendance', { exact: true }).check();
    await provider.getByLabel('What do you need to know? (optional)').fill('Please attach the latest EHC plan review.');
    await save(provider, 'Send the request');
    expect(await provider.locator('#referral-status').innerText()).toBe('Information requested');
  });

  it('shows the school the request on its home page, and takes its answer', async () => {
    await world.app.settle();
    await school.goto('/school');
    expect(await school.locator('body').innerText()).toContain('Information requests waiting for your answer');
    await shot(school, 'school-home');
    await school.getByRole('link', { name: 'Ava Smith' }).first().click();
    await school.getByRole('link', { name: 'Answer the request' }).click();
    expect(await h1(school)).toBe('Answer the information request');
    expect(await school.locator('#request-note').innerText()).toBe(
      'Bridges Learning asked: “Please attach the latest EHC plan review.”',
    );
    await world.expectAccessible(school);
    await save(school, 'Send your answer');
    expect(await errorSummary(school)).toContain('Update the requested sections or add a note for the provider');
    expect(await school.getByLabel('EHC plan caseworker: full name').inputValue()).toBe('Lee Brown');
    expect(await school.getByLabel('Attendance this school year').inputValue()).toBe('82.5');
    expect(await school.locator('#attendance-asOf-year').inputValue()).toBe('2025');
    await school.getByLabel('EHC plan caseworker: email address (optional)').fill('lee.brown@example.org');
    await save(school, 'Send your answer');
    expect(await school.locator('#referral-status').innerText()).toBe('Waiting for provider');
  });

  it('accepts part time: the part-time terms are asked for when the timetable is part time', async () => {
    await provider.reload();
    await provider.getByRole('button', { name: 'Accept' }).click();
    expect(await h1(provider)).toBe('Accept the referral');
    expect(await provider.locator('#hoursPerWeek-hint').innerText()).toBe(
      'Full time for Year 9 is at least 24 hours a week',
    );
    await date(provider, 'startDate', '10', '11', '2025');
    await provider.getByLabel('How many hours a week?').fill('15');
    await provider.locator('#partTime-2').check();
    await save(provider, 'Accept the referral');
    // The API's refusal of hours below the benchmark belongs to the part-time question.
    expect(await provider.locator('.govuk-error-summary a[href="#partTime"]').innerText()).toContain(
      '15 hours a week is part time for Year 9',
    );
    await provider.locator('#partTime').check();
    await save(provider, 'Accept the referral');
    const summary = await errorSummary(provider);
    await shot(provider, 'accept-part-time');
    expect(summary).toContain('Select why the timetable is part time');
    expect(summary).toContain('Enter the date the part-time timetable will be reviewed');
    await world.expectAccessible(provider);
    await provider.getByLabel('Phased reintegration').check();
    await provider.getByLabel('Give details').fill('Building up from 15 hours over six weeks.');
    await provider.locator('#parentalAgreement').check();
    await date(provider, 'reviewDate', '24', '11', '2025');
    await date(provider, 'endDate', '19', '12', '2025');
    await save(provider, 'Accept the referral');
    expect(await h1(provider)).toBe('Ava Smith');
    expect(await provider.locator('body').innerText()).toContain('15 (part time)');
    await shot(provider, 'referral-page');
    await provider.getByRole('link', { name: 'Printable version' }).click();
    expect(await h1(provider)).toBe('Referral for Ava Smith');
    await world.expectAccessible(provider);
    await provider.goBack();
  });
});

describe('the provider runs the placement', () => {
  it('records the start, completes the induction and records a review', async () => {
    // A fortnight on: the pupil has started and the induction is done (time is an input, set on the engine's clock).
    world.app.clock.set('fixed', '2025-11-24T16:00:00.000Z');
    await provider.getByRole('link', { name: 'View the placement' }).click();
    expect(await h1(provider)).toBe('Ava Smith');
    await world.expectAccessible(provider);
    await provider.getByRole('button', { name: 'Record that the pupil started' }).click();
    await save(provider, 'Record the start');
    expect(await errorSummary(provider)).toContain('Enter the date the pupil started');
    await world.expectAccessible(provider);
    await date(provider, 'startedOn', '10', '11', '2025');
    await save(provider, 'Record the start');
    expect(await h1(provider)).toBe('Ava Smith');
    expect(await provider.locator('#placement-status').innerText()).toBe('Attending');

    await provider.getByRole('link', { name: 'Induction meeting' }).click();
    await date(provider, 'heldOn', '11', '11', '2025');
    await provider.getByLabel('The pupil', { exact: true }).check();
    await provider.getByLabel('Parent or carer').check();
    await save(provider, 'Save');
    for (const area of ['Literacy', 'Numeracy', 'Social and emotional']) {
      await provider.getByRole('link', { name: /Baseline assessments/ }).click();
      await provider.getByLabel(area, { exact: true }).check();
      await date(provider, 'assessedOn', '12', '11', '2025');
      await provider.getByLabel('Result').fill(`${area}: working at Year 7 level`);
      await save(provider, 'Save');
    }
    await provider.getByRole('link', { name: 'Needs identified' }).click();
    await provider.getByLabel('What needs did the induction identify?').fill('Reading support\nA key worker');
    await save(provider, 'Save');
    await provider.getByRole('link', { name: 'Pupil and family voice' }).click();
    await provider.getByLabel('What does the pupil say?').fill('Wants to get back on track.');
    await provider.getByLabel('What does the family say?').fill('Hopeful about the new start.');
    await save(provider, 'Save');
    await provider.getByRole('link', { name: 'Agreed plan with targets' }).click();
    await date(provider, 'agreedOn', '14', '11', '2025');
    await provider.getByLabel('Targets').fill('Attend 90% of sessions\nReading age up a year');
    await save(provider, 'Save');
    await world.app.settle();
    await provider.reload();
    expect(await provider.locator('h2', { hasText: 'Induction' }).innerText()).toBe('Induction: completed');

    await provider.getByRole('button', { name: 'Record a review' }).click();
    await world.expectAccessible(provider);
    await date(provider, 'heldOn', '24', '11', '2025');
    await provider.getByLabel('Attendance since the last review').fill('92');
    await provider.getByLabel('Progress against the objectives').fill('Settled well; reading improving.');
    await provider.getByLabel("The pupil's view").fill('Likes the smaller classes.');
    await provider.getByLabel("The parent or carer's view").fill('Pleased with progress.');
    await date(provider, 'nextReviewDate', '8', '12', '2025');
    await save(provider, 'Save the review');
    expect(await provider.locator('body').innerText()).toMatch(/Reviews recorded\s+1/);
    await shot(provider, 'placement');
  });

  it("lists the provider's placements with the pupil, start date and next review due", async () => {
    await provider.getByRole('link', { name: 'Placements', exact: true }).click();
    expect(await h1(provider)).toBe('Your placements');
    const row = provider.locator('tbody tr', { hasText: 'Ava Smith' });
    expect(await row.innerText()).toMatch(
      /Ava Smith\s+Year 9\s+Oak Academy\s+Attending\s+10 Nov 2025\s+15 \(part time\)\s+8 Dec 2025/,
    );
    await shot(provider, 'provider-placements');
    await world.expectAccessible(provider);
    await row.getByRole('link', { name: 'Ava Smith' }).click();
    expect(await h1(provider)).toBe('Ava Smith');
  });
});

describe('a declined referral is sent on, then withdrawn', () => {
  let id = '';

  beforeAll(async () => {
    const app = world.app;
    const caller = { role: 'school', org: '100001', la: '201' } as const;
    await app.request(LA, 'POST', '/providers', {
      providerId: 'prov-oaktree',
      name: 'Oak Tree AP',
      laCode: '201',
      registration: 'unregistered',
    });
    const opened = await app.request(caller, 'POST', '/referrals', {
      reason: 'suspension',
      upn: 'Q801200005002',
      exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 10, reasons: ['PA'] },
    });
    expect(opened.status).toBe(201);
    id = opened.body.referralId as string;
    for (const { section, content } of completeSections())
      await app.request(caller, 'PUT', `/referrals/${id}/sections/${section}`, {
        ...content,
        ...(section === 'identity' ? { upn: 'Q801200005002', fullName: 'Noah Jones' } : {}),
      });
    const sent = await app.request(caller, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
    expect(sent.status).toBe(200);
  });

  it('the provider declines it with a reason', async () => {
    await provider.goto(`/referrals/${id}`);
    await provider.getByRole('button', { name: 'Decline' }).click();
    await save(provider, 'Decline the referral');
    expect(await errorSummary(provider)).toContain('Enter why you are declining the referral');
    await provider.getByLabel('Why are you declining the referral?').fill('No places until January');
    await save(provider, 'Decline the referral');
    expect(await provider.locator('#referral-status').innerText()).toBe('Declined');
  });

  it('the school sends it on to another provider without filling it in again', async () => {
    await school.goto(`/referrals/${id}`);
    await school.getByRole('button', { name: 'Send to another provider' }).click();
    expect(await h1(school)).toBe('Send the referral to another provider');
    await world.expectAccessible(school);
    // The provider that declined is not offered.
    expect(await school.locator('#providerId option', { hasText: 'Bridges' }).count()).toBe(0);
    await save(school, 'Send the referral');
    expect(await errorSummary(school)).toContain('Select the provider to send the referral to');
    await world.expectAccessible(school);
    await chooseProvider(school, 'Oak Tree');
    await save(school, 'Send the referral');
    expect(await h1(school)).toContain('Referral sent');
    expect(await school.locator('body').innerText()).toContain('Oak Tree AP will read the referral');
  });

  it("shows what happened in plain English on the referral's timeline", async () => {
    await school.getByRole('link', { name: 'View the referral' }).click();
    const timeline = await school.locator('.moj-timeline').innerText();
    expect(timeline).toMatch(/Referral sent on from Bridges Learning to Oak Tree AP\s+by Sam Patel, Oak Academy/);
    expect(timeline).toMatch(
      /Declined by Bridges Learning: No places until January\s+by Alex Morgan, Bridges Learning/,
    );
    expect(timeline).toMatch(/Referral submitted to Bridges Learning/);
    expect(timeline).toContain('Mon 24 Nov 2025'); // the engine's clock, set a fortnight on above
    expect(timeline).not.toMatch(/Referral(Submitted|Declined)|prov-/);
    await world.expectAccessible(school);
  });

  it('the school withdraws it, with JavaScript off', async () => {
    await school.getByRole('button', { name: 'Withdraw the referral' }).click();
    expect(await h1(school)).toBe('Withdraw the referral');
    await world.expectAccessible(school);
    const plain = await (await world.context({ javaScript: false })).newPage();
    await world.signIn(plain, 'demo-school');
    await plain.goto(`/referrals/${id}/withdraw`);
    await save(plain, 'Withdraw the referral');
    expect(await errorSummary(plain)).toContain('Enter why you are withdrawing the referral');
    await plain.getByLabel('Why are you withdrawing the referral?').fill('The pupil has moved out of the area');
    await save(plain, 'Withdraw the referral');
    expect(await h1(plain)).toBe('Referral withdrawn');
    await plain.getByRole('link', { name: 'View the referral' }).click();
    expect(await plain.locator('#referral-status').innerText()).toBe('Withdrawn');
    expect(await plain.locator('.moj-timeline').innerText()).toContain(
      'Referral withdrawn: The pupil has moved out of the area',
    );
    await plain.context().close();
  });
});

describe('a school cancels an exclusion, with JavaScript off', () => {
  it('cancels it: it then counts for nothing towards day 6', async () => {
    const plain = await (await world.context({ javaScript: false })).newPage();
    await world.signIn(plain, 'demo-school');
    await plain.goto(`${exclusionPage}/cancel`);
    await plain.getByLabel('The headteacher withdrew it').check();
    await date(plain, 'decidedOn', '4', '11', '2025');
    await save(plain, 'Cancel the exclusion');
    expect(await h1(plain)).toBe('Permanent exclusion');
    expect(await plain.locator('#exclusion-status').innerText()).toBe('Cancelled');
    expect(await plain.getByRole('button', { name: 'Record a parent notice' }).count()).toBe(0);
    await plain.context().close();
  });
});

describe('finding a pupil', () => {
  it('finds the pupil by name despite a typing mistake', async () => {
    await school.goto('/pupils');
    await school.getByLabel('Name or UPN').fill('ava smth');
    await school.getByRole('button', { name: 'Search' }).click();
    expect(await school.locator('h2').first().innerText()).toBe('1 pupil found for ‘ava smth’');
    await world.expectAccessible(school);
  });
});
