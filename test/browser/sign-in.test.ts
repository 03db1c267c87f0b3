import type { Page } from 'playwright-core';
import { WebWorld } from '../support/web-world';

jest.setTimeout(60_000);

let world: WebWorld;

beforeAll(async () => {
  world = await WebWorld.start();
}, 60_000);

afterAll(async () => {
  await world?.stop();
});

const heading = (page: Page) => page.locator('h1').innerText();

describe('signing in and out', () => {
  it('shows the sign-in page with the demo users at /, and nothing else until you sign in', async () => {
    const page = await (await world.context()).newPage();
    await page.goto('/inbox');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await heading(page)).toBe('Sign in to Alternative provision referrals');
    await world.expectAccessible(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select who you want to sign in as');
    await world.expectAccessible(page);
  });

  it('takes a provider to their inbox and a school to its home, with their names in the header', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-provider');
    expect(new URL(page.url()).pathname).toBe('/inbox');
    expect(await heading(page)).toBe('Referrals waiting for your response');
    expect(await page.locator('.app-signed-in').innerText()).toContain('Alex Morgan');
    await world.expectAccessible(page);
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('You have signed out');
    await page.goto('/inbox');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await world.signIn(page, 'demo-school');
    expect(new URL(page.url()).pathname).toBe('/school');
    await world.expectAccessible(page);
    await context.close();
  });

  it('refuses a form posted without its CSRF token', async () => {
    const context = await world.context();
    const page = await context.newPage();
    await world.signIn(page, 'demo-school');
    const status = await page.evaluate(async () => (await fetch('/sign-out', { method: 'POST' })).status);
    expect(status).toBe(403);
    await page.goto('/school');
    expect(new URL(page.url()).pathname).toBe('/school');
    await context.close();
  });
});
