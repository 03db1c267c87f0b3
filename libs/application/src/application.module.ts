import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Clock } from '@ap/domain';
import { AccessLog } from './access-log';
import { AtomicCommands } from './atomic-commands';
import { AggregateReader, CLOCK, ExecuteCommandHandler } from './execute-command';

/** The write side both apps use: @nestjs/cqrs's CommandBus in front of the deciders and the event store. */
@Module({})
export class ApplicationModule {
  static withClock(clock: Clock): DynamicModule {
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
      ],
      exports: [CLOCK, AggregateReader, AccessLog, AtomicCommands, CqrsModule],
    };
  }
}
