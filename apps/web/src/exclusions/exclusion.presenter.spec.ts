import { presentExclusion, type PupilExclusions } from './exclusion.presenter';

const records = (cancelled = false): PupilExclusions => ({
  exclusions: {
    'ex-1': {
      exclusionId: 'ex-1',
      upn: 'B801200005001',
      exclusionType: 'SUSP',
      startDate: '2025-11-03',
      startsPartWay: false,
      sessions: 12,
      reasons: ['PA'],
      yearGroup: 9,
      cancelled,
    },
  },
  duties: [{ exclusionIds: ['ex-1'], day6: '2025-11-10', responsible: { kind: 'school', organisationId: '100001' } }],
  notices: { 'ex-1': { first: '2025-11-03T15:30:00.000Z' } },
});

const valueOf = (
  rows: ReadonlyArray<{ key: { text: string }; value: { text?: string; html?: string } }>,
  key: string,
) => rows.find((r) => r.key.text === key)?.value;

describe('the exclusion page', () => {
  it('shows the length in school days and when day 6 is, with who is responsible', () => {
    const page = presentExclusion(records(), 'ex-1', 'Oak Academy')!;
    expect(page.title).toBe('Suspension');
    expect(valueOf(page.facts, 'Length')?.text).toBe('6 school days');
    expect(valueOf(page.facts, 'Day 6')?.text).toBe('Monday 10 November 2025: Oak Academy is responsible');
  });

  it('names the LA holding the duty as the API names it', () => {
    const la = { kind: 'la', organisationId: '202', name: 'Southshire Council' };
    const page = presentExclusion(
      { ...records(), duties: [{ ...records().duties[0]!, responsible: la }] },
      'ex-1',
      'Oak Academy',
    )!;
    expect(valueOf(page.facts, 'Day 6')?.text).toBe('Monday 10 November 2025: Southshire Council is responsible');
  });

  it('says whether the pupil is looked after and has an EHC plan, as the school recorded', () => {
    const plain = presentExclusion(records(), 'ex-1', 'Oak Academy')!;
    expect([valueOf(plain.facts, 'Looked after')?.text, valueOf(plain.facts, 'EHC plan')?.text]).toEqual(['No', 'No']);
    const both = records();
    const entry = { ...both.exclusions['ex-1']!, lookedAfter: true, ehcPlan: true };
    const page = presentExclusion({ ...both, exclusions: { 'ex-1': entry } }, 'ex-1', 'Oak Academy')!;
    expect([valueOf(page.facts, 'Looked after')?.text, valueOf(page.facts, 'EHC plan')?.text]).toEqual([
      'Yes: provision expected from day 1',
      'Yes',
    ]);
  });

  it('shows which parent notices were given and when, and which are not recorded', () => {
    const page = presentExclusion(records(), 'ex-1', 'Oak Academy')!;
    expect(page.notices.map((n) => n.value.html)).toEqual([
      '<span id="notice-first">Given 3 Nov 2025 at 3:30pm</span>',
      '<span id="notice-provision">Not recorded</span>',
    ]);
  });

  it('offers no changes once the exclusion is cancelled, and no day 6', () => {
    const page = presentExclusion(records(true), 'ex-1', 'Oak Academy', 'cancelled')!;
    expect(page.status.text).toBe('Cancelled');
    expect(page.canChange).toBe(false);
    expect(valueOf(page.facts, 'Day 6')).toBeUndefined();
    expect(page.banner).toBe('Exclusion cancelled: it no longer counts towards day 6');
  });

  it('finds nothing for an exclusion the school did not record', () => {
    expect(presentExclusion(records(), 'someone-else', 'Oak Academy')).toBeNull();
  });
});
