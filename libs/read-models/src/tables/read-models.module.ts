import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { READ_MODEL_ENTITIES, readModelDataSourceOptions } from './read-model.data-source';

/**
 * The read models' repositories (`@InjectRepository(ReferralRow)`), over the connection DatabaseModule provides.
 * The pool is already open when Nest starts, so there is nothing to retry.
 */
@Module({})
export class ReadModelsModule {
  static forRoot(): DynamicModule {
    return {
      module: ReadModelsModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [DATABASE],
          useFactory: (connection: DatabaseConnection) => ({
            ...readModelDataSourceOptions(connection),
            retryAttempts: 0,
          }),
        }),
        TypeOrmModule.forFeature([...READ_MODEL_ENTITIES]),
      ],
      exports: [TypeOrmModule],
    };
  }
}
