export * from './process';
export * from './timelines.settings';
export * from './day6.process';
export * from './referral-timelines.process';
export * from './placement-timelines.process';
export * from './reintegration.process';
export * from './destination-follow-up.process';
export * from './outreach-response.process';
