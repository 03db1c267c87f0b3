export * from './iso-date';
export * from './bank-holidays';
export * from './school-calendar';
export * from './school-days';
export * from './exclusion-days';
export * from './standard-calendars';
export * from './calendar-validation';
export * from './session-times';
