import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule, type DatabaseConnection } from '@ap/database';

/** Everything driven by the committed log: projections, process managers, deadlines. */
@Module({})
export class WorkerModule {
  static forConnection(connection: DatabaseConnection): DynamicModule {
    return { module: WorkerModule, imports: [DatabaseModule.forConnection(connection)] };
  }
}
