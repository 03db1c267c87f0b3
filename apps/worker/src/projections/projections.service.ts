import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PostgresEventStore, type Subscription } from '@ap/event-store';
import { PROJECTIONS, runProjection } from '@ap/read-models';

/** Keeps every read model following the log, each with its own durable checkpoint. */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private subscriptions: Subscription[] = [];

  constructor(@Inject(PostgresEventStore) private readonly store: PostgresEventStore) {}

  onApplicationBootstrap(): void {
    this.subscriptions = PROJECTIONS.map((projection) =>
      runProjection(this.store, projection, (error) => this.logger.error({ projection: projection.name, err: error })),
    );
  }

  /** Resolves when every projection has applied everything committed so far (tests, rebuild tooling). */
  async caughtUp(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.caughtUp()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.stop()));
  }
}
