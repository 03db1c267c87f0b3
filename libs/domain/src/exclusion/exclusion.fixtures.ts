import type { ExclusionEntry } from './exclusion.state';

let seq = 0;
/** A recorded exclusion as the state keeps it: a 10-day (20-session) suspension from Thu 23 Oct 2025 unless told otherwise. */
export const exclusionEntry = (overrides: Partial<ExclusionEntry> = {}): ExclusionEntry => ({
  exclusionId: `ex-${seq}`,
  upn: 'B801200005001',
  schoolUrn: '100001',
  schoolLaCode: '201',
  homeLaCode: '202',
  laMaintainedPru: false,
  exclusionType: 'SUSP',
  startDate: '2025-10-23',
  startsPartWay: false,
  sessions: 20,
  reasons: ['PA'],
  yearGroup: 9,
  lookedAfter: false,
  ehcPlan: false,
  cancelled: false,
  seq: seq++,
  ...overrides,
});
