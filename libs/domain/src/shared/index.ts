export * from './message';
export * from './decider';
export * from './errors';
export * from './ports';
export * from './same-content';
