import { mention, mentioned } from './organisation-names';

describe('the organisations events mention', () => {
  it('collects the LAs an event names: the responsible LA, a commissioning LA, the LA a breach is escalated to', () => {
    const into = mentioned();
    mention(into, { responsible: { kind: 'la', organisationId: '202' }, escalatedTo: '201' });
    mention(into, { commissioner: { kind: 'la', organisationId: '203', laCode: '203' } });
    mention(into, { dutyId: 'd', escalateTo: '204' });
    expect([...into.las].sort()).toEqual(['201', '202', '203', '204']);
    expect(into.schools.size).toBe(0);
  });

  it("collects the LA an officer or auditor acted for, and a school's or provider's own kind", () => {
    const into = mentioned();
    mention(into, {}, { role: 'la_auditor', organisationId: '201' });
    mention(into, {}, { role: 'school', organisationId: '100001' });
    mention(into, { responsible: { kind: 'school', organisationId: '100002' } }, { role: 'system' });
    expect([[...into.las], [...into.schools].sort()]).toEqual([['201'], ['100001', '100002']]);
  });
});
