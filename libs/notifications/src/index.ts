export * from './notices';
export * from './notice-content';
export * from './digest-time';
export * from './notification-store';
export * from './notification-list';
