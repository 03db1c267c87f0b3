import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Clock } from '@ap/domain';
import { AccessLog } from './access-log';
import { AtomicCommands } from './atomic-commands';
import { DevClockSync, OWNS_DEV_CLOCK } from './dev-clock-sync';
import { AggregateReader, CLOCK, ExecuteCommandHandler } from './execute-command';

/** The write side both apps use: @nestjs/cqrs's CommandBus in front of the deciders and the event store. */
@Module({})
export class ApplicationModule {
  /** `ownsDevClock`: the API shares its settable clock through the database; workers follow it (DevClockSync). */
  static withClock(clock: Clock, options: { ownsDevClock?: boolean } = {}): DynamicModule {
    return {
      module: ApplicationModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: CLOCK, useValue: clock },
        ExecuteCommandHandler,
        AggregateReader,
        AccessLog,
        AtomicCommands,
        { provide: OWNS_DEV_CLOCK, useValue: options.ownsDevClock ?? false },
        DevClockSync,
      ],
      exports: [CLOCK, AggregateReader, AccessLog, AtomicCommands, DevClockSync, CqrsModule],
    };
  }
}
