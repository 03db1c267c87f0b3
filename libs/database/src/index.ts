export * from './embedded-postgres';
export * from './migrate';
export * from './migrations';
export * from './database-connection';
export * from './database-config';
export * from './database.module';
export * from './database-faults';
export * from './instance-presence';
