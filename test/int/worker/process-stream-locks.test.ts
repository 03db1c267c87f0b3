import { ConfigService } from '@nestjs/config';
import type { PoolClient } from 'pg';
import { loadConfig, type AppConfig } from '@ap/config';
import { ENGLAND_STANDARD_CALENDAR, referralTimelinesProcess, type ProcessInput } from '@ap/domain';
import { PostgresEventStore } from '@ap/event-store';
import { AdjustableClock } from '../../../libs/application/src/clock';
import { DeadlinePoller } from '../../../apps/worker/src/deadlines/deadline-poller.service';
import { runProcessStep } from '../../../apps/worker/src/processes/process-step';
import { ProcessesService } from '../../../apps/worker/src/processes/processes.service';
import { eventually } from '../../support/eventually';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

/**
 * A process manager's stream has two writers: its subscription's batch (one transaction over many events) and the
 * deadline poller. In a year's catch-up every deadline is due as soon as it is scheduled, so the two meet on the
 * same streams all the time; these pin down that they take turns instead of clashing or deadlocking.
 */
let db: TestDatabase;
let store: PostgresEventStore;
let poller: DeadlinePoller;
const NOW = '2025-11-10T08:00:00.000Z';
const PROVIDER_RESPONSE_DUE = '2025-11-07T00:00:00.000Z'; // three school days after Monday 3 November

beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 6 });
  store = new PostgresEventStore(db.pool);
  const clock = new AdjustableClock('fixed', NOW);
  const config = new ConfigService<AppConfig, true>(loadConfig());
  poller = new DeadlinePoller(store, clock, new ProcessesService(store, clock, config), config);
});

afterAll(async () => {
  await store?.close();
  await db?.drop();
});

const referralEvent = (referralId: string, type: string, data: Record<string, unknown>): ProcessInput => ({
  kind: 'event',
  event: { id: `${referralId}:${type}`, streamId: `referral-${referralId}`, type, data, recordedAt: NOW },
  calendar: ENGLAND_STANDARD_CALENDAR,
  now: NOW,
});
const opened = (id: string) =>
  referralEvent(id, 'ReferralOpened', { commissioner: { kind: 'school', organisationId: '100001', laCode: '201' } });
const submitted = (id: string) =>
  referralEvent(id, 'ReferralSubmitted', { providerId: 'provider-1', submittedAt: '2025-11-03T09:00:00.000Z' });
const accepted = (id: string) => referralEvent(id, 'ReferralAccepted', { acceptedAt: NOW });
const informationRequested = (id: string) =>
  referralEvent(id, 'InformationRequested', { requestId: 'q1', requestedAt: '2025-11-04T09:00:00.000Z' });
const providerResponseDue: ProcessInput = {
  kind: 'deadline',
  name: 'provider-response',
  dueAt: PROVIDER_RESPONSE_DUE,
  now: NOW,
};

const step = (tx: PoolClient, id: string, input: ProcessInput) =>
  runProcessStep(tx, store, referralTimelinesProcess, id, input, {
    id: input.kind === 'event' ? input.event.id : `deadline:${id}`,
  });

async function begin(): Promise<PoolClient> {
  const tx = await db.pool.connect();
  await tx.query('BEGIN');
  return tx;
}

async function commit(tx: PoolClient): Promise<void> {
  await tx.query('COMMIT');
  tx.release();
}

/** A referral whose provider has not answered: its provider-response deadline is due by NOW. */
async function awaitingProvider(id: string): Promise<void> {
  const tx = await begin();
  await step(tx, id, opened(id));
  await step(tx, id, submitted(id));
  await commit(tx);
}

const typesOf = async (id: string) =>
  (
    await db.pool.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version', [
      `referraltimelines-${id}`,
    ])
  ).rows.map((r) => r.type);

/** True once some connection of the test database waits for a lock another transaction holds. */
const someoneWaits = async () =>
  (
    await db.pool.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    )
  ).rowCount! > 0;

describe('a process stream written by a batch and by a deadline firing at once', () => {
  it('decides on what the firing recorded, not on what the batch read before it committed', async () => {
    await awaitingProvider('r1');
    const firing = await begin();
    await step(firing, 'r1', providerResponseDue);
    const batch = await begin();
    const acceptedStep = step(batch, 'r1', accepted('r1'));
    await eventually(someoneWaits, 10_000, 'the batch waiting for the firing');
    await commit(firing);

    // Read before the firing committed, the batch cancelled a deadline already fired: "is at version 5, expected 3".
    await expect(acceptedStep).resolves.toBe(0);
    await commit(batch);
    expect(await typesOf('r1')).toEqual([
      'ReferralTimelinesStarted',
      'ProviderResponseDue',
      'DeadlineScheduled',
      'DeadlineFired',
      'ProviderResponseOverdue',
    ]);
  });

  it('leaves a deadline whose stream a batch holds to the next poll, so neither waits for the other', async () => {
    await awaitingProvider('a2');
    await awaitingProvider('b2');
    // The batch's first event for b2 holds its stream; the poller takes both due deadlines.
    const batch = await begin();
    await step(batch, 'b2', informationRequested('b2'));
    let polled: number | undefined;
    const poll = poller.pollOnce().then((n) => (polled = n));
    await eventually(async () => polled !== undefined || (await someoneWaits()), 10_000, 'the poll ending or waiting');
    const pollEndedWhileBatchOpen = polled !== undefined;

    // The batch's next event for b2 cancels the deadline the poller took: with the poller waiting for b2's stream
    // while holding that deadline's row, this closed a cycle PostgreSQL broke as a deadlock.
    await step(batch, 'b2', accepted('b2'));
    await commit(batch);
    await poll;
    expect(pollEndedWhileBatchOpen).toBe(true);
    expect(polled).toBe(1);
    expect(await poller.pollOnce()).toBe(0);

    expect(await typesOf('a2')).toContain('DeadlineFired');
    expect(await typesOf('b2')).not.toContain('DeadlineFired');
    expect(await typesOf('b2')).toContain('DeadlineCancelled');
    const { rows } = await db.pool.query(`SELECT deadline_id FROM deadlines WHERE due_at <= $1`, [NOW]);
    expect(rows).toEqual([]);
  });
});
