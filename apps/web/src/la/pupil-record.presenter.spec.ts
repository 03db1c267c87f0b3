import {
  asOfHeading,
  changesHeading,
  presentAccessLog,
  presentPupil,
  presentTimeline,
  whoText,
} from './pupil-record.presenter';

describe("the pupil's record", () => {
  it('heads the page with the pupil’s name and lists who they are, the UPN where no referral names them', () => {
    const named = presentPupil('B801200005001', {
      name: 'Sam Pupil',
      dateOfBirth: '2011-03-04',
      yearGroup: '9',
      school: { urn: '100001', name: 'Oak Academy' },
    });
    expect(named.heading).toBe('Sam Pupil');
    expect(named.rows.map((r) => [r.key.text, r.value.text])).toEqual([
      ['UPN', 'B801200005001'],
      ['Date of birth', '4 March 2011'],
      ['Year group', 'Year 9'],
      ['School', 'Oak Academy'],
    ]);
    const unnamed = presentPupil('B801200005001', {
      name: null,
      dateOfBirth: null,
      yearGroup: null,
      school: { urn: '100001', name: null },
    });
    expect(unnamed.heading).toBe('UPN B801200005001');
    expect(unnamed.rows.map((r) => r.value.text)).toEqual(['B801200005001', 'URN 100001']);
  });

  it('names people with the organisation they acted for, and an LA’s people with their role', () => {
    expect(
      whoText({ role: 'school', organisationId: '100001', organisationName: 'Oak Academy', name: 'Sam Patel' }),
    ).toBe('Sam Patel, Oak Academy');
    expect(
      whoText({
        role: 'la_auditor',
        organisationId: '201',
        organisationName: 'Local authority 201',
        name: 'Priya Shah',
      }),
    ).toBe('Priya Shah, LA auditor, Local authority 201');
    expect(whoText({ role: 'provider', organisationId: 'prov-x', id: 'u1' })).toBe('u1, Provider prov-x');
    expect(whoText({ role: 'system', organisationId: 'engine' })).toBe('The service (automatic)');
    expect(whoText(null)).toBe('The service (automatic)');
  });

  it('tells the history newest first without the service’s timer bookkeeping, each with a link to the record before it', () => {
    const event = (position: string, type: string, summary: string) => ({
      position,
      recordedAt: '2025-11-06T09:05:00.000Z',
      streamId: 'referral-r1',
      type,
      summary,
      actor: { role: 'school', organisationId: '100001', organisationName: 'Oak Academy', name: 'Sam Patel' },
      data: {},
    });
    const told = presentTimeline('B801200005001', [
      event('1', 'ReferralOpened', 'Referral opened by Oak Academy: suspension'),
      event('2', 'DeadlineScheduled', 'Timer set'),
      event('2', 'DeadlineFired', 'Timer fell due'),
      event('2', 'PlacementTimelinesStarted', 'Placement timelines started'),
      event('3', 'ReferralSubmitted', 'Referral submitted to Bridges'),
    ]);
    expect(told.map((t) => t.what)).toEqual([
      'Referral submitted to Bridges',
      'Referral opened by Oak Academy: suspension',
    ]);
    expect(told[0]).toMatchObject({
      who: 'Sam Patel, Oak Academy',
      when: '6 Nov 2025 at 9:05am',
      record: 'Referral r1',
    });
    expect(told[0].beforeHref).toBe('/la/pupils/B801200005001?asOf=2025-11-06T09%3A04%3A59.999Z#as-of');
    expect(presentAccessLog([{ what: 'history', at: '2025-11-06T09:05:00.000Z', actor: null }])).toEqual([
      { who: 'The service (automatic)', when: '6 Nov 2025 at 9:05am', what: 'history' },
    ]);
  });
});

describe('the record as it was, and what changed', () => {
  it('heads the comparison with the whole second date, weekday and all', () => {
    expect(asOfHeading('2026-11-30T23:59:00.000Z')).toBe('The record as it was on Monday 30 November 2026 at 11:59pm');
    expect(changesHeading('2026-11-30T23:59:00.000Z')).toBe('What changed up to Monday 30 November 2026 at 11:59pm');
  });
});
