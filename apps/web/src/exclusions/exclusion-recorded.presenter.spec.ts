import { presentExclusionRecorded } from './exclusion-recorded.presenter';

describe('the exclusion recorded page', () => {
  it('says who is responsible from day 6, the LA by its name, and when that is', () => {
    const page = presentExclusionRecorded(
      {
        day1: '2025-11-03',
        day6: '2025-11-10',
        responsible: { kind: 'la', organisationId: '201', name: 'Northshire County Council' },
      },
      'Oak Academy',
    );
    expect(page.responsible).toBe('Northshire County Council is responsible');
    expect(page.day6).toBe('Monday 10 November 2025');
  });

  it('names an LA the directory has no name for by its code', () => {
    const page = presentExclusionRecorded(
      { day1: '2025-11-03', day6: '2025-11-10', responsible: { kind: 'la', organisationId: '201' } },
      'Oak Academy',
    );
    expect(page.responsible).toBe('Local authority 201 is responsible');
  });

  it('names the school when the school is responsible', () => {
    const page = presentExclusionRecorded(
      { day1: '2025-11-03', day6: '2025-11-10', responsible: { kind: 'school', organisationId: '100001' } },
      'Oak Academy',
    );
    expect(page.responsible).toBe('Oak Academy is responsible');
  });

  it('says when no day-6 duty arose', () => {
    expect(presentExclusionRecorded(null, 'Oak Academy').lines[0]).toContain('does not start a day-6 duty');
  });

  it('says a looked-after pupil is owed provision from day 1', () => {
    const duty = { day1: '2025-11-03', day6: '2025-11-10', responsible: { kind: 'la', organisationId: '201' } };
    expect(presentExclusionRecorded({ ...duty, lookedAfter: true }, 'Oak Academy').lines).toContain(
      'The pupil is looked after, so provision is expected from day 1: Monday 3 November 2025.',
    );
    expect(presentExclusionRecorded(duty, 'Oak Academy').lines.join(' ')).not.toContain('looked after');
  });
});
