import { createHash } from 'node:crypto';
import { apiBaseUrl, loadConfig } from '../libs/config/src';
import { DEV_JWT_SECRET } from '../apps/api/src/auth/auth.config';
import { signToken } from '../apps/api/src/auth/token-verifier';
import {
  ENGLAND_STANDARD_CALENDAR,
  firstSchoolDayOnOrAfter,
  lastSchoolDayOnOrBefore,
} from '../libs/domain/src/calendar';
import type { Role } from '../libs/domain/src/shared/message';

/** What `seed:demo` and `demo:journey` share: where the API is (PORT or API_URL), signed demo users, the engine's day. */
const config = loadConfig();
export const API = apiBaseUrl(config);
const SECRET = config.JWT_SECRET ?? DEV_JWT_SECRET;

export type Call = (method: string, path: string, body?: unknown, absent?: 'absent-ok') => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The demo web users' own names (apps/web demo-users.ts), so the history names the same people as the sign-in page. */
const DEMO_PEOPLE: Readonly<Record<string, string>> = {
  'school:100001': 'Sam Patel',
  'provider:prov-bridges': 'Alex Morgan',
  'la_officer:201': 'Jo Williams',
  'la_auditor:201': 'Chris Evans',
  'admin:ap-pathway': 'Robin Clarke',
};
const OTHER_STAFF = ['Hannah Moore', 'Daniel Osei', 'Rachel Green', 'Imran Malik', 'Laura Jenkins', 'Owen Price'];

/** A person's name for the user who acts for an organisation: the same name for the same organisation every run. */
export function demoPersonName(role: Role, org: string): string {
  const known = DEMO_PEOPLE[`${role}:${org}`];
  if (known) return known;
  const hash = [...`${role}${org}`].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  return OTHER_STAFF[hash % OTHER_STAFF.length]!;
}

/** Calls the API as a user of that role and organisation (LA 201). 409 (already so) is an answer, not a failure. */
export async function as(role: Role, org: string, sub = `seed-${role}-${org}`): Promise<Call> {
  const token = await signToken(SECRET, { sub, role, org, la: '201', name: demoPersonName(role, org) });
  return async (method, path, body, absent) => {
    // An Idempotency-Key per call: running again the same day replays the same answers and writes nothing twice.
    const key = `seed-${createHash('sha256')
      .update(`${org}${method}${path}${JSON.stringify(body ?? null)}`)
      .digest('hex')
      .slice(0, 32)}`;
    let response: Response;
    try {
      response = await fetch(`${API}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(method === 'POST' ? { 'idempotency-key': key } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new DemoError(`Nothing answers at ${API}: start the engine with \`npm start\` (same PORT), or set API_URL`);
    }
    const text = await response.text();
    if (response.status === 404 && absent) return {};
    if (response.status >= 400 && response.status !== 409)
      throw new DemoError(`${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : {};
  };
}

export class DemoError extends Error {}

/** The engine's clock (which may be fixed or offset), and the school days either side of it. */
export async function engineDay(): Promise<{
  now: string;
  today: string;
  lastSchoolDay: string;
  nextSchoolDay: string;
}> {
  const admin = await as('admin', 'ap-pathway');
  const now = String((await admin('GET', '/admin/clock')).now);
  const today = now.slice(0, 10);
  return {
    now,
    today,
    lastSchoolDay: lastSchoolDayOnOrBefore(ENGLAND_STANDARD_CALENDAR, today),
    nextSchoolDay: firstSchoolDayOnOrAfter(ENGLAND_STANDARD_CALENDAR, today),
  };
}

/** Runs a demo script: a DemoError is one line and exit 1. */
export function runDemo(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof DemoError ? error.message : error);
    process.exit(1);
  });
}
