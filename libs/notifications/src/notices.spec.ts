import { noticesFor, type NoticeContext } from './notices';
import { noticeContent } from './notice-content';

const referral: NoticeContext = {
  referral: { id: 'ref-1', providerId: 'prov-1', commissioner: { kind: 'school', id: '100001' } },
};
const placement: NoticeContext = {
  placement: {
    id: 'pl-1',
    providerId: 'prov-1',
    commissioner: { kind: 'school', id: '100001' },
    commissionerLa: '201',
  },
};
const event = (type: string, data: Record<string, unknown>, streamId = 'x-1') => ({ type, streamId, data });
const told = (type: string, data: Record<string, unknown>, context: NoticeContext) =>
  noticesFor(event(type, data), context).flatMap((n) =>
    n.audiences.map((a) => `${a.organisation.kind}:${a.organisation.id} ${a.roles.join('+')}`),
  );

describe('who hears what', () => {
  it('tells the provider of a new referral and when to respond by', () => {
    const [notice] = noticesFor(event('ProviderResponseDue', { providerId: 'prov-1', dueBy: '2025-11-06' }), referral);
    expect(notice).toMatchObject({
      kind: 'referral_received',
      dueBy: '2025-11-06',
      record: { kind: 'referral', id: 'ref-1' },
    });
    expect(told('ProviderResponseDue', { providerId: 'prov-1', dueBy: '2025-11-06' }, referral)).toEqual([
      'provider:prov-1 admissions+named_user',
    ]);
  });

  it('escalates an overdue provider response to the LA inclusion team and reminds the provider', () => {
    expect(
      told('ProviderResponseOverdue', { providerId: 'prov-1', dueBy: '2025-11-06', escalatedTo: '201' }, referral),
    ).toEqual(['provider:prov-1 admissions+named_user', 'la:201 inclusion']);
  });

  it('tells the commissioner of an information request and its reminder, and the LA when it is overdue', () => {
    expect(told('InformationRequestDue', { requestId: 'r', dueBy: '2025-11-05' }, referral)).toEqual([
      'school:100001 inclusion+named_user',
    ]);
    expect(told('InformationRequestReminder', { requestId: 'r', dueBy: '2025-11-05' }, referral)).toEqual([
      'school:100001 inclusion+named_user',
    ]);
    expect(
      told('InformationRequestOverdue', { requestId: 'r', dueBy: '2025-11-05', escalatedTo: '201' }, referral),
    ).toEqual(['la:201 inclusion']);
  });

  it('tells the provider of an overdue induction step, naming the step', () => {
    const [notice] = noticesFor(
      event('InductionStepOverdue', { step: 'meeting', dueBy: '2025-11-10', escalatedTo: '201' }),
      placement,
    );
    expect(notice!.audiences.map((a) => a.organisation)).toEqual([
      { kind: 'provider', id: 'prov-1' },
      { kind: 'la', id: '201' },
    ]);
    expect(noticeContent(notice!, 'https://x.example').whatHappened).toBe("A placement's induction meeting is overdue");
  });

  it("tells the home LA's virtual school head of a looked-after pupil's exclusion, and nobody of another pupil's", () => {
    const data = { upn: 'B801200005001', homeLaCode: '202', day1: '2025-11-03' };
    expect(told('ExclusionRecorded', data, { lookedAfter: true })).toEqual(['la:202 virtual_school_head']);
    expect(told('ExclusionRecorded', data, { lookedAfter: false })).toEqual([]);
  });

  it('raises nothing for events that need nobody', () => {
    expect(noticesFor(event('Day6Met', { placementId: 'p' }), { upn: 'B801200005001' })).toEqual([]);
  });
});

describe('the words of an email', () => {
  it('say what happened and by when, as GOV.UK writes dates, with no pupil identifier', () => {
    const [notice] = noticesFor(
      event('Day6Breached', {
        day6: '2025-11-06',
        responsible: { kind: 'school', organisationId: '100001' },
        escalatedTo: '201',
      }),
      { upn: 'B801200005001' },
    );
    const content = noticeContent(notice!, 'https://ap-pathway.example/');
    expect(content.byWhen).toBe('Thursday 6 November 2025');
    expect(JSON.stringify(content)).not.toContain('B801200005001');
  });
});
