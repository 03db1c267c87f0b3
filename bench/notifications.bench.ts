import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../libs/config/src';
import { systemClock } from '../libs/application/src/clock';
import { PostgresEventStore } from '../libs/event-store/src';
import { DigestAssembler } from '../apps/worker/src/notifications/digest-assembler';
import { notificationConfig } from '../apps/worker/src/notifications/notification.config';
import { NotificationSender } from '../apps/worker/src/notifications/notification-sender.service';
import { NotifierService } from '../apps/worker/src/notifications/notifier.service';
import { percentile, round, type Figure } from './support';

const RESPONSIBLE = { kind: 'school', organisationId: '100001' };

/** A local SMTP server that accepts everything: the channel's far end, on the same machine. */
async function smtpSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A day-6 timeline whose reminder the school's inclusion inbox must hear of. */
async function reminder(store: PostgresEventStore, i: string): Promise<void> {
  await store.appendToStream(`day6-bench${i}`, [
    {
      id: randomUUID(),
      type: 'Day6TimelineStarted',
      data: {
        periodId: `bench${i}`,
        upn: 'B801200005001',
        schoolUrn: '100001',
        responsible: RESPONSIBLE,
        escalateTo: '201',
        day1: '2025-10-23',
        day6: '2025-11-06',
        reminders: [],
      },
    },
    {
      id: randomUUID(),
      type: 'Day6ReminderIssued',
      data: { schoolDay: 3, day6: '2025-11-06', responsible: RESPONSIBLE },
    },
  ]);
}

const sentCount = async (pool: Pool) =>
  (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'sent'`)).rows[0]!
    .n;

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * Notifications: N reminders already in the log sent by one worker through SMTP (throughput, against bare
 * nodemailer sends to the same server with the same number of connections), then reminders arriving live at a steady
 * rate (delay from the event's commit to the send being recorded, p50 and p99).
 */
export async function notificationsBench(
  pool: Pool,
  url: string,
  count: number,
  liveSeconds: number,
): Promise<Figure[]> {
  const smtp = await smtpSink();
  const store = new PostgresEventStore(pool, url);
  const config = notificationConfig(
    loadConfig({ ...process.env, NOTIFICATION_CHANNEL: 'smtp', SMTP_URL: smtp.url, NOTIFICATION_POLL_MS: '50' }),
  );
  await store.appendToStream('school-100001', [
    { id: randomUUID(), type: 'SchoolRegistered', data: { urn: '100001', name: 'Oak', laCode: '201' } },
    {
      id: randomUUID(),
      type: 'ContactSet',
      data: { contact: { contactId: 'inc', role: 'inclusion', email: 'inclusion@oak.example', delivery: 'immediate' } },
    },
  ]);

  // Baseline: the same number of connections sending straight to the server, no log, no outbox.
  const transports = Array.from({ length: config.concurrency }, () => createTransport(`${smtp.url}?pool=true`));
  const rawStarted = performance.now();
  await Promise.all(
    transports.map(async (transport, t) => {
      for (let i = t; i < count; i += transports.length)
        await transport.sendMail({ from: 'a@b.example', to: 'inclusion@oak.example', subject: 's', text: 'body' });
    }),
  );
  const rawRate = count / ((performance.now() - rawStarted) / 1000);
  transports.forEach((t) => t.close());

  for (let start = 0; start < count; start += 200)
    await Promise.all(Array.from({ length: Math.min(200, count - start) }, (_, k) => reminder(store, `b${start + k}`)));
  const digests = new DigestAssembler(store, systemClock, config);
  const sender = new NotificationSender(store, config, digests);
  const notifier = new NotifierService(store, systemClock, config, sender);
  const started = performance.now();
  sender.onApplicationBootstrap();
  notifier.onApplicationBootstrap();
  try {
    return await measure();
  } finally {
    await notifier.onApplicationShutdown();
    await sender.onApplicationShutdown();
    await store.close();
    await smtp.close();
  }

  async function measure(): Promise<Figure[]> {
    await until(async () => (await sentCount(pool)) >= count, 300_000);
    const rate = (await sentCount(pool)) / ((performance.now() - started) / 1000);

    // Live: 20 reminders a second while the worker runs.
    const liveCount = Math.round(liveSeconds * 20);
    for (let i = 0; i < liveCount; i++) {
      await reminder(store, `l${i}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await until(async () => (await sentCount(pool)) >= count + liveCount, 60_000);
    const { rows } = await pool.query<{ ms: number }>(
      `SELECT extract(epoch FROM sent_at - event_recorded_at) * 1000 AS ms FROM notification_outbox o
      JOIN events e ON e.event_id = o.event_id WHERE e.stream_id LIKE 'day6-benchl%'`,
    );
    const delays = rows.map((r) => Number(r.ms));
    return [
      {
        name: `notifications sent from the log (${count}, SMTP, ${config.concurrency} loops)`,
        value: round(rate, 0),
        unit: 'messages/s',
        baseline: { name: 'bare nodemailer sends, same connections', value: round(rawRate, 0) },
      },
      { name: 'notification delay event → sent p50', value: round(percentile(delays, 50), 0), unit: 'ms' },
      {
        name: 'notification delay event → sent p99',
        value: round(percentile(delays, 99), 0),
        unit: 'ms',
        target: '< 1000 ms',
        met: percentile(delays, 99) < 1000,
      },
    ];
  }
}
