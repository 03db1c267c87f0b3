export * from './aggregates';
export * from './application.module';
export * from './clock';
export * from './command-context';
export * from './execute-command';
export * from './ids';
export * from './access-scope';
export * from './access-log';
