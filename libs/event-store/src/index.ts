export * from './event-store.port';
export * from './event-store.errors';
export * from './postgres/postgres-event-store';
export * from './postgres/postgres-checkpoints';
export * from './postgres/transactional-subscription';
export * from './subscription/subscription-runner';
export * from './command-handler';
export * from './postgres/hash-chain';
