import { dayDate, summarise } from './event-summaries';

describe('history summaries', () => {
  it('names referral sections as the pages do, never by their codes', () => {
    expect(summarise('InformationRequested', { items: ['sen.ehcpCaseworker', 'sen', 'attendance'] })).toBe(
      'Provider asked for: Special educational needs, Attendance',
    );
    expect(summarise('InformationProvided', { sections: ['nextStep'] })).toBe(
      'Information provided (Plan after the placement)',
    );
    expect(summarise('InformationProvided', { sections: [] })).toBe('Information provided (note only)');
    expect(summarise('ReferralSectionCompleted', { section: 'parental' })).toBe('Section "Parent or carer" completed');
  });
});

describe('history summaries in plain English', () => {
  const names = {
    provider: (id: string) => ({ 'prov-bridges': 'Bridges Learning Centre' })[id] ?? id,
    school: (urn: string) => ({ '100001': 'Oak Academy' })[urn] ?? `school ${urn}`,
    la: (code: string) => `LA ${code}`,
  };

  it('writes dates as a person reads them, never as ISO dates', () => {
    expect(summarise('Day6Breached', { day6: '2025-11-06', responsible: { kind: 'la', organisationId: '201' } })).toBe(
      'Day 6 passed with no full-time provision: Thu 6 Nov 2025. LA 201 is responsible',
    );
    expect(
      summarise(
        'ReferralAccepted',
        { providerId: 'prov-bridges', startDate: '2025-11-10', hoursPerWeek: 15, fullTime: false },
        names,
      ),
    ).toBe('Accepted by Bridges Learning Centre: from Mon 10 Nov 2025, 15 hours a week (part time)');
    expect(dayDate('2025-11-06T09:05:00Z')).toBe('Thu 6 Nov 2025 at 9:05am');
    expect(dayDate('not a date')).toBe('not a date');
  });

  it('names schools and providers from the directory, and falls back to their identifiers', () => {
    const exclusion = {
      exclusionType: 'FIXED',
      lengthSchoolDays: 3,
      startDate: '2025-11-03',
      schoolUrn: '100001',
      reasons: ['PA', 'DB'],
    };
    expect(summarise('ExclusionRecorded', exclusion, names)).toBe(
      'Suspension of 3 school days from Mon 3 Nov 2025 by Oak Academy: physical assault against an adult; persistent or general disruptive behaviour',
    );
    expect(summarise('ExclusionRecorded', exclusion)).toContain('by school 100001:');
    expect(
      summarise(
        'ReferralOpened',
        { commissioner: { kind: 'school', organisationId: '100001' }, reason: 'suspension' },
        names,
      ),
    ).toBe('Referral opened by Oak Academy: suspension');
    expect(summarise('ReferralSubmitted', { providerId: 'prov-bridges', previousProviderId: 'prov-x' }, names)).toBe(
      'Referral sent on from prov-x to Bridges Learning Centre',
    );
  });

  it('tells the timelines the service runs itself', () => {
    expect(
      summarise(
        'ProviderResponseOverdue',
        { providerId: 'prov-bridges', dueBy: '2025-11-12', escalatedTo: '201' },
        names,
      ),
    ).toBe('Bridges Learning Centre did not respond by Wed 12 Nov 2025; escalated to LA 201');
    expect(summarise('InductionStepOverdue', { step: 'baseline', dueBy: '2025-11-20' })).toBe(
      'Baseline assessments not done by Thu 20 Nov 2025',
    );
  });

  it('reads an unknown or malformed event as the words of its type, not a stack trace', () => {
    expect(summarise('SomethingNew', {})).toBe('Something New');
    expect(summarise('Day6Breached', {})).toBe('Day6 Breached');
  });
});
