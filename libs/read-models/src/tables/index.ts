export * from './referral.entities';
export * from './directory.entities';
export * from './compliance.entities';
export * from './placement.entity';
export * from './read-model.data-source';
export * from './read-models.module';
