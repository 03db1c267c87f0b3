import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { TestApp, type Caller } from '../support/test-app';
import { SAMPLE_BODIES } from './route-catalogue';

/**
 * Issue 18: malformed values for every parameter and body field of every route in the OpenAPI document, generated
 * from the document itself. Each must answer a 4xx problem naming what was wrong, never a 5xx, and a refused request
 * writes nothing (not even an access-log read).
 */
jest.setTimeout(180_000);

const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const ADMIN: Caller = { role: 'admin', org: 'ap-pathway' };
const UPN = 'B801200005001';

type Operation = { parameters?: Array<{ name: string; in: string }>; requestBody?: unknown };
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};

/** Percent-encoded already: a lone surrogate cannot go through encodeURIComponent. */
const QUERY_VALUES = ['-1', '0', 'abc', '1.5', '100000', '2025-02-30', '99999', '%2B275760-09-13T00%3A00%3A00Z'];
const MORE_QUERY_VALUES = ['-000001-01-01T00%3A00%3A00Z', '%20%20%20', 'a%00b', '%ED%A0%80'];
const PATH_VALUES = ['a%00b', '%20%20%20', '-1'];
const deep = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};
const BODY_VALUES: unknown[] = [null, '   ', 'a\u0000b', 'x\ud800', -1.5, {}];

let app: TestApp;
let doc: Doc;
const ids: Record<string, string> = { upn: UPN, section: 'medical', urn: '100001', laCode: '201' };

/**
 * Events written by requests: the worker's own (process managers and deadlines, as the system) can land at any moment
 * while the worker catches up on the set-up, and are not a refused request's writes (seen once in CI).
 */
const writes = async (): Promise<number> =>
  (
    await app.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE coalesce(metadata->'actor'->>'role', '') <> 'system'`,
    )
  ).rows[0].n;
const fill = (path: string, override: Record<string, string> = {}) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => override[name] ?? ids[name] ?? 'none');
const callerFor = (method: string, path: string): Caller =>
  path.startsWith('/admin')
    ? ADMIN
    : /\/(accept|decline)$|information-requests$|^\/placements|^\/providers\/me/.test(path)
      ? PROVIDER
      : /^\/(schools|las|providers)/.test(path) || method === 'GET'
        ? LA
        : SCHOOL;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await app.request(LA, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
  await app.request(LA, 'POST', '/providers', SAMPLE_BODIES['POST /providers']);
  await app.request(LA, 'POST', '/providers', {
    providerId: 'prov-bridges',
    name: 'Bridges',
    laCode: '201',
    registration: 'ukprn',
    ukprn: '10012345',
  });
  const opened = await app.request(SCHOOL, 'POST', '/referrals', { reason: 'suspension', upn: UPN });
  ids['id'] = opened.body.referralId;
  for (const { section, content } of completeSections())
    await app.request(SCHOOL, 'PUT', `/referrals/${ids['id']}/sections/${section}`, content);
  await app.request(SCHOOL, 'POST', `/referrals/${ids['id']}/submit`, { providerId: 'prov-bridges' });
  doc = (await app.request(undefined, 'GET', '/openapi.json')).body;
});

afterAll(async () => {
  await app?.stop();
});

type Failure = string;

async function probe(
  method: string,
  path: string,
  body: unknown,
  what: string,
  failures: Failure[],
  caller = callerFor(method, path),
): Promise<void> {
  const before = await writes();
  const answer = await app.request(caller, method, path, body === undefined ? undefined : JSON.stringify(body));
  const written = (await writes()) - before;
  if (answer.status >= 500) failures.push(`${what} → ${answer.status} ${answer.body?.code ?? ''}`);
  else if (answer.status >= 400 && written > 0) failures.push(`${what} → ${answer.status} but wrote ${written}`);
  else if (answer.status === 400 && !answer.body?.field) failures.push(`${what} → 400 without a field`);
}

const schemaOf = (operation: Operation): Record<string, unknown> => {
  const ref = JSON.stringify(operation.requestBody ?? '').match(/#\/components\/schemas\/(\w+)/)?.[1];
  return (ref && doc.components.schemas[ref]?.properties) || {};
};

describe('malformed input on every route of the OpenAPI document', () => {
  it('answers every malformed query and path value with a 4xx naming the field, and writes nothing', async () => {
    const failures: Failure[] = [];
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        const body = SAMPLE_BODIES[`${method.toUpperCase()} ${path}`];
        for (const parameter of operation.parameters ?? []) {
          if (parameter.in === 'query')
            for (const value of [...QUERY_VALUES, ...MORE_QUERY_VALUES]) {
              const url = `${fill(path)}?${parameter.name}=${value}`;
              await probe(method.toUpperCase(), url, body, `${method} ${path} ${parameter.name}=${value}`, failures);
            }
          if (parameter.in === 'path')
            for (const value of PATH_VALUES)
              await probe(
                method.toUpperCase(),
                fill(path, { [parameter.name]: value }),
                body,
                `${method} ${path} {${parameter.name}}=${value}`,
                failures,
              );
        }
      }
    expect(failures).toEqual([]);
  });

  it('answers every malformed body field with a 4xx naming the field, and writes nothing', async () => {
    const failures: Failure[] = [];
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(operations)) {
        if (method === 'get') continue;
        const sample = (SAMPLE_BODIES[`${method.toUpperCase()} ${path}`] ?? {}) as Record<string, unknown>;
        const fields = new Set([...Object.keys(schemaOf(operation)), ...Object.keys(sample)]);
        // One write count per route (all of its malformed bodies must be refused), to keep the file fast.
        const before = await writes();
        const statuses = new Set<number>();
        const send = async (body: unknown, what: string) => {
          const answer = await app.request(
            callerFor(method.toUpperCase(), path),
            method.toUpperCase(),
            fill(path),
            JSON.stringify(body),
          );
          statuses.add(answer.status);
          if (answer.status >= 500)
            failures.push(`${method} ${path} ${what} → ${answer.status} ${answer.body?.code ?? ''}`);
          if (answer.status === 400 && !answer.body?.field)
            failures.push(`${method} ${path} ${what} → 400 without a field`);
        };
        for (const field of fields)
          for (const value of BODY_VALUES)
            await send({ ...sample, [field]: value }, `${field}=${JSON.stringify(value)}`);
        await send(deep(3_000), '3,000-deep body');
        if ([...statuses].every((status) => status >= 400) && (await writes()) !== before)
          failures.push(`${method} ${path}: refused bodies wrote events`);
      }
    expect(failures).toEqual([]);
  });

  it('refuses what the rules refuse: an approval without every check, a read with a bad date, an admin listing', async () => {
    const approve = (checks: unknown) =>
      app.request(LA, 'POST', '/providers/prov-new/approval', { approvedOn: '2025-11-03', checks });
    for (const checks of [{}, [], { safeguarding: true }, undefined])
      expect([400, 422]).toContain((await approve(checks)).status);
    expect((await app.db.pool.query(`SELECT 1 FROM events WHERE type = 'ProviderApproved'`)).rowCount).toBe(0);
    const reads = async () => (await app.db.pool.query(`SELECT 1 FROM events WHERE category = 'access'`)).rowCount ?? 0;
    const before = await reads();
    for (const query of ['asOf=2025-02-30', 'from=-1', 'to=99999', 'asOf=2025-11-03&compareTo=abc'])
      expect((await app.request(LA, 'GET', `/pupils/${UPN}/history?${query}`)).body).toMatchObject({
        status: 400,
        rule: 'isISO8601',
      });
    expect(await reads()).toBe(before);
    expect((await app.request(ADMIN, 'GET', '/referrals')).status).toBe(403);
    expect((await app.request(LA, 'GET', '/providers?laCode=abc')).body).toMatchObject({ status: 400, field: 'laCode' });
    expect((await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other', upn: null })).body).toMatchObject({
      status: 400,
      field: 'upn',
    });
    expect((await app.request(SCHOOL, 'POST', '/referrals', { reason: '   ' })).status).toBe(400);
  });
});
