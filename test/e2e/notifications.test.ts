import { TestApp, type Caller } from '../support/test-app';
import { eventually } from '../support/eventually';
import { FAKE_NOTIFY_KEY, startNotifyStandIn, startSmtpServer } from '../support/mail-stand-ins';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { addCalendarDays } from '../../libs/domain/src/calendar/iso-date';

const LA201: Caller = { role: 'la_officer', org: '201', la: '201' };
const LA202: Caller = { role: 'la_officer', org: '202', la: '202' };
const OAK: Caller = { role: 'school', org: '100001', la: '201', sub: 'head-oak' };
const ELM: Caller = { role: 'school', org: '100002', la: '202' };
const upn = (n: string) => `${upnCheckLetter(`80120000${n}`)}80120000${n}`;
const PUPIL_A = upn('5001');
const PUPIL_B = upn('5002');

const ENV = {
  NOTIFICATION_CHANNEL: 'smtp',
  NOTIFICATION_CHANNEL_BY_LA: '202=notify',
  NOTIFY_API_KEY: FAKE_NOTIFY_KEY,
  NOTIFY_TEMPLATE_ALERT: 'template-alert',
  NOTIFY_TEMPLATE_DIGEST: 'template-digest',
  NOTIFY_CALLBACK_TOKEN: 'callback-secret',
  NOTIFICATION_SIGN_IN_URL: 'https://ap-pathway.example/sign-in',
  NOTIFICATION_POLL_MS: '30',
  NOTIFICATION_RETRY_MS: '30',
  NOTIFICATION_MAX_ATTEMPTS: '3',
  DEADLINE_POLL_MS: '30',
};

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let notify: Awaited<ReturnType<typeof startNotifyStandIn>>;

const count = async (sql: string, params: unknown[] = []) =>
  (await app.db.pool.query<{ n: number }>(sql, params)).rows[0]!.n;

/** Until the deadlines due, the log and the outbox have all been worked through and nothing moves any more. */
async function settle(): Promise<void> {
  let last = '';
  let stable = 0;
  await eventually(
    async () => {
      const snapshot = JSON.stringify([
        await count('SELECT count(*)::int AS n FROM deadlines WHERE due_at <= $1', [app.clock.now()]),
        await count(`SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'pending'`),
        await count(`SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'held' AND hold_until <= $1`, [
          app.clock.now(),
        ]),
        await count('SELECT count(*)::int AS n FROM events'),
        await count('SELECT count(*)::int AS n FROM notification_outbox'),
      ]);
      const idle = snapshot.startsWith('[0,0,0,');
      stable = idle && snapshot === last ? stable + 1 : 0;
      last = snapshot;
      return stable >= 3;
    },
    15_000,
    'the worker to settle',
  );
}

let seen = { smtp: 0, notify: 0 };
/** What reached the SMTP server and the Notify stand-in since the last call, as "channel address subject". */
function sentSinceLastLook(): string[] {
  const mails = smtp.received.slice(seen.smtp).map((m) => `smtp ${m.to.join(',')} ${m.subject}`);
  const calls = notify.calls.slice(seen.notify).map((c) => `notify ${c.email} ${c.personalisation['subject']}`);
  seen = { smtp: smtp.received.length, notify: notify.calls.length };
  return [...mails, ...calls].sort();
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  notify = await startNotifyStandIn();
  Object.assign(process.env, ENV, { SMTP_URL: smtp.url, NOTIFY_BASE_URL: notify.baseUrl });
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await app.request(LA201, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
  await app.request(LA202, 'POST', '/schools', { urn: '100002', name: 'Elm School', laCode: '202' });
  const contacts: Array<[Caller, string, Record<string, string>]> = [
    [OAK, '/schools/100001/contacts/inclusion', { role: 'inclusion', email: 'inclusion@oak.example' }],
    [OAK, '/schools/100001/contacts/dsl', { role: 'safeguarding_lead', email: 'dsl@oak.example' }],
    [OAK, '/schools/100001/contacts/admissions', { role: 'admissions', email: 'admissions@oak.example' }],
    [
      OAK,
      '/schools/100001/contacts/head',
      { role: 'named_user', email: 'head@oak.example', userId: 'head-oak', delivery: 'digest' },
    ],
    [LA201, '/las/201/contacts/inclusion', { role: 'inclusion', email: 'inclusion@la201.example' }],
    [LA201, '/las/201/contacts/vsh', { role: 'virtual_school_head', email: 'vsh@la201.example' }],
    [LA202, '/las/202/contacts/inclusion', { role: 'inclusion', email: 'inclusion@la202.example' }],
  ];
  for (const [caller, path, body] of contacts) expect((await app.request(caller, 'PUT', path, body)).status).toBe(200);
  const exclusion = (exclusionType: string, homeLaCode: string) => ({
    homeLaCode,
    exclusionType,
    startDate: '2025-10-23',
    startsPartWay: false,
    reasons: ['PA'],
    yearGroup: 9,
    ...(exclusionType === 'SUSP' ? { lengthSchoolDays: 10 } : {}),
  });
  expect((await app.request(OAK, 'POST', `/pupils/${PUPIL_A}/exclusions`, exclusion('SUSP', '201'))).status).toBe(201);
  expect((await app.request(ELM, 'POST', `/pupils/${PUPIL_B}/exclusions`, exclusion('PERM', '202'))).status).toBe(201);
  await settle();
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await smtp?.close();
  await notify?.close();
  for (const name of [...Object.keys(ENV), 'SMTP_URL', 'NOTIFY_BASE_URL']) delete process.env[name];
});

const REMINDER = 'An excluded pupil has no full-time education arranged yet';
const BREACH = 'Full-time education did not start by the sixth school day of an exclusion';
const DIGEST = 'AP Pathway: 1 thing needs your attention';

describe('the day-6 journey', () => {
  it('tells exactly the right people on days 3, 5 and 6, with a morning digest for the head on school days', async () => {
    expect(sentSinceLastLook()).toEqual([]);
    const timeline: Record<string, string[]> = {};
    for (let date = '2025-10-24'; date <= '2025-11-07'; date = addCalendarDays(date, 1)) {
      for (const time of ['00:00:01', '07:00:01']) {
        app.clock.set('fixed', `${date}T${time}.000Z`);
        await settle();
        const sent = sentSinceLastLook();
        if (sent.length > 0) timeline[`${date} ${time.slice(0, 5)}`] = sent;
      }
    }
    const reminders = [`notify inclusion@la202.example ${REMINDER}`, `smtp inclusion@oak.example ${REMINDER}`];
    expect(timeline).toEqual({
      '2025-11-03 00:00': reminders,
      '2025-11-03 07:00': [`smtp head@oak.example ${DIGEST}`],
      '2025-11-05 00:00': reminders,
      '2025-11-05 07:00': [`smtp head@oak.example ${DIGEST}`],
      '2025-11-06 00:00': [
        `notify inclusion@la202.example ${BREACH}`,
        `smtp dsl@oak.example ${BREACH}`,
        `smtp inclusion@la201.example ${BREACH}`,
        `smtp inclusion@oak.example ${BREACH}`,
      ],
      '2025-11-06 07:00': [`smtp head@oak.example ${DIGEST}`],
    });
  }, 120_000);

  it('carries the event and recipient as reference and Message-ID, and no pupil detail, only what, by when and a link', () => {
    for (const mail of smtp.received) {
      expect(mail.messageId).toMatch(/^<[\w.-]+@ap-pathway>$/);
      expect(mail.body).not.toContain(PUPIL_A);
      expect(mail.body).toContain('https://ap-pathway.example/sign-in');
    }
    const breach = smtp.received.find((m) => m.subject === BREACH && m.to[0] === 'dsl@oak.example')!;
    expect(breach.body).toContain('Thursday 6 November 2025');
    for (const call of notify.calls) {
      expect(call).toMatchObject({ templateId: 'template-alert', authorised: true });
      expect(call.reference).toMatch(/^[0-9a-f-]{36}\.[0-9a-f]{16}$/);
      expect(Object.keys(call.personalisation).sort()).toEqual(['by_when', 'sign_in_url', 'subject', 'what_happened']);
      expect(JSON.stringify(call.personalisation)).not.toContain(PUPIL_B);
    }
    const references = [...smtp.received.map((m) => m.messageId), ...notify.calls.map((c) => c.reference)];
    expect(new Set(references).size).toBe(references.length);
  });

  it('lists each user their notifications with the unread count, linking to the record, and marks one read', async () => {
    const list = await app.request(OAK, 'GET', '/notifications');
    expect(list.status).toBe(200);
    // The breach closes the reminders before it: only the breach still counts as unread.
    expect(list.body.unread).toBe(1);
    expect(list.body.notifications.map((n: { kind: string; resolved: boolean }) => [n.kind, n.resolved])).toEqual([
      ['day6_breach', false],
      ['day6_reminder', true],
      ['day6_reminder', true],
    ]);
    expect(list.body.notifications[0]).toMatchObject({ record: { kind: 'pupil', id: PUPIL_A }, dueBy: '2025-11-06' });
    const first = list.body.notifications[0].id as string;
    expect((await app.request(OAK, 'POST', `/notifications/${encodeURIComponent(first)}/read`)).status).toBe(200);
    expect((await app.request(OAK, 'GET', '/notifications')).body.unread).toBe(0);
    // Another user of the same school keeps their own unread count; another school cannot see or mark it.
    expect((await app.request({ ...OAK, sub: 'deputy-oak' }, 'GET', '/notifications')).body.unread).toBe(1);
    expect((await app.request(ELM, 'POST', `/notifications/${encodeURIComponent(first)}/read`)).status).toBe(404);
    const la = await app.request(LA201, 'GET', '/notifications');
    expect(la.body.notifications.map((n: { kind: string }) => n.kind)).toEqual(['day6_breach']);
  });
});

describe('a failing channel', () => {
  const ADMIN: Caller = { role: 'admin', org: 'ap-pathway' };
  const health = async () => (await app.request(undefined, 'GET', '/health')).body.info.notifications;
  /** A new permanent exclusion at Elm; its day-3 reminder goes to LA 202's inclusion team through Notify. */
  async function reminderFor(n: string, day1: string, day3: string): Promise<void> {
    app.clock.set('fixed', `${day1}T08:00:00.000Z`);
    const body = {
      homeLaCode: '202',
      exclusionType: 'PERM',
      startDate: day1,
      startsPartWay: false,
      reasons: ['PA'],
      yearGroup: 9,
    };
    expect((await app.request(ELM, 'POST', `/pupils/${upn(n)}/exclusions`, body)).status).toBe(201);
    await settle();
    app.clock.set('fixed', `${day3}T00:00:01.000Z`);
  }

  it('retries with backoff and sends once the channel answers again', async () => {
    notify.state.failNext = 2;
    const calls = notify.calls.length;
    await reminderFor('5003', '2025-11-07', '2025-11-11');
    await settle();
    expect(notify.calls.slice(calls).map((c) => c.email)).toEqual(['inclusion@la202.example']);
    const { rows } = await app.db.pool.query(
      `SELECT attempts, status FROM notification_outbox WHERE email = 'inclusion@la202.example' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({ attempts: 3, status: 'sent' });
  }, 30_000);

  it('parks a message after the last attempt, shows it on /health and /metrics, and sends it when released', async () => {
    notify.state.failWith = 500;
    const calls = notify.calls.length;
    await reminderFor('5004', '2025-11-12', '2025-11-14');
    await settle();
    // Its day-3 reminder, and the earlier pupil's day-5 reminder and day-6 breach that fell due meanwhile.
    const { parked, pending } = await health();
    expect({ parked, pending }).toEqual({ parked: 3, pending: 0 });
    expect((await app.request(undefined, 'GET', '/metrics')).body).toContain('ap_notifications{state="parked"} 3');
    notify.state.failWith = undefined;
    expect((await app.request(OAK, 'POST', '/admin/notifications/retry-parked')).status).toBe(403);
    expect((await app.request(ADMIN, 'POST', '/admin/notifications/retry-parked')).body).toEqual({ retried: 3 });
    await settle();
    expect(notify.calls.slice(calls).map((c) => c.email)).toEqual(Array(3).fill('inclusion@la202.example'));
    expect(await health()).toMatchObject({ parked: 0 });
  }, 30_000);

  it('records a bounce from Notify’s delivery receipt, which must carry Notify’s bearer token', async () => {
    const reference = notify.calls[0]!.reference;
    const receipt = { id: crypto.randomUUID(), reference, to: 'inclusion@la202.example', status: 'permanent-failure' };
    const wrong = await app.request(undefined, 'POST', '/notifications/notify-callback', receipt, {
      authorization: 'Bearer nope',
    });
    expect(wrong.status).toBe(401);
    const right = await app.request(undefined, 'POST', '/notifications/notify-callback', receipt, {
      authorization: 'Bearer callback-secret',
    });
    expect(right.status).toBe(204);
    expect(await health()).toMatchObject({ bounced: 1 });
    const { rows } = await app.db.pool.query('SELECT delivery_status FROM notification_outbox WHERE message_id = $1', [
      reference,
    ]);
    expect(rows).toEqual([{ delivery_status: 'permanent-failure' }]);
  });
});
