import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK } from '@ap/application';
import type { Clock } from '@ap/domain';
import { ConcurrencyError, PostgresEventStore, subscribeInTransaction, type Subscription } from '@ap/event-store';
import { processRoutes, type ProcessRoute } from './process-routes';
import { runProcessStep } from './process-step';

export const processSubscriptionName = (route: ProcessRoute): string => `process:${route.process.name}`;

/** Runs every process manager from the committed log, exactly once per event (handler and checkpoint in one transaction). */
@Injectable()
export class ProcessesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Processes');
  private subscriptions: Subscription[] = [];
  readonly routes: ProcessRoute[];

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.routes = processRoutes(store);
  }

  onApplicationBootstrap(): void {
    this.subscriptions = this.routes.map((route) =>
      subscribeInTransaction(
        this.store,
        processSubscriptionName(route),
        async (events, tx) => {
          for (const event of events) {
            for (const { processId, calendar } of await route.route(event, tx)) {
              const observed = {
                id: event.id,
                streamId: event.streamId,
                type: event.type,
                data: event.data,
                recordedAt: event.recordedAt,
              };
              const input = { kind: 'event' as const, event: observed, calendar, now: this.clock.now() };
              await runProcessStep(tx, this.store, route.process, processId, input, {
                id: event.id,
                correlationId: event.metadata.correlationId,
              });
            }
          }
        },
        {
          filter: { categories: route.categories },
          onError: (error, attempt) =>
            // A clash with a deadline firing on the same process stream is expected now and then: the batch is retried.
            error instanceof ConcurrencyError && attempt < 5
              ? this.logger.warn({ process: route.process.name, attempt, msg: error.message })
              : this.logger.error({ process: route.process.name, attempt, err: error }),
          afterCommit: () => this.store.notifier.poke(),
        },
      ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.stop()));
  }
}
