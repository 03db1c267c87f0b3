export * from './upn';
export * from './organisation-ids';
export * from './exclusion-codes';
export * from './sen-codes';
export * from './enrolment-codes';
export * from './attendance-codes';
export * from './destination-codes';
export * from './ap-setting-codes';
