import { ENGLAND_STANDARD_CALENDAR } from '../calendar';
import { AUTUMN_2025, calendarWith } from '../calendar/calendar.fixtures';
import { RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { metadata, NOW } from '../shared/testing/fixtures';
import { day6Duties } from './exclusion-duties';
import { exclusionEntry } from './exclusion.fixtures';
import { exclusionDecider, type ExclusionCommand, type ExclusionEvent, type RecordExclusion } from '.';

const spec = DeciderSpecification.for(exclusionDecider);
const calendar = calendarWith({ id: 'school', terms: AUTUMN_2025 });
const record = (data: Partial<RecordExclusion['data']> = {}): ExclusionCommand => ({
  type: 'RecordExclusion',
  data: {
    exclusionId: 'ex-1',
    upn: 'B801200005001',
    schoolUrn: '100001',
    schoolLaCode: '201',
    homeLaCode: '201',
    exclusionType: 'SUSP',
    startDate: '2025-11-03',
    startsPartWay: false,
    sessions: 10,
    reasons: ['PA'],
    yearGroup: 9,
    ...data,
  },
  metadata: metadata(),
});
const recorded = (id: string, sessions: number, exclusionType: 'SUSP' | 'LNCH' = 'SUSP'): ExclusionEvent =>
  spec
    .given([])
    .when(record({ exclusionId: id, sessions, exclusionType }))
    .events()[0]!;
const codeOf = (e: RuleViolationError) => e.code;

describe('recording an exclusion in the school’s own records', () => {
  it('records the facts of the notice and nothing derived from them', () => {
    expect(spec.given([]).when(record()).events()[0]?.data).toMatchObject({
      schemaVersion: 2,
      sessions: 10,
      lookedAfter: false,
    });
  });

  it('is a repeat, changing nothing, when the same exclusion is recorded again', () => {
    spec
      .given([recorded('ex-1', 10)])
      .when(record())
      .thenNothingHappened();
  });

  it('refuses the suspension that takes the pupil past 45 school days in the school year, naming the rule', () => {
    const given = [recorded('a', 80), recorded('b', 9)];
    spec
      .given(given)
      .when(record({ exclusionId: 'c', sessions: 2 }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => {
        expect(codeOf(e)).toBe('SUSPENSION_LIMIT_EXCEEDED');
        expect(e.details['rule']).toBe('max-45-school-days-per-school-year');
      });
    spec
      .given(given)
      .when(record({ exclusionId: 'c', sessions: 1 }))
      .events();
  });

  it('counts a lunchtime exclusion as half a day towards the limit', () => {
    const given = [recorded('a', 89), recorded('l', 1, 'LNCH')];
    spec
      .given(given)
      .when(record({ exclusionId: 'c', sessions: 1 }))
      .thenThrows(RuleViolationError);
  });

  it('asks for the date of birth of a Reception pupil, on which the duty depends', () => {
    spec
      .given([])
      .when(record({ yearGroup: 'R' }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(codeOf(e)).toBe('DATE_OF_BIRTH_REQUIRED'));
  });
});

describe('who the day-6 duty covers', () => {
  const ten = { startDate: '2025-11-03', sessions: 20 };
  it('gives no duty for a pupil in Year 12, past compulsory school age', () => {
    expect(day6Duties([exclusionEntry({ ...ten, yearGroup: 12 })], calendar)).toEqual([]);
  });
  it('gives a duty for a Reception pupil only once of compulsory school age', () => {
    // From the prescribed day after the fifth birthday: 31 Dec 2025 for a child born in October 2020.
    const january = { startDate: '2026-01-12', sessions: 20, yearGroup: 'R' as const };
    expect(
      day6Duties([exclusionEntry({ ...january, dateOfBirth: '2020-10-15' })], ENGLAND_STANDARD_CALENDAR),
    ).toHaveLength(1);
    expect(day6Duties([exclusionEntry({ ...january, dateOfBirth: '2021-01-15' })], ENGLAND_STANDARD_CALENDAR)).toEqual(
      [],
    );
  });
  it('makes a suspension from an LA-maintained PRU the LA’s duty', () => {
    const [duty] = day6Duties([exclusionEntry({ ...ten, laMaintainedPru: true })], calendar);
    expect(duty?.responsible).toEqual({ kind: 'la', organisationId: '201' });
  });
  it('counts a cancelled suspension for nothing', () => {
    expect(day6Duties([exclusionEntry({ ...ten, cancelled: true })], calendar)).toEqual([]);
  });
  it('does not count a lunchtime exclusion as a day towards day 6', () => {
    const five = exclusionEntry({ startDate: '2025-11-03', sessions: 10 });
    const lunch = exclusionEntry({ startDate: '2025-11-10', exclusionType: 'LNCH', sessions: 1 });
    expect(day6Duties([five, lunch], calendar)).toEqual([]);
  });
  it('makes day 1 the next school day for an afternoon start, and counts the afternoon as half a day', () => {
    const [duty] = day6Duties(
      [exclusionEntry({ startDate: '2025-11-03', startsPartWay: true, sessions: 13 })],
      calendar,
    );
    expect(duty).toMatchObject({ day1: '2025-11-04', day6: '2025-11-11' });
    expect(duty?.firstNotice.dueBy).toBe('2025-11-03T15:15:00.000Z');
  });
});

describe('day-6 exceptions', () => {
  const [duty] = day6Duties([exclusionEntry({ startDate: '2025-11-03', sessions: 20 })], calendar);
  const exception = (data: object): ExclusionCommand =>
    ({
      type: 'RecordDay6Exception',
      data: { duty: duty!, note: 'Plan section F', ...data },
      metadata: metadata(),
    }) as ExclusionCommand;
  it('refuses the exams-over exception for a pupil not in Year 11', () => {
    spec
      .given([])
      .when(exception({ exception: 'y11_exams_over' }))
      .thenThrows(RuleViolationError);
  });
  it('refuses the EHC-plan exception for a pupil with no EHC plan', () => {
    spec
      .given([])
      .when(exception({ exception: 'ehcp_fewer_hours', planHours: 15 }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['rule']).toBe('reg-5-ehc-plan'));
  });
  it('refuses an EHC plan with as many hours as the full-time benchmark', () => {
    const withPlan = { ...duty!, ehcPlan: true };
    const command = {
      ...exception({ exception: 'ehcp_fewer_hours', planHours: 24 }),
      data: { duty: withPlan, exception: 'ehcp_fewer_hours', planHours: 24, note: 'x' },
    } as ExclusionCommand;
    spec
      .given([])
      .when(command)
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('PLAN_HOURS_NOT_FEWER'));
  });
});

describe('parent notices', () => {
  const notice = (givenAt: string): ExclusionCommand => ({
    type: 'RecordParentNotice',
    data: { exclusionId: 'ex-1', upn: 'B801200005001', kind: 'first', givenAt, method: 'letter' },
    metadata: metadata(),
  });
  it('records a notice for any exclusion, before any duty arises', () => {
    expect(spec.given([]).when(notice('2025-11-03T08:00:00.000Z')).events()).toHaveLength(1);
  });
  it('refuses a notice dated in the future', () => {
    spec.given([]).when(notice('2025-11-04T08:00:00.000Z')).thenThrows(RuleViolationError);
    expect(NOW < '2025-11-04').toBe(true);
  });
});
