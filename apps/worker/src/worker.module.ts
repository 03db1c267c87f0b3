import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, type DatabaseConnection } from '@ap/database';
import { ApplicationModule } from '@ap/application';
import { appConfigModule } from '@ap/config';
import type { Clock } from '@ap/domain';
import { DeadlinePoller } from './deadlines/deadline-poller.service';
import { ProcessesService } from './processes/processes.service';
import { ProjectionsService } from './projections/projections.service';

/** Everything driven by the committed log: projections, process managers, deadlines. */
@Module({})
export class WorkerModule {
  static forConnection(connection: DatabaseConnection, clock: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [appConfigModule(), DatabaseModule.forConnection(connection), ApplicationModule.withClock(clock)],
      providers: [ProjectionsService, ProcessesService, DeadlinePoller],
    };
  }
}
