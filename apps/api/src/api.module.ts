import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseModule, type DatabaseConnection } from '@ap/database';
import { HealthController } from './health/health.controller';

@Module({})
export class ApiModule {
  static forConnection(connection: DatabaseConnection): DynamicModule {
    return {
      module: ApiModule,
      imports: [DatabaseModule.forConnection(connection), TerminusModule],
      controllers: [HealthController],
    };
  }
}
