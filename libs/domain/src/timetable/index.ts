export * from './full-time-benchmark';
export * from './registration-threshold';
