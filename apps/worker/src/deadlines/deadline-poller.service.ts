import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { ConfigService } from '@nestjs/config';
import { CLOCK } from '@ap/application';
import { deadlineLateness } from '@ap/telemetry';
import type { AppConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import { inTransaction, PostgresEventStore, streamLockKey } from '@ap/event-store';
import { isClash, runProcessStep, type AnyProcess } from '../processes/process-step';
import { ProcessesService } from '../processes/processes.service';

type DueRow = { deadline_id: string; process_stream: string; name: string; due_at: Date; attempts: number };

const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Takes due deadlines with FOR UPDATE SKIP LOCKED, so several workers share them without taking the same one, and
 * hands each to its process manager in the same transaction as the process's events and the deadline's removal.
 * Delivery is at least once; the process re-checks that the deadline is still pending, so a repeat changes nothing.
 */
@Injectable()
export class DeadlinePoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Deadlines');
  private readonly byCategory: Map<string, AnyProcess>;
  private stopped = false;
  private running: Promise<void> | undefined;
  private readonly sleepers = new Set<() => void>();
  readonly pollMs: number;
  readonly concurrency: number;
  private readonly batch: number;

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    processes: ProcessesService,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
  ) {
    this.pollMs = config.get('DEADLINE_POLL_MS', { infer: true });
    this.concurrency = config.get('DEADLINE_CONCURRENCY', { infer: true });
    this.batch = config.get('DEADLINE_BATCH', { infer: true });
    this.byCategory = new Map(processes.routes.map((r) => [r.process.name, r.process]));
  }

  /** Several loops per worker: SKIP LOCKED hands each a different set of due deadlines. */
  onApplicationBootstrap(): void {
    this.running = Promise.all(Array.from({ length: this.concurrency }, () => this.loop())).then(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.sleepers.forEach((wake) => wake());
    await this.running;
  }

  /** Fires every deadline due now; returns how many it took. */
  async pollOnce(): Promise<number> {
    const now = this.clock.now();
    const taken = await inTransaction(this.store.pool, async (tx) => {
      // Taken in due order, handled in stream order. Each process stream's lock is only tried (`free`): a stream a
      // process manager's batch holds is left, with its rows, to the next poll. Waiting for it while holding the due
      // rows taken here (and the streams fired before it) closed a cycle with the batch, which holds its streams and
      // then writes their deadline rows: PostgreSQL broke it as a deadlock and the batch ran again (18 to 29 times
      // in a year's catch-up). A poller that never waits for a stream is in no such cycle.
      const { rows } = await tx.query<DueRow & { free: boolean }>(
        `SELECT due.*, pg_try_advisory_xact_lock(${streamLockKey('due.process_stream')}) AS free FROM (
           SELECT deadline_id, process_stream, name, due_at, attempts FROM deadlines WHERE due_at <= $1
            ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED) due
          ORDER BY process_stream, due_at`,
        [now, this.batch],
      );
      // A stream's first row says whether it is this poll's (a later row could find it freed meanwhile).
      const free = new Map<string, boolean>();
      let fired = 0;
      for (const row of rows) {
        if (!free.has(row.process_stream)) free.set(row.process_stream, row.free);
        if (!free.get(row.process_stream)) continue;
        await this.fire(tx, row, now);
        fired += 1;
      }
      return fired;
    });
    if (taken > 0) this.store.notifier.poke();
    return taken;
  }

  private async fire(tx: PoolClient, row: DueRow, now: string): Promise<void> {
    const dueAt = row.due_at.toISOString();
    const dash = row.process_stream.indexOf('-');
    const process = this.byCategory.get(row.process_stream.slice(0, dash));
    await tx.query('SAVEPOINT deadline');
    try {
      const input = { kind: 'deadline' as const, name: row.name, dueAt, now };
      const recorded = process
        ? await runProcessStep(
            tx,
            this.store,
            process,
            row.process_stream.slice(dash + 1),
            input,
            { id: `deadline:${row.deadline_id}@${dueAt}` },
            { streamLocked: true },
          )
        : 0;
      // A firing removed its row with its DeadlineFired event; a stale or cancelled one is removed here (a
      // rescheduled one has another due time and stays).
      if (recorded === 0)
        await tx.query('DELETE FROM deadlines WHERE deadline_id = $1 AND due_at = $2', [row.deadline_id, row.due_at]);
      await tx.query('RELEASE SAVEPOINT deadline');
      if (recorded > 0)
        deadlineLateness.observe({ process: process!.name }, (Date.parse(now) - row.due_at.getTime()) / 1000);
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT deadline');
      if (isClash(error)) {
        // The process moved on under us (a concurrent event): take the deadline again on the next poll.
        await tx.query('UPDATE deadlines SET attempts = attempts + 1 WHERE deadline_id = $1', [row.deadline_id]);
        return;
      }
      // A failing handler is retried later with backoff, never dropped; measured from the later of now and the due time.
      const from = Math.max(Date.parse(now), row.due_at.getTime());
      const retryAt = new Date(from + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(row.attempts, 12)));
      await tx.query('UPDATE deadlines SET attempts = attempts + 1, due_at = $2 WHERE deadline_id = $1', [
        row.deadline_id,
        retryAt,
      ]);
      this.logger.error({ deadline: row.deadline_id, attempts: row.attempts + 1, err: error });
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let taken = 0;
      try {
        taken = await this.pollOnce();
      } catch (error) {
        this.logger.error({ err: error });
      }
      if (taken < this.batch && !this.stopped)
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            this.sleepers.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, this.pollMs);
          this.sleepers.add(wake);
        });
    }
  }
}
