import { SignJWT } from 'jose';
import { DEV_JWT_SECRET } from '../../apps/api/src/auth/auth.config';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

/** Issue 12: who the caller is comes from the directory; the token only names the user and the organisation. */
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const UPN = 'B801200005001';

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await registerOrganisations(app);
  await app.request({ role: 'la_officer', org: '202' }, 'POST', '/schools', {
    urn: '100202',
    name: 'Elm School',
    laCode: '202',
  });
});

afterAll(async () => {
  await app?.stop();
});

const key = new TextEncoder().encode(DEV_JWT_SECRET);
const nowS = () => Math.floor(Date.now() / 1000);

/** A token with exactly these claims and header (nothing added). */
const raw = (claims: Record<string, unknown>, alg = 'HS256', secret: Uint8Array = key) =>
  new SignJWT(claims).setProtectedHeader({ alg }).sign(secret);
const valid = (extra: Record<string, unknown> = {}) => ({
  sub: 'user-1',
  role: 'school',
  org: '100001',
  iat: nowS(),
  exp: nowS() + 3600,
  ...extra,
});

async function call(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const openReferral = (caller: Caller) =>
  app.request(caller, 'POST', '/referrals', {
    reason: 'suspension',
    upn: UPN,
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 2, reasons: ['DB'] },
  });

describe("the organisation's LA", () => {
  it("comes from the directory, not the token's la claim", async () => {
    const opened = await openReferral({ ...SCHOOL, la: '202' });
    expect(opened.status).toBe(201);
    const id = opened.body.referralId as string;
    expect((await app.request(LA, 'GET', `/referrals/${id}`)).status).toBe(200);
    expect((await app.request({ role: 'la_officer', org: '202' }, 'GET', `/referrals/${id}`)).status).toBe(404);
    expect((await app.request(LA, 'GET', `/referrals/${id}`)).body.commissioner.laCode).toBe('201');
  });
});

describe('an organisation the directory does not know', () => {
  it('is refused before it can open a referral or record an exclusion', async () => {
    const stranger: Caller = { role: 'school', org: '100077', la: '201' };
    const before = await app.db.pool.query('SELECT count(*)::int AS n FROM events');
    const opened = await openReferral(stranger);
    expect(opened.status).toBe(403);
    expect(opened.body.code).toBe('ORGANISATION_UNKNOWN');
    const excluded = await app.request(stranger, 'POST', `/pupils/${UPN}/exclusions`, {
      exclusionType: 'SUSP',
      firstDay: '2025-11-03',
      lengthSchoolDays: 2,
      reasons: ['DB'],
    });
    expect(excluded.status).toBe(403);
    const unknownProvider = await app.request({ role: 'provider', org: 'prov-nowhere' }, 'GET', '/providers/me/inbox');
    expect(unknownProvider.status).toBe(403);
    const unknownLa = await app.request({ role: 'la_officer', org: '999' }, 'GET', '/la/dashboard');
    expect(unknownLa.status).toBe(403);
    const after = await app.db.pool.query('SELECT count(*)::int AS n FROM events');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});

describe('the role', () => {
  it("must match the kind of organisation: a 'school' naming an LA reads and withdraws nothing of that LA's", async () => {
    const opened = await app.request(LA, 'POST', '/referrals', {
      reason: 'permanent_exclusion',
      upn: UPN,
      exclusion: { exclusionType: 'PERM', firstDay: '2025-11-03', reasons: ['PA'] },
    });
    expect(opened.status).toBe(201);
    const id = opened.body.referralId as string;
    const fake: Caller = { role: 'school', org: '201', la: '201' };
    const read = await app.request(fake, 'GET', `/referrals/${id}`);
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('ORGANISATION_UNKNOWN');
    expect((await app.request(fake, 'POST', `/referrals/${id}/withdraw`, { reason: 'x' })).status).toBe(403);
    expect((await app.request({ role: 'provider', org: '100001' }, 'GET', '/providers/me/inbox')).status).toBe(403);
    expect((await app.request({ role: 'la_officer', org: '100001' }, 'GET', '/la/dashboard')).status).toBe(403);
  });
});

describe('malformed claims', () => {
  it.each([
    ['org as an array', { org: ['100001', '201'] }],
    ['org as a number', { org: 100001 }],
    ['role as an array', { role: ['school'] }],
    ['sub as an object', { sub: { id: 'x' } }],
    ['name as an object', { name: { first: 'x' } }],
    ['an empty org', { org: '' }],
  ])('refuses %s', async (_label, claims) => {
    const answer = await call(await raw(valid(claims)), 'POST', '/referrals', { reason: 'other' });
    expect(answer.status).toBe(401);
  });
});

describe('token lifetimes and algorithms', () => {
  it('accepts a well-formed token', async () => {
    expect((await call(await raw(valid()), 'GET', '/referrals')).status).toBe(200);
  });

  it.each([
    ['no exp', { exp: undefined }],
    ['a lifetime beyond the configured maximum', { exp: nowS() + 13 * 3600 }],
    ['no iat with an exp beyond the maximum', { iat: undefined, exp: nowS() + 13 * 3600 }],
    ['an iat in the future beyond the skew', { iat: nowS() + 600, exp: nowS() + 1200 }],
    ['an expired token', { iat: nowS() - 7200, exp: nowS() - 3600 }],
  ])('refuses %s', async (_label, claims) => {
    expect((await call(await raw(valid(claims)), 'GET', '/referrals')).status).toBe(401);
  });

  it('refuses any algorithm but HS256 for the shared secret', async () => {
    expect((await call(await raw(valid(), 'HS512'), 'GET', '/referrals')).status).toBe(401);
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(valid())).toString('base64url');
    expect((await call(`${header}.${body}.`, 'GET', '/referrals')).status).toBe(401);
  });
});
