import { PostgresEventStore } from '../../libs/event-store/src';
import { buildOnce, crash, startWorker, type EngineProcess } from '../support/engine-process';
import { eventually } from '../support/eventually';
import { startSmtpServer } from '../support/mail-stand-ins';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const MESSAGES = 150;
const KILLS = 20;

let db: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let worker: EngineProcess | undefined;

const count = async (sql: string): Promise<number> => (await db.pool.query<{ n: number }>(sql)).rows[0]!.n;
const sent = () => count(`SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'sent'`);

/** A school with one inclusion inbox, and MESSAGES day-6 timelines each issuing a reminder it must hear of. */
async function seed(): Promise<void> {
  const store = new PostgresEventStore(db.pool);
  const responsible = { kind: 'school', organisationId: '100001' };
  await store.appendToStream('school-100001', [
    { id: crypto.randomUUID(), type: 'SchoolRegistered', data: { urn: '100001', name: 'Oak', laCode: '201' } },
    {
      id: crypto.randomUUID(),
      type: 'ContactSet',
      data: { contact: { contactId: 'inc', role: 'inclusion', email: 'inclusion@oak.example', delivery: 'immediate' } },
    },
  ]);
  for (let i = 0; i < MESSAGES; i++) {
    await store.appendToStream(`day6-crash${i}`, [
      {
        id: crypto.randomUUID(),
        type: 'Day6TimelineStarted',
        data: {
          periodId: `crash${i}`,
          upn: 'B801200005001',
          schoolUrn: '100001',
          responsible,
          escalateTo: '201',
          day1: '2025-10-23',
          day6: '2025-11-06',
          reminders: [],
        },
      },
      { id: crypto.randomUUID(), type: 'Day6ReminderIssued', data: { schoolDay: 3, day6: '2025-11-06', responsible } },
    ]);
  }
}

const env = () => ({
  DATABASE_URL: db.url,
  CLOCK: 'fixed:2025-11-03T00:00:01Z',
  NOTIFICATION_CHANNEL: 'smtp',
  SMTP_URL: smtp.url,
  // One message in flight per worker: a kill can repeat at most the one it was sending.
  NOTIFICATION_CONCURRENCY: '1',
  NOTIFICATION_BATCH: '5',
  NOTIFICATION_LEASE_MS: '1000',
  NOTIFICATION_POLL_MS: '50',
});

beforeAll(async () => {
  buildOnce();
  db = await createTestDatabase();
  smtp = await startSmtpServer({ delayMs: 5 });
  await seed();
}, 120_000);

afterEach(async () => {
  if (worker && worker.child.exitCode === null) await crash(worker);
  worker = undefined;
});

afterAll(async () => {
  await smtp?.close();
  await db?.drop();
});

describe('the notifier killed mid-send', () => {
  it('loses no message after twenty SIGKILLs, and repeats at most one per kill (with the same Message-ID)', async () => {
    let kills = 0;
    for (; kills < KILLS; kills++) {
      worker = await startWorker(env());
      const before = smtp.received.length;
      // Killed once it is sending: after one more message reached the server, at a random moment.
      await eventually(async () => smtp.received.length > before, 20_000, 'a message to be sent');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
      await crash(worker);
      if ((await sent()) === MESSAGES) break;
    }
    const sentBeforeLastRun = await sent();
    worker = await startWorker(env());
    await eventually(async () => (await sent()) === MESSAGES, 30_000, 'every message to be sent');

    const { rows } = await db.pool.query<{ message_id: string }>('SELECT message_id FROM notification_outbox');
    const expected = rows.map((r) => `<${r.message_id}@ap-pathway>`).sort();
    const received = smtp.received.map((m) => m.messageId);
    const repeated = received.length - new Set(received).size;
    console.log(
      `notifications: ${MESSAGES} messages, ${kills} kills, ${repeated} repeated (${sentBeforeLastRun} sent before the last run)`,
    );
    expect(rows).toHaveLength(MESSAGES);
    expect([...new Set(received)].sort()).toEqual(expected);
    expect(kills).toBe(KILLS);
    expect(repeated).toBeLessThanOrEqual(kills);
    expect(smtp.received.every((m) => m.to[0] === 'inclusion@oak.example')).toBe(true);
  }, 180_000);
});
