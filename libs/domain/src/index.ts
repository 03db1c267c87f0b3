export * from './shared';
export * from './identifiers';
export * from './calendar';
export * from './timetable';
export * from './exclusion';
export * from './referral';
