import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PostgresEventStore, runAuditSealer, type Subscription } from '@ap/event-store';
import type { AuditConfig } from './audit.config';

export const AUDIT_CONFIG = Symbol('AUDIT_CONFIG');

/** Seals every committed event into the keyed chain and writes signed checkpoints of the head to a file. */
@Injectable()
export class AuditSealerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditSealer');
  private subscription?: Subscription;

  constructor(
    @Inject(PostgresEventStore) private readonly store: PostgresEventStore,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig | false,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config) return;
    this.subscription = runAuditSealer(this.store, {
      ...this.config,
      onError: (error) => this.logger.error({ err: error }),
    });
  }

  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }
}
