import { Global, Module, type DynamicModule } from '@nestjs/common';
import { PostgresEventStore } from '@ap/event-store';
import type { DatabaseConnection } from './database-connection';

export const DATABASE = Symbol('DATABASE');
export const EVENT_STORE = Symbol('EVENT_STORE');

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
      ],
      exports: [DATABASE, EVENT_STORE, PostgresEventStore],
    };
  }
}
