import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PostgresEventStore } from '@ap/event-store';
import type { DatabaseConnection } from './database-connection';

export const DATABASE = Symbol('DATABASE');
export const EVENT_STORE = Symbol('EVENT_STORE');

/** Closes the event store's LISTEN connection when the application closes (the pool belongs to the caller). */
@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Makes an already opened connection (and the event store over it) injectable; opening happens before Nest starts. */
@Global()
@Module({})
export class DatabaseModule {
  static forConnection(connection: DatabaseConnection): DynamicModule {
    const store = new PostgresEventStore(connection.pool, connection.url);
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE, useValue: connection },
        { provide: EVENT_STORE, useValue: store },
        { provide: PostgresEventStore, useValue: store },
        EventStoreCloser,
      ],
      exports: [DATABASE, EVENT_STORE, PostgresEventStore],
    };
  }
}
