import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK } from '@ap/application';
import type { AppConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import type { PoolClient } from 'pg';
import { PostgresEventStore, subscribeInTransaction, type RecordedEvent, type Subscription } from '@ap/event-store';
import { inSpan, traceContextOf } from '@ap/telemetry';
import { processRoutes, type ProcessRoute } from './process-routes';
import { isClash, runProcessStep } from './process-step';

export const processSubscriptionName = (route: ProcessRoute): string => `process:${route.process.name}`;

/** Runs every process manager from the committed log, exactly once per event (handler and checkpoint in one transaction). */
@Injectable()
export class ProcessesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Processes');
  private subscriptions: Subscription[] = [];
  private readonly failures = new Map<string, number>();
  readonly maxAttempts: number;
  readonly routes: ProcessRoute[];

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
  ) {
    this.routes = processRoutes(store);
    this.maxAttempts = config.get('PROCESS_MAX_ATTEMPTS', { infer: true });
  }

  onApplicationBootstrap(): void {
    this.subscriptions = this.routes.map((route) =>
      subscribeInTransaction(
        this.store,
        processSubscriptionName(route),
        async (events, tx) => {
          for (const event of events) await this.handle(route, event, tx);
        },
        {
          filter: { categories: route.categories },
          onError: (error, attempt) =>
            // A clash (a version or a deadlock) is retried. Steps lock their stream before reading it and the poller
            // never waits for one, so none comes from a deadline firing; a writer outside that rule is still survived.
            isClash(error) && attempt < 5
              ? this.logger.warn({ process: route.process.name, attempt, msg: (error as Error).message })
              : this.logger.error({ process: route.process.name, attempt, err: error }),
          afterCommit: () => this.store.notifier.poke(),
        },
      ),
    );
  }

  /**
   * One event through one process manager, inside a savepoint. A failure fails the batch, which the subscription
   * retries with backoff; after MAX_ATTEMPTS the event is parked with its error and the process goes on with the
   * rest (an in-memory saga would stop here for good). Version clashes and deadlocks are never parked.
   */
  private handle(route: ProcessRoute, event: RecordedEvent, tx: PoolClient): Promise<void> {
    // A child of the append that recorded the event: the request's trace shows what its events set going.
    const attributes = {
      'ap.process': route.process.name,
      'ap.event_id': event.id,
      'ap.event_type': event.type,
      'ap.request_id': event.metadata.correlationId ?? '',
    };
    return inSpan(`process ${route.process.name}`, { attributes, parent: traceContextOf(event) }, () =>
      this.handleInSavepoint(route, event, tx),
    );
  }

  private async handleInSavepoint(route: ProcessRoute, event: RecordedEvent, tx: PoolClient): Promise<void> {
    await tx.query('SAVEPOINT process_event');
    try {
      for (const { processId, calendar, settings, dutyDay6, duties } of await route.route(event, tx)) {
        const observed = {
          id: event.id,
          streamId: event.streamId,
          type: event.type,
          data: event.data,
          recordedAt: event.recordedAt,
        };
        const input = {
          kind: 'event' as const,
          event: observed,
          calendar,
          now: this.clock.now(),
          settings,
          dutyDay6,
          duties,
        };
        await runProcessStep(tx, this.store, route.process, processId, input, {
          id: event.id,
          correlationId: event.metadata.correlationId,
        });
      }
      await tx.query('RELEASE SAVEPOINT process_event');
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT process_event');
      const key = `${route.process.name}:${event.id}`;
      const attempts = (this.failures.get(key) ?? 0) + 1;
      if (isClash(error) || attempts < this.maxAttempts) {
        this.failures.set(key, attempts);
        throw error;
      }
      this.failures.delete(key);
      await tx.query(
        `INSERT INTO parked_events (subscription, event_id, stream_id, event_type, attempts, error) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (subscription, event_id) DO NOTHING`,
        [
          processSubscriptionName(route),
          event.id,
          event.streamId,
          event.type,
          attempts,
          String((error as Error).stack ?? error),
        ],
      );
      this.logger.error({
        process: route.process.name,
        event: event.id,
        type: event.type,
        attempts,
        msg: 'event parked after repeated failures',
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.stop()));
  }
}
