import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import autocannon from 'autocannon';
import { systemClock } from '../libs/application/src/clock';
import type { DatabaseConnection } from '../libs/database/src';
import { completeSections } from '../libs/domain/src/referral/referral.fixtures';
import { createApi } from '../apps/api/src/api.bootstrap';
import { DEV_JWT_SECRET } from '../apps/api/src/auth/auth.config';
import { signToken } from '../apps/api/src/auth/token-verifier';
import { createWorker } from '../apps/worker/src/worker.bootstrap';
import { round, type Figure } from './support';

type Scenario = Readonly<{ name: string; method: 'GET' | 'POST'; path: string; token: string; body?: string }>;

async function run(
  base: string,
  scenario: Scenario,
  rate: number,
  seconds: number,
): Promise<{ p50: number; p99: number; errors: number; rps: number }> {
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    method: scenario.method,
    headers: { authorization: `Bearer ${scenario.token}`, 'content-type': 'application/json' },
    body: scenario.body,
    connections: Math.min(50, Math.max(4, Math.ceil(rate / 20))),
    overallRate: rate,
    duration: seconds,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    rps: round(result.requests.average, 0),
  };
}

/** The API under rising request rates on this machine: p50/p99 per rate, and the rate at which p99 passes 100 ms. */
export async function apiBench(
  connection: DatabaseConnection,
  rates: readonly number[],
  seconds: number,
): Promise<Figure[]> {
  const worker: INestApplicationContext = await createWorker(connection, { clock: systemClock, audit: false });
  const api: INestApplication = await createApi({
    connection,
    clock: systemClock,
    auth: { secret: DEV_JWT_SECRET, development: true },
    rateLimitPerMinute: 10_000_000,
    clientRateLimitPerMinute: 10_000_000,
    logLevel: 'silent',
  });
  await api.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(api.getHttpServer().address() as { port: number }).port}`;
  const token = (role: 'la_officer' | 'school' | 'provider', org: string) =>
    signToken(DEV_JWT_SECRET, { sub: `bench-${role}`, role, org, la: '201' });
  const [la, school, provider] = await Promise.all([
    token('la_officer', '201'),
    token('school', '100001'),
    token('provider', 'prov-bench'),
  ]);
  const call = (t: string, method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
  await call(la, 'POST', '/schools', { urn: '100001', name: 'Bench School', laCode: '201' });
  await call(la, 'POST', '/providers', {
    providerId: 'prov-bench',
    name: 'Bench Provider',
    laCode: '201',
    registration: 'ukprn',
    ukprn: '10000001',
  });
  for (let i = 0; i < 30; i++) {
    const opened = (await (await call(school, 'POST', '/referrals', { reason: 'other' })).json()) as {
      referralId: string;
    };
    for (const { section, content } of completeSections(new Date().toISOString().slice(0, 10)))
      await call(school, 'PUT', `/referrals/${opened.referralId}/sections/${section}`, content);
    await call(school, 'POST', `/referrals/${opened.referralId}/submit`, { providerId: 'prov-bench' });
  }
  const scenarios: Scenario[] = [
    {
      name: 'open referral (POST)',
      method: 'POST',
      path: '/referrals',
      token: school,
      body: JSON.stringify({ reason: 'other' }),
    },
    { name: 'provider inbox (GET)', method: 'GET', path: '/providers/me/inbox', token: provider },
    { name: 'LA dashboard (GET)', method: 'GET', path: '/la/dashboard', token: la },
  ];
  const figures: Figure[] = [];
  try {
    for (const scenario of scenarios) {
      let knee: number | undefined;
      for (const rate of rates) {
        const r = await run(base, scenario, rate, seconds);
        const target = rate === 200 ? { target: 'p99 < 50 ms at 200 req/s', met: r.p99 < 50 } : {};
        figures.push({
          name: `API ${scenario.name} at ${rate} req/s: p50 / p99 (${r.rps} req/s served, ${r.errors} errors)`,
          value: r.p99,
          unit: 'ms p99',
          baseline: { name: 'p50', value: r.p50 },
          ...target,
        });
        if (knee === undefined && r.p99 > 100) knee = rate;
      }
      figures.push(
        knee
          ? { name: `API ${scenario.name}: first rate with p99 over 100 ms`, value: knee, unit: 'req/s' }
          : {
              name: `API ${scenario.name}: p99 stayed at or under 100 ms up to`,
              value: rates.at(-1)!,
              unit: 'req/s (the highest rate tried)',
            },
      );
    }
  } finally {
    await api.close();
    await worker.close();
  }
  return figures;
}
