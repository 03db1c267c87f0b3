import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { createWeb } from '../../apps/web/src/web.bootstrap';
import { webConfigFromEnv } from '../../apps/web/src/web.config';
import { accessibilityViolations, launchChromium } from './browser';
import { TestApp } from './test-app';
import { registerOrganisations } from './world';

/**
 * The whole service for a browser suite: the engine (API and worker on a test database with a fixed clock), the
 * web app in front of it, and one Chromium. Pages are visited as a user would, and each is checked with axe.
 */
export class WebWorld {
  private constructor(
    readonly app: TestApp,
    readonly web: NestExpressApplication,
    readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  static async start(now = '2025-11-03T08:00:00.000Z', options: { sessionMinutes?: number } = {}): Promise<WebWorld> {
    const browser = await launchChromium();
    const app = await TestApp.start(now);
    await registerOrganisations(app, { calendar: 'la' });
    const config = webConfigFromEnv(
      { NODE_ENV: 'test', SESSION_TIMEOUT_MINUTES: String(options.sessionMinutes ?? 30) },
      { apiUrl: app.baseUrl, devJwtSecret: DEV_JWT_SECRET },
    );
    const web = await createWeb({ config, sessionPool: app.db.pool, logLevels: ['error'] });
    await web.listen(0, '127.0.0.1');
    const { port } = web.getHttpServer().address() as { port: number };
    await fetch(`http://127.0.0.1:${port}/sign-in`); // compiles the layout once, before the clock starts
    return new WebWorld(app, web, browser, `http://127.0.0.1:${port}`);
  }

  /** A fresh browser context (its own cookies), optionally with JavaScript off. */
  async context(options: { javaScript?: boolean } = {}): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      javaScriptEnabled: options.javaScript ?? true,
    });
    // Generous for two shared, busy cores; a real failure still shows what the page said.
    context.setDefaultTimeout(20_000);
    return context;
  }

  /** Signs in as a demo user through the development sign-in page. */
  async signIn(page: Page, userId: string): Promise<void> {
    await page.goto('/sign-in');
    await page.check(`input[name="user"][value="${userId}"]`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }

  private readonly checked = new Set<string>();

  /**
   * Fails with the violations when axe finds any on the page. Each kind of page (its route, with and without an
   * error summary) is analysed once per suite: axe takes seconds a page on two busy cores.
   */
  async expectAccessible(page: Page): Promise<void> {
    const url = new URL(page.url());
    const route = url.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27,}|rq-[\w-]+/g, ':id');
    const kind = `${route} ${(await page.locator('.govuk-error-summary').count()) > 0 ? 'errors' : ''}`;
    if (this.checked.has(kind)) return;
    this.checked.add(kind);
    const started = Date.now();
    const violations = await accessibilityViolations(page);
    if (process.env.AXE_TIMING) console.log(`axe ${Date.now() - started} ms ${page.url()}`);
    if (violations.length > 0) throw new Error(`axe found on ${page.url()}:\n${violations.join('\n')}`);
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.web.close();
    await this.app.stop();
  }
}
