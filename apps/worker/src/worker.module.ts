import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, type DatabaseConnection } from '@ap/database';
import { ApplicationModule } from '@ap/application';
import type { Clock } from '@ap/domain';
import { AUDIT_CONFIG, AuditSealerService } from './audit/audit-sealer.service';
import type { AuditConfig } from './audit/audit.config';
import { DeadlinePoller } from './deadlines/deadline-poller.service';
import { ProcessesService } from './processes/processes.service';
import { ProjectionsService } from './projections/projections.service';

/** Everything driven by the committed log: projections, process managers, deadlines, the audit seals. */
@Module({})
export class WorkerModule {
  static forConnection(connection: DatabaseConnection, clock: Clock, audit: AuditConfig | false): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DatabaseModule.forConnection(connection), ApplicationModule.withClock(clock)],
      providers: [
        ProjectionsService,
        ProcessesService,
        DeadlinePoller,
        { provide: AUDIT_CONFIG, useValue: audit },
        AuditSealerService,
      ],
    };
  }
}
