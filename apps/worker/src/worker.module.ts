import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, type DatabaseConnection } from '@ap/database';
import { ApplicationModule } from '@ap/application';
import { appConfigModule, loadConfig } from '@ap/config';
import type { Clock } from '@ap/domain';
import { AUDIT_CONFIG, AuditSealerService } from './audit/audit-sealer.service';
import type { AuditConfig } from './audit/audit.config';
import { DeadlinePoller } from './deadlines/deadline-poller.service';
import { ProcessesService } from './processes/processes.service';
import { ProjectionsService } from './projections/projections.service';
import { DigestAssembler } from './notifications/digest-assembler';
import { notificationConfig } from './notifications/notification.config';
import { NotificationSender } from './notifications/notification-sender.service';
import { NOTIFICATION_CONFIG } from './notifications/notification.tokens';
import { NotifierService } from './notifications/notifier.service';

/** Everything driven by the committed log: projections, process managers, deadlines, notifications, audit seals. */
@Module({})
export class WorkerModule {
  static forConnection(
    connection: DatabaseConnection,
    clock: Clock,
    audit: AuditConfig | false,
    ownsDevClock = false,
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        appConfigModule(),
        DatabaseModule.forConnection(connection),
        ApplicationModule.withClock(clock, { ownsDevClock }),
      ],
      providers: [
        ProjectionsService,
        ProcessesService,
        DeadlinePoller,
        { provide: AUDIT_CONFIG, useValue: audit },
        AuditSealerService,
        { provide: NOTIFICATION_CONFIG, useFactory: () => notificationConfig(loadConfig()) },
        DigestAssembler,
        NotificationSender,
        NotifierService,
      ],
    };
  }
}
