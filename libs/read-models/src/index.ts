export * from './projection';
export * from './projection-runner';
export * from './referrals.projection';
export * from './placements.projection';
export * from './timelines.projection';
export * from './directory-outcomes.projection';
export * from './la-directory.projection';
