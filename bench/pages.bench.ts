import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import autocannon from 'autocannon';
import type { Pool } from 'pg';
import { AdjustableClock } from '../libs/application/src/clock';
import type { DatabaseConnection } from '../libs/database/src';
import { freePort } from '../libs/database/src/free-port';
import { addSchoolDays, ENGLAND_STANDARD_CALENDAR, firstSchoolDayOnOrAfter } from '../libs/domain/src/calendar';
import type { Role } from '../libs/domain/src/shared/message';
import { projectionLag } from '../libs/read-models/src/projection-runner';
import { createApi } from '../apps/api/src/api.bootstrap';
import { DEV_JWT_SECRET } from '../apps/api/src/auth/auth.config';
import { signToken } from '../apps/api/src/auth/token-verifier';
import { DEMO_USERS } from '../apps/web/src/auth/demo-users';
import { createWeb } from '../apps/web/src/web.bootstrap';
import { webConfigFromEnv } from '../apps/web/src/web.config';
import { createWorker } from '../apps/worker/src/worker.bootstrap';
import { generateLa, type LaWorkload } from './workload/generator';
import { seedPupilJourney, type Call } from './workload/journey';
import { round, timed, type Figure } from './support';

/**
 * Page render p99 at a fixed request rate (issues 13 and 14): the web app (apps/web) signed in as a demo user
 * through the development sign-in, in front of the API and worker in one process as `npm start` runs them, over one
 * LA of `pupils` pupils whose exclusions, referrals, placements and reviews are spread over a school year (the
 * clock walks the year week by week, so day-6 deadlines fire and breaches are recorded as they would be). Each
 * page is measured next to the API call it wraps, at the same rate in the same run.
 */
export async function pagesBench(
  connection: DatabaseConnection,
  options: {
    pupils: number;
    rate: number;
    seconds: number;
    log?: (line: string) => void;
    /** The compiled web app's entry (`dist/apps/web/src/main.js`): run it in its own process, as deployed. */
    webProcess?: string;
  },
): Promise<Figure[]> {
  const year = schoolYear();
  const clock = new AdjustableClock('fixed', `${year[0]}T16:00:00.000Z`);
  let worker: INestApplicationContext | undefined;
  const api = await benchApi(connection, clock);
  await api.listen(0, '127.0.0.1');
  const apiBase = baseOf(api);
  const web = options.webProcess
    ? await webInProcess(options.webProcess, connection.url, apiBase)
    : await webInThisProcess(connection, apiBase);
  const webBase = web.base;
  const figures: Figure[] = [];
  try {
    const la = generateLa(20261, '201', 1, options.pupils);
    // The year is written through the API with the worker stopped (two shared cores would take most of an hour to
    // run the projections alongside); the worker then catches up on the whole log: its process managers schedule
    // the day-6 deadlines, which are all due by the year's end, so the breaches are recorded then.
    const seeded = await timed(() => seedYear(apiBase, clock, la, year, options.log));
    const caughtUp = await timed(async () => {
      worker = await createWorker(connection, { clock, audit: false });
      await settle(connection.pool, clock.now());
    });
    const { rows } = await connection.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM events');
    figures.push({
      name: `LA 201 seeded over a school year (${year[0]} to ${year.at(-1)}): ${la.pupils.length} pupils, ${rows[0]!.n} events (pages served by the web app ${options.webProcess ? 'in its own process' : "in the API's process"}); written through the API in`,
      value: round(seeded.ms / 1000, 1),
      unit: 's',
      baseline: { name: 'projections caught up, s', value: round(caughtUp.ms / 1000, 1) },
    });
    const ids = seeded.value;
    const measure = async (page: Page) => {
      const cookie = await signIn(webBase, page.user);
      const check = await fetch(`${webBase}${page.path}`, { headers: { cookie }, redirect: 'manual' });
      const html = await check.text();
      if (check.status !== 200 || !html.includes(page.expect))
        throw new Error(`${page.path} answered ${check.status} without "${page.expect}": ${html.slice(0, 300)}`);
      const demo = DEMO_USERS.find((u) => u.id === page.user)!;
      const token = await tokenOf(demo.role, demo.organisationId, demo.id);
      // A few seconds at the rate first (not counted): a page's first requests compile its code and fill caches.
      const warmUp = { rate: options.rate, seconds: Math.min(3, options.seconds) };
      await load(`${apiBase}${page.api}`, { authorization: `Bearer ${token}` }, warmUp);
      const underlying = await load(`${apiBase}${page.api}`, { authorization: `Bearer ${token}` }, options);
      await load(`${webBase}${page.path}`, { cookie }, warmUp);
      const rendered = await load(`${webBase}${page.path}`, { cookie }, options);
      const load1 = round(loadavg()[0]!, 2);
      figures.push({
        name: `page ${page.name} (${page.path.replace(/[0-9a-f-]{36}|[A-Z]\d{12}/, ':id')}) at ${options.rate} req/s: p99 (p50 ${rendered.p50} ms; ${rendered.completed} completed, ${rendered.rps} req/s served, ${rendered.errors} errors; load average ${load1})`,
        value: rendered.p99,
        unit: 'ms p99',
        baseline: {
          name: `API ${page.api.replace(/[0-9a-f-]{36}|[A-Z]\d{12}/, ':id')} p99, p50 ${underlying.p50} ms, ${underlying.errors} errors`,
          value: underlying.p99,
        },
        target: `p99 < ${page.targetMs} ms at ${options.rate} req/s`,
        met: rendered.completed > 0 && rendered.p99 < page.targetMs && rendered.errors === 0,
      });
    };
    // Issue 13: the school's and the provider's pages (target 100 ms).
    await measure({
      name: "school's home",
      user: 'demo-school',
      path: '/school',
      api: '/referrals?limit=200',
      expect: 'govuk-table',
      targetMs: 100,
    });
    await measure({
      name: "provider's inbox",
      user: 'demo-provider',
      path: '/inbox',
      api: '/providers/me/inbox',
      expect: 'govuk-table',
      targetMs: 100,
    });
    await measure({
      name: 'referral task list',
      user: 'demo-school',
      path: `/referrals/${ids.draft}/tasks`,
      api: `/referrals/${ids.draft}`,
      expect: 'govuk-task-list',
      targetMs: 100,
    });
    await measure({
      name: 'referral page',
      user: 'demo-provider',
      path: `/referrals/${ids.submitted}`,
      api: `/referrals/${ids.submitted}`,
      expect: 'govuk-summary-card',
      targetMs: 100,
    });
    // Issue 14: the LA's morning screen and the pupil's whole story (target 150 ms).
    await measure({
      name: 'LA compliance dashboard',
      user: 'demo-la-officer',
      path: '/la',
      api: '/la/dashboard',
      expect: 'govuk-table',
      targetMs: 150,
    });
    await measure({
      name: "LA pupil's page",
      user: 'demo-la-officer',
      path: `/la/pupils/${ids.longestStory}`,
      api: `/pupils/${ids.longestStory}/record?accessLogLimit=20`,
      expect: 'moj-timeline',
      targetMs: 150,
    });
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 2000)); // page requests autocannon left in flight finish first
    await web.stop();
    await api.close();
    await worker?.close();
  }
  return figures;
}

/** The API as the page benchmark runs it: the development sign-in's tokens, no rate limit in the way, no logs. */
export const benchApi = (connection: DatabaseConnection, clock: AdjustableClock): Promise<INestApplication> =>
  createApi({
    connection,
    clock,
    auth: { secret: DEV_JWT_SECRET, development: true },
    rateLimitPerMinute: 10_000_000,
    clientRateLimitPerMinute: 10_000_000,
    logLevel: 'silent',
  });

/** The web app in this process (the smoke test, which runs from source), beside the API and worker. */
async function webInThisProcess(connection: DatabaseConnection, apiBase: string) {
  const config = webConfigFromEnv({ DEV_MODE: 'true' }, { apiUrl: apiBase, devJwtSecret: DEV_JWT_SECRET });
  const web: NestExpressApplication = await createWeb({ config, sessionPool: connection.pool, logLevels: ['error'] });
  await web.listen(0, '127.0.0.1');
  return { base: baseOf(web), stop: () => web.close() };
}

/**
 * The web app in a process of its own (`npm run start:web`), calling the API over HTTP as it does when deployed
 * apart from it, with its sessions in the same database.
 */
async function webInProcess(entry: string, databaseUrl: string, apiBase: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_URL: apiBase,
      DEV_MODE: 'true',
      JWT_SECRET: DEV_JWT_SECRET,
      PORT: String(port),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (const deadline = Date.now() + 60_000; !output.includes('AP Pathway web on'); ) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The web app did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export type Page = Readonly<{
  name: string;
  user: string;
  path: string;
  api: string;
  expect: string;
  targetMs: number;
}>;

const baseOf = (app: INestApplication) =>
  `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;

export const tokenOf = (role: Role, org: string, sub = `bench-${role}-${org}`) =>
  signToken(DEV_JWT_SECRET, { sub, role, org, la: '201', name: `Bench ${role}` });

/** Signs in through the development sign-in page (its CSRF token and session cookie), as a person would. */
export async function signIn(webBase: string, userId: string): Promise<string> {
  const form = await fetch(`${webBase}/sign-in`);
  const first = cookieOf(form);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf) throw new Error('The sign-in page has no CSRF token');
  const signedIn = await fetch(`${webBase}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: first, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ user: userId, _csrf: csrf }).toString(),
  });
  if (signedIn.status !== 302) throw new Error(`Signing in as ${userId} answered ${signedIn.status}`);
  return cookieOf(signedIn) || first;
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

/** autocannon at a fixed overall rate; enough connections that a slow page does not lower the rate offered. */
async function load(
  url: string,
  headers: Record<string, string>,
  options: { rate: number; seconds: number },
): Promise<{ p50: number; p99: number; errors: number; rps: number; completed: number }> {
  const result = await autocannon({
    url,
    headers,
    connections: Math.max(10, Math.ceil(options.rate / 5)),
    overallRate: options.rate,
    duration: options.seconds,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    rps: round(result.requests.average, 0),
    completed: result.requests.total,
  };
}

/** The school days from the second week of September 2025 to mid-July 2026, one a week (the seeding batches). */
export function schoolYear(): string[] {
  const weeks: string[] = [];
  for (
    let day = firstSchoolDayOnOrAfter(ENGLAND_STANDARD_CALENDAR, '2025-09-15');
    day <= '2026-07-17';
    day = addSchoolDays(ENGLAND_STANDARD_CALENDAR, day, 5)
  )
    weeks.push(day);
  return weeks;
}

/**
 * The LA's year, a week at a time: the clock is set to that week's school day and its pupils are seeded through the
 * API concurrently (the same journeys as `npm run seed:demo`, dated from that day); then the projections catch up.
 * Returns the referrals the pages open: a draft of the demo school, one in the demo provider's inbox, and the pupil
 * with the longest history.
 */
export async function seedYear(
  apiBase: string,
  clock: AdjustableClock,
  la: LaWorkload,
  weeks: readonly string[],
  log: (line: string) => void = () => undefined,
): Promise<{ draft: string; submitted: string; longestStory: string }> {
  const as = async (role: Role, org: string): Promise<Call> => {
    const token = await tokenOf(role, org);
    return async (method, path, body) => {
      const response = await fetch(`${apiBase}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 400) throw new Error(`Seeding: ${method} ${path} answered ${response.status}: ${text}`);
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    };
  };
  const officer = await as('la_officer', la.laCode);
  if (la.name) await officer('PUT', `/las/${la.laCode}/name`, { name: la.name });
  for (const school of la.schools) await officer('POST', '/schools', { ...school, laCode: la.laCode });
  for (const p of la.providers) await officer('POST', '/providers', { ...p, laCode: la.laCode });
  const providers = la.providers.slice(0, 3).map((p) => p.providerId);
  const found = { draft: '', submitted: '', longestStory: '' };
  for (const [w, day] of weeks.entries()) {
    clock.set('fixed', `${day}T16:00:00.000Z`);
    if (w % 10 === 0) log(`  week of ${day}`);
    const batch = la.pupils
      .map((pupil, i) => ({ pupil, i }))
      .filter(({ i }) => Math.floor((i * weeks.length) / la.pupils.length) === w);
    await Promise.all(
      batch.map(async ({ pupil, i }) => {
        const start = addSchoolDays(ENGLAND_STANDARD_CALENDAR, day, -(i % 8));
        const days = { start, sectionsAsOf: day, today: day, noticeGivenAt: `${start}T15:00:00Z` };
        const id = await seedPupilJourney(as, pupil, i, days, providers);
        if (pupil.schoolUrn === '100001' && !pupil.permanent && pupil.stage === 0) found.draft ||= id;
        if (pupil.providerIndex === 0 && pupil.stage > 0 && pupil.stage < 3) found.submitted = id;
        if (pupil.stage === 5 && pupil.informationRequest && pupil.declinedFirst) found.longestStory = pupil.upn;
      }),
    );
  }
  log(`  seeded ${la.pupils.length} pupils up to ${weeks.at(-1)}; the worker catches up`);
  if (!found.draft) {
    // A small LA may give the demo school no draft: it opens one on the last day.
    const school = await as('school', '100001');
    found.draft = String((await school('POST', '/referrals', { reason: 'other' })).referralId);
  }
  found.longestStory ||= la.pupils.find((p) => p.stage === 5)?.upn ?? la.pupils[0]!.upn;
  return found;
}

/**
 * Waits until the worker is idle: every projection has applied the whole log, no deadline is due by the clock, and
 * the log has not grown for two seconds (the process managers' own events, and those of the deadlines they fire).
 */
export async function settle(pool: Pool, now: string, timeoutMs = 1_200_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let still = 0;
  for (;;) {
    const lag = await projectionLag(pool);
    const { rows } = await pool.query<{ events: string; due: string }>(
      'SELECT (SELECT count(*) FROM events)::text AS events, (SELECT count(*) FROM deadlines WHERE due_at <= $1)::text AS due',
      [now],
    );
    const idle = lag.every((p) => p.eventsBehind === 0) && rows[0]!.due === '0' && rows[0]!.events === last;
    still = idle ? still + 1 : 0;
    if (still >= 4) return;
    last = rows[0]!.events;
    if (Date.now() > deadline) throw new Error(`The worker did not catch up: ${JSON.stringify({ lag, ...rows[0] })}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
