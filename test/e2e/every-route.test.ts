import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import OPENAPI_31_SCHEMA from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { TestApp, type Caller } from '../support/test-app';
import { registerBystanders } from '../support/world';
import { NOT_RECORD_SCOPED, RESPONSE_SCHEMA_PENDING, SAMPLE_BODIES } from './route-catalogue';

const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const FOREIGN: Caller[] = [
  { role: 'school', org: '100099', la: '201' },
  { role: 'provider', org: 'prov-other', la: '201' },
  { role: 'la_officer', org: '203', la: '203' },
  { role: 'la_auditor', org: '203', la: '203' },
];
const UPN = 'B801200005001';

let app: TestApp;
let doc!: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
/** Every (route, status) answered in these tests, to check against what the OpenAPI document says each route answers. */
const answered = new Set<string>();
let routes: Array<{ method: string; path: string }>;
const params: Record<string, string> = {
  upn: UPN,
  section: 'medical',
  urn: '100001',
  laCode: '201',
  requestId: 'rq-none',
  table: 'day6',
};

const eventCount = async () =>
  (
    await app.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE category NOT IN ('access', 'accesslist')`,
    )
  ).rows[0].n;
const fill = (path: string, id: string) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? id : params[name]!));

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await app.request(LA, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
  await app.request(LA, 'POST', '/providers', {
    providerId: 'prov-bridges',
    name: 'Bridges',
    laCode: '201',
    registration: 'school',
    urn: '140001',
  });
  await registerBystanders(app);
  const exclusion = await app.request(
    SCHOOL,
    'POST',
    `/pupils/${UPN}/exclusions`,
    SAMPLE_BODIES['POST /pupils/{upn}/exclusions'],
  );
  params['exclusionId'] = exclusion.body.exclusionId;
  const opened = await app.request(SCHOOL, 'POST', '/referrals', {
    reason: 'suspension',
    upn: UPN,
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 2, reasons: ['DB'] },
  });
  params['id'] = opened.body.referralId;
  for (const { section, content } of completeSections())
    await app.request(SCHOOL, 'PUT', `/referrals/${params['id']}/sections/${section}`, content);
  await app.request(SCHOOL, 'POST', `/referrals/${params['id']}/submit`, { providerId: 'prov-bridges' });
  await app.request(PROVIDER, 'POST', `/referrals/${params['id']}/accept`, {
    startDate: '2025-11-03',
    hoursPerWeek: 25,
  });
  doc = (await app.request(undefined, 'GET', '/openapi.json')).body;
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
});

afterAll(async () => {
  await app?.stop();
});

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, and every operation has a summary and documents its errors', async () => {
    const doc = (await app.request(undefined, 'GET', '/openapi.json')).body as {
      openapi: string;
      paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>>;
    };
    const ajv = new Ajv2020({ strict: false, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(OPENAPI_31_SCHEMA);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    const undocumented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(
          ([, op]) =>
            !op.summary ||
            (!path.startsWith('/health') &&
              !path.startsWith('/metrics') &&
              !Object.keys(op.responses).some((code) => code.startsWith('4'))),
        )
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('documents the schema of every 2xx answer (the LA service and every new route)', () => {
    const hasSchema = (op: { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }) =>
      Object.entries(op.responses).some(
        ([code, answer]) =>
          code.startsWith('2') && Object.values(answer.content ?? {}).some((c) => c.schema !== undefined),
      );
    const documented = (route: { method: string; path: string }) =>
      hasSchema(doc.paths[route.path]![route.method.toLowerCase()] as never);
    const missing = routes.filter((r) => !RESPONSE_SCHEMA_PENDING.has(`${r.method} ${r.path}`) && !documented(r));
    expect(missing.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const done = [...RESPONSE_SCHEMA_PENDING].filter((entry) =>
      routes.some((r) => `${r.method} ${r.path}` === entry && documented(r)),
    );
    expect(done).toEqual([]);
    for (const route of ['GET /la/dashboard', 'GET /pupils/{upn}/history', 'PUT /las/{laCode}/timelines'])
      expect(RESPONSE_SCHEMA_PENDING.has(route)).toBe(false);
  });
});

describe('every route', () => {
  it('has a sample body in the catalogue (so new routes cannot skip these checks)', () => {
    const missing = routes.filter((r) => r.method !== 'GET' && SAMPLE_BODIES[`${r.method} ${r.path}`] === undefined);
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
  });

  it('answers another school, provider or LA with 404 (or 403 for a role that may never call it), and writes nothing', async () => {
    const scoped = routes.filter((r) => !NOT_RECORD_SCOPED.has(`${r.method} ${r.path}`));
    expect(scoped.length).toBeGreaterThan(25);
    const before = await eventCount();
    const failures: string[] = [];
    for (const route of scoped) {
      for (const caller of FOREIGN) {
        const response = await app.request(
          caller,
          route.method,
          fill(route.path, params['id']!),
          SAMPLE_BODIES[`${route.method} ${route.path}`],
        );
        if (![403, 404].includes(response.status))
          failures.push(
            `${caller.role} ${caller.org} ${route.method} ${route.path} → ${response.status} ${response.body.code ?? ''}`,
          );
      }
    }
    expect(failures).toEqual([]);
    const { rows: written } = await app.db.pool.query(
      `SELECT stream_id, type, metadata->'actor' AS actor FROM events WHERE category NOT IN ('access', 'accesslist') AND metadata->'actor'->>'role' <> 'system' ORDER BY global_position OFFSET $1`,
      [before],
    );
    expect(written).toEqual([]);
  }, 180_000); // every route × every outside caller: ~15 s alone, minutes on two loaded cores

  it('answers random bodies with a 4xx problem, never a 5xx, and a refused request writes nothing', async () => {
    const writes = routes.filter((r) => r.method !== 'GET' && !r.path.startsWith('/admin'));
    const owner = (path: string): Caller =>
      path.includes('/accept') ||
      path.includes('/decline') ||
      (path.includes('/information-requests') && !path.includes('answer')) ||
      path.startsWith('/placements')
        ? PROVIDER
        : path.startsWith('/schools') || path.startsWith('/las') || path.startsWith('/providers')
          ? LA
          : SCHOOL;
    const body = fc.oneof(
      fc.object({ maxDepth: 2 }),
      fc.dictionary(
        fc.constantFrom(
          'upn',
          'startDate',
          'hoursPerWeek',
          'reason',
          'providerId',
          'items',
          'sections',
          'kind',
          'extra',
        ),
        fc.anything({ maxDepth: 2 }),
      ),
      fc.anything({ maxDepth: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), body, async (route, payload) => {
        const before = await eventCount();
        const response = await app.request(
          owner(route.path),
          route.method,
          fill(route.path, params['id']!),
          JSON.stringify(payload ?? null),
        );
        expect(response.status).toBeLessThan(500);
        answered.add(`${route.method} ${route.path} ${response.status}`);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(typeof response.body.code).toBe('string');
          expect(await eventCount()).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('answered only with statuses the OpenAPI document lists for each route (413 and 429 apply to every route)', () => {
    const undocumented = [...answered].filter((entry) => {
      const [method, path, status] = entry.split(' ') as [string, string, string];
      const responses = doc.paths[path]?.[method.toLowerCase()]?.responses ?? {};
      return !['413', '429'].includes(status) && responses[status] === undefined;
    });
    expect(answered.size).toBeGreaterThan(30);
    expect(undocumented).toEqual([]);
  });

  it("keeps one school's exclusions from another school that excludes the same pupil", async () => {
    const otherSchool: Caller = { role: 'school', org: '100099', la: '201' };
    const own = await app.request(otherSchool, 'POST', `/pupils/${UPN}/exclusions`, {
      ...(SAMPLE_BODIES['POST /pupils/{upn}/exclusions'] as object),
      startDate: '2025-12-01',
    });
    expect(own.status).toBe(201);
    const listed = await app.request(otherSchool, 'GET', `/pupils/${UPN}/exclusions`);
    expect(Object.keys(listed.body.exclusions)).toEqual([own.body.exclusionId]);
    expect(
      (
        await app.request(otherSchool, 'POST', `/pupils/${UPN}/exclusions/${params['exclusionId']}/cancel`, {
          outcome: 'cancelled',
          decidedOn: '2025-12-01',
        })
      ).status,
    ).toBe(404);
    const history = await app.request(otherSchool, 'GET', `/pupils/${UPN}/history`);
    const exclusionEvents = (history.body.events as Array<{ streamId: string; data: { exclusionId?: string } }>).filter(
      (e) => e.streamId.startsWith('exclusions-'),
    );
    expect(exclusionEvents.map((e) => e.data.exclusionId)).toEqual([own.body.exclusionId]);
    expect(history.body.streams.some((s: string) => s.startsWith('referral-'))).toBe(false);
  });

  it('refuses an oversized body with 413 and writes nothing', async () => {
    const before = await eventCount();
    const huge = await app.request(SCHOOL, 'PUT', `/referrals/${params['id']}/sections/medical`, {
      needs: 'x'.repeat(300_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await eventCount()).toBe(before);
  });
});
