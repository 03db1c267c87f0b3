import type { DataSourceOptions } from 'typeorm';
import { typeOrmDriverFor, type DatabaseConnection } from '@ap/database';
import { Day6Row, OverdueRow } from './compliance.entities';
import { ProviderRow, SchoolRow } from './directory.entities';
import { PlacementRow } from './placement.entity';
import { ReferralFactsRow, ReferralRow } from './referral.entities';

/** The projection tables the API reads, mapped for TypeORM (the worker's projections write them with pg). */
export const READ_MODEL_ENTITIES = [
  ReferralRow,
  ReferralFactsRow,
  SchoolRow,
  ProviderRow,
  Day6Row,
  OverdueRow,
  PlacementRow,
] as const;

/**
 * TypeORM over an opened connection: the same URL and the same pool (so the same ap_app role, pool size and timeouts).
 * The schema is the migrations' alone: never synchronised from the entities.
 */
export function readModelDataSourceOptions(connection: DatabaseConnection): DataSourceOptions {
  return {
    type: 'postgres',
    url: connection.url,
    driver: typeOrmDriverFor(connection.pool),
    entities: [...READ_MODEL_ENTITIES],
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    logging: false,
  };
}
