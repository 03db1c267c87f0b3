import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { signToken } from '../../apps/api/src/auth/token-verifier';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { buildOnce, startEngine, type EngineProcess } from '../support/engine-process';
import { eventually } from '../support/eventually';
import { freePort } from '../../libs/database/src/free-port';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/** An OTLP/HTTP span as the JSON exporter sends it (ids in hex). */
type OtlpValue = { stringValue?: string; arrayValue?: { values?: OtlpValue[] } };
type OtlpSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Array<{ key: string; value: OtlpValue }>;
};
type OtlpExport = { resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: OtlpSpan[] }> }> };

const SERVER = 2;
const REQUEST_ID = 'trace-test-exclusion-1';

/** The collector: a small OTLP/HTTP receiver keeping every span the engine exports. */
function otlpReceiver(spans: OtlpSpan[]): Server {
  return createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const exported = JSON.parse(body) as OtlpExport;
        for (const resource of exported.resourceSpans ?? [])
          for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
}

const attribute = (span: OtlpSpan, key: string): string[] => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  if (!value) return [];
  return value.arrayValue ? (value.arrayValue.values ?? []).map((v) => v.stringValue ?? '') : [value.stringValue ?? ''];
};

let db: TestDatabase;
let receiver: Server;
let engine: EngineProcess | undefined;
let port: number;
const spans: OtlpSpan[] = [];

async function call(path: string, body: unknown, role: 'la_officer' | 'school', requestId?: string) {
  const org = role === 'school' ? '100001' : '201';
  const token = await signToken(DEV_JWT_SECRET, { sub: `trace-${role}`, role, org, la: '201' });
  const response = await fetch(`http://127.0.0.1:${port}/api${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify(body),
  });
  return response.status;
}

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  port = await freePort();
  receiver = otlpReceiver(spans);
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const collector = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  engine = await startEngine({
    DATABASE_URL: db.url,
    PORT: String(port),
    CLOCK: 'fixed:2025-10-23T08:00:00Z',
    OTEL_EXPORTER_OTLP_ENDPOINT: collector,
    OTEL_BSP_SCHEDULE_DELAY: '100',
  });
}, 120_000);

afterAll(async () => {
  if (engine && engine.child.exitCode === null) {
    engine.child.kill('SIGTERM');
    await engine.exited;
  }
  await new Promise((resolve) => receiver?.close(resolve));
  await db?.drop();
});

describe('tracing with an OTLP endpoint set', () => {
  it("follows one request's id from the HTTP span through the command and the append to the worker's process manager", async () => {
    expect(await call('/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' }, 'la_officer')).toBe(201);
    const body = '801200001001';
    const exclusion = {
      homeLaCode: '201',
      exclusionType: 'PERM',
      startDate: '2025-10-23',
      startsPartWay: false,
      reasons: ['PA'],
      yearGroup: 9,
    };
    expect(await call(`/pupils/${upnCheckLetter(body)}${body}/exclusions`, exclusion, 'school', REQUEST_ID)).toBe(201);

    const http = await eventually(
      async () => spans.find((s) => s.kind === SERVER && attribute(s, 'ap.request_id').includes(REQUEST_ID)),
      15_000,
      'the HTTP server span with the request id',
    );
    const inTrace = () => spans.filter((s) => s.traceId === http.traceId);
    const worker = await eventually(
      async () => inTrace().find((s) => s.name === 'process day6'),
      15_000,
      "the day-6 process manager's span in the request's trace",
    );
    expect(attribute(worker, 'ap.request_id')).toEqual([REQUEST_ID]);
    expect(attribute(worker, 'ap.event_type')).toEqual(['ExclusionRecorded']);

    // The command (one aggregate, or several in one transaction) names the request too.
    expect(
      inTrace().some((s) => s.name.startsWith('command') && attribute(s, 'ap.request_id').includes(REQUEST_ID)),
    ).toBe(true);
    const append = inTrace().find(
      (s) => s.name === 'event-store append' && attribute(s, 'ap.event_types').includes('ExclusionRecorded'),
    );
    expect(append && attribute(append, 'ap.request_id')).toEqual([REQUEST_ID]);
    // The pg instrumentation's span of the append query itself, inside the append span.
    const query = inTrace().find(
      (s) => s.parentSpanId === append!.spanId && JSON.stringify(s.attributes).includes('ap_append_events'),
    );
    expect(query).toBeDefined();
    // The worker's batch (projections too) joins the same trace, carrying the same request id.
    expect(
      inTrace().some((s) => s.name.startsWith('subscription ') && attribute(s, 'ap.request_id').includes(REQUEST_ID)),
    ).toBe(true);
  }, 60_000);

  it("joins a page's trace to the API calls the web makes for it", async () => {
    const base = `http://127.0.0.1:${port}`;
    const cookieOf = (response: Response) =>
      response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
    const signInPage = await fetch(`${base}/sign-in`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await signInPage.text())![1]!;
    const signedIn = await fetch(`${base}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieOf(signInPage), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, user: 'demo-la-officer' }),
    });
    expect(signedIn.status).toBe(302);
    const page = await fetch(`${base}/la`, { headers: { cookie: cookieOf(signedIn) } });
    expect(page.status).toBe(200);

    const mentions = (span: OtlpSpan, path: string) =>
      span.attributes.some((a) => a.value.stringValue?.split('?')[0]?.endsWith(path));
    const pageSpan = await eventually(
      async () => spans.find((s) => s.kind === SERVER && mentions(s, '/la')),
      15_000,
      "the web's span for the dashboard page",
    );
    const apiSpan = await eventually(
      async () =>
        spans.find((s) => s.kind === SERVER && s.traceId === pageSpan.traceId && mentions(s, '/api/la/dashboard')),
      15_000,
      "the API's span for the dashboard call, in the page's trace",
    );
    expect(apiSpan.traceId).toBe(pageSpan.traceId);
  }, 60_000);
});
