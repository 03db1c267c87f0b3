import { IllegalStateError, RuleViolationError } from '../shared';
import { DeciderSpecification } from '../shared/testing/decider-spec';
import { metadata, PROVIDER_ACTOR, SCHOOL_ACTOR } from '../shared/testing/fixtures';
import { effectiveOutreach, outreachDecider, type OutreachCommand, type OutreachEvent, type RequestOutreach } from '.';

const spec = DeciderSpecification.for(outreachDecider);
const at = (now = '2025-11-20T12:00:00.000Z', actor = PROVIDER_ACTOR) => metadata(actor, now);
const requestData: RequestOutreach['data'] = {
  outreachId: 'o-1',
  upn: 'B801200005001',
  schoolUrn: '100001',
  laCode: '201',
  providerId: 'prov-1',
  needs: 'Dysregulated after lunch; struggles with transitions',
  tried: ['Report card', 'Mentor'],
  objectives: ['Stays in lessons after lunch'],
  requestedOn: '2025-11-03',
};
const cmd = <T extends OutreachCommand['type']>(
  type: T,
  data: Extract<OutreachCommand, { type: T }>['data'],
  meta = at(),
) => ({ type, data, metadata: meta }) as Extract<OutreachCommand, { type: T }>;
const requested: OutreachEvent = { type: 'OutreachRequested', data: requestData };
const accepted: OutreachEvent = { type: 'OutreachAccepted', data: { acceptedOn: '2025-11-05' } };
const session = (sessionId = 's-1', date = '2025-11-10') =>
  cmd('RecordOutreachSession', {
    sessionId,
    date,
    durationMinutes: 60,
    focus: 'Regulation strategies',
    attendance: 'attended',
  });

describe('outreach: not yet requested', () => {
  it('records a school’s request with needs, what was tried and objectives', () => {
    spec
      .given([])
      .when(cmd('RequestOutreach', requestData, at('2025-11-03T09:00:00.000Z', SCHOOL_ACTOR)))
      .then([requested]);
  });

  it('refuses a request that does not say what was tried', () => {
    spec
      .given([])
      .when(cmd('RequestOutreach', { ...requestData, tried: [' '] }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.details['field']).toBe('tried'));
  });

  it('cannot record a session before the outreach exists', () => {
    spec.given([]).when(session()).thenThrows(IllegalStateError);
  });
});

describe('outreach: requested', () => {
  it('is accepted by the provider, and a repeat changes nothing', () => {
    spec
      .given([requested])
      .when(cmd('AcceptOutreach', { acceptedOn: '2025-11-05' }))
      .then([accepted]);
    spec
      .given([requested, accepted])
      .when(cmd('AcceptOutreach', { acceptedOn: '2025-11-05' }))
      .thenNothingHappened();
  });

  it('can be declined with a reason', () => {
    spec
      .given([requested])
      .when(cmd('DeclineOutreach', { declinedOn: '2025-11-04', reason: 'No capacity this half term' }))
      .then([{ type: 'OutreachDeclined', data: { declinedOn: '2025-11-04', reason: 'No capacity this half term' } }]);
  });
});

describe('outreach: accepted', () => {
  it('records sessions in school with date, duration, focus and attendance, once each', () => {
    spec
      .given([requested, accepted])
      .when(session())
      .then([{ type: 'OutreachSessionRecorded', data: session().data }]);
    spec
      .given([requested, accepted, { type: 'OutreachSessionRecorded', data: session().data }])
      .when(session())
      .thenNothingHappened();
  });

  it('refuses a session in the future or of no length', () => {
    spec.given([requested, accepted]).when(session('s-2', '2025-11-21')).thenThrows(RuleViolationError);
    spec
      .given([requested, accepted])
      .when(cmd('RecordOutreachSession', { ...session().data, durationMinutes: 0 }))
      .thenThrows(RuleViolationError, (e: RuleViolationError) => expect(e.code).toBe('DURATION_INVALID'));
  });

  it('closes with a summary, counting the sessions held', () => {
    spec
      .given([requested, accepted, { type: 'OutreachSessionRecorded', data: session().data }])
      .when(cmd('CloseOutreach', { closedOn: '2025-11-19', summary: 'Back in lessons', objectivesMet: 'met' }))
      .then([
        {
          type: 'OutreachClosed',
          data: { closedOn: '2025-11-19', summary: 'Back in lessons', objectivesMet: 'met', sessions: 1 },
        },
      ]);
  });
});

describe('effective outreach: did the pupil stay in school for a term after the outreach?', () => {
  const episode = (upn: string, closedOn: string) => ({ outreachId: upn, upn, providerId: 'prov-1', closedOn });
  const exclusion = (upn: string, exclusionType: string, startDate: string, cancelled = false) => ({
    upn,
    exclusionType,
    startDate,
    cancelled,
  });

  it('counts a pupil suspended again within 13 weeks as not staying, and one suspended later as staying', () => {
    const measure = effectiveOutreach(
      [episode('A', '2025-09-30'), episode('B', '2025-09-30'), episode('C', '2025-09-30')],
      [
        exclusion('A', 'SUSP', '2025-12-01'),
        exclusion('B', 'SUSP', '2026-01-05'),
        exclusion('C', 'PERM', '2025-09-15'),
      ],
      '2026-03-01',
    );
    expect(measure).toEqual({ episodes: 3, assessable: 3, stayedInSchool: 2, stayedInSchoolPercent: 66.7 });
  });

  it('ignores cancelled exclusions and lunchtime suspensions, and waits a term before judging', () => {
    const measure = effectiveOutreach(
      [episode('A', '2025-09-30'), episode('B', '2026-02-20')],
      [exclusion('A', 'PERM', '2025-10-10', true), exclusion('A', 'LNCH', '2025-10-11')],
      '2026-03-01',
    );
    expect(measure).toEqual({ episodes: 2, assessable: 1, stayedInSchool: 1, stayedInSchoolPercent: 100 });
  });
});
