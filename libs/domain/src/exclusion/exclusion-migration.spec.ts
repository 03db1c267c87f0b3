import { carriedOverTimeline, planExclusionMigration, type LegacyEvent } from './exclusion-migration';
import { exclusionDecider } from '.';

const UPN = 'B801200005001';
let version = 0;
const stored = (streamId: string, type: string, data: object): LegacyEvent =>
  JSON.parse(
    JSON.stringify({
      id: `e${++version}`,
      streamId,
      streamVersion: version,
      type,
      data,
      metadata: { actor: { id: 'u' } },
    }),
  );
const shared = (type: string, data: object) => stored(`exclusions-${UPN}`, type, data);
const recordedV1 = (exclusionId: string, schoolUrn: string, lengthSchoolDays?: number) =>
  shared('ExclusionRecorded', {
    exclusionId,
    periodId: exclusionId,
    upn: UPN,
    schoolUrn,
    schoolLaCode: '201',
    homeLaCode: '202',
    exclusionType: lengthSchoolDays ? 'SUSP' : 'PERM',
    startDate: '2025-11-03',
    startsPartWay: false,
    day1: '2025-11-03',
    ...(lengthSchoolDays
      ? { lastDay: '2025-11-14', lengthSchoolDays, periodLastDay: '2025-11-14', periodSchoolDays: 10 }
      : {}),
    reasons: ['PA'],
    yearGroup: 9,
    calendarId: 'x',
  });

describe('moving a schema-1 shared exclusions stream into each organisation’s own', () => {
  const legacy = [
    recordedV1('a', '100001', 10),
    shared('Day6DutyArose', { periodId: 'a', responsible: { kind: 'school', organisationId: '100001' } }),
    recordedV1('b', '200002', 2),
    shared('ExclusionCancelled', { exclusionId: 'b', outcome: 'cancelled', decidedOn: '2025-11-04' }),
    recordedV1('p', '200002'),
    shared('Day6DutyArose', { periodId: 'p', responsible: { kind: 'la', organisationId: '202' } }),
    shared('ParentNoticeGiven', {
      periodId: 'p',
      kind: 'first',
      givenAt: '2025-11-03T12:00:00.000Z',
      method: 'letter',
    }),
  ];
  const plan = Object.fromEntries(planExclusionMigration(UPN, legacy).map((s) => [s.streamId, s.events]));

  it('gives each school its own exclusions, upcast to sessions, and copies no derived duty', () => {
    expect(Object.keys(plan).sort()).toEqual([
      `exclusions-100001-${UPN}`,
      `exclusions-200002-${UPN}`,
      `exclusions-202-${UPN}`,
    ]);
    expect(plan[`exclusions-100001-${UPN}`]!.map((e) => e.data)).toEqual([
      expect.objectContaining({ exclusionId: 'a', schemaVersion: 2, sessions: 20 }),
    ]);
    expect(plan[`exclusions-200002-${UPN}`]!.map((e) => e.type)).toEqual([
      'ExclusionRecorded',
      'ExclusionCancelled',
      'ExclusionRecorded',
    ]);
  });

  it('puts the notice for a duty the LA held in the LA’s own records, naming where each event came from', () => {
    expect(plan[`exclusions-202-${UPN}`]).toEqual([
      expect.objectContaining({
        type: 'ParentNoticeGiven',
        data: expect.objectContaining({ exclusionId: 'p', upn: UPN }),
        metadata: expect.objectContaining({
          migratedFrom: { streamId: `exclusions-${UPN}`, streamVersion: 7, eventId: 'e7' },
        }),
      }),
    ]);
  });

  it('folds the copied events into the same exclusions the old stream held', () => {
    const events = plan[`exclusions-200002-${UPN}`]!.map((e) => ({ type: e.type, data: e.data }) as never);
    const state = events.reduce(exclusionDecider.evolve, exclusionDecider.initialState());
    expect(Object.values(state.exclusions).map((e) => [e.exclusionId, e.cancelled])).toEqual([
      ['b', true],
      ['p', false],
    ]);
  });

  it('carries over a day-6 timeline that was breached, and not one still open', () => {
    const day6 = (type: string, data: object) => stored('day6-a', type, data);
    const started = day6('Day6TimelineStarted', {
      periodId: 'a',
      upn: UPN,
      schoolUrn: '100001',
      responsible: { kind: 'school', organisationId: '100001' },
      escalateTo: '201',
      day1: '2025-11-03',
      day6: '2025-11-10',
    });
    expect(carriedOverTimeline('day6-a', [started])).toBeUndefined();
    expect(carriedOverTimeline('day6-a', [started, day6('Day6Breached', {})])).toMatchObject({
      streamId: `day6-100001-${UPN}`,
      event: { type: 'Day6TimelineCarriedOver', data: { dutyId: 'a', status: 'breached' } },
    });
  });
});
