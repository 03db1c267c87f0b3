import { presentComparison } from './quality-comparison.presenter';
import { parseModeration, parseSelfAssessment, type Area } from './quality.form';
import { groupScore, presentProfile } from './quality.presenter';

const AREAS: Area[] = [
  { code: 'workforce', group: 'community', name: 'Workforce development and wellbeing' },
  { code: 'induction', group: 'curriculum', name: 'Pupil induction' },
  { code: 'post16', group: 'currency', name: 'Post-16 destinations' },
];
const self = AREAS.map((a, i) => ({ area: a.code, rating: i + 2, evidence: `Evidence ${a.code}` }));

describe('the self-assessment form', () => {
  it('asks for a rating and evidence for each area, naming the area', () => {
    const result = parseSelfAssessment({ 'rating-workforce': '3', 'evidence-induction': 'Plan' }, AREAS);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'Enter the evidence for workforce development and wellbeing',
      'Select a rating for pupil induction',
      'Select a rating for post-16 destinations',
      'Enter the evidence for post-16 destinations',
      'Enter the date of the self-assessment',
    ]);
  });
});

describe('the moderation form', () => {
  const agreed = { 'agreed-workforce': '3', 'agreed-induction': '3', 'agreed-post16': '2' };
  const date = { 'moderatedOn-day': '6', 'moderatedOn-month': '1', 'moderatedOn-year': '2026' };

  it('sends no action when none is entered, and a note only where one was written', () => {
    expect(parseModeration({ ...agreed, ...date, 'note-post16': 'Few followed up' }, AREAS)).toEqual({
      ok: true,
      value: {
        moderatedOn: '2026-01-06',
        agreed: [
          { area: 'workforce', rating: 3 },
          { area: 'induction', rating: 3 },
          { area: 'post16', rating: 2, note: 'Few followed up' },
        ],
        actions: [],
      },
    });
  });

  it('asks for the rest of an action once part of it is entered', () => {
    const result = parseModeration({ ...agreed, ...date, actionDescription: 'Follow up' }, AREAS);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['actionArea', 'actionOwner', 'actionDue']);
  });
});

describe('a provider’s quality profile', () => {
  it('shows the self-assessment waiting for moderation, with its evidence', () => {
    const page = presentProfile(
      { providerId: 'p', submittedOn: '2026-01-05', selfAssessed: self, agreed: null, actions: null },
      AREAS,
    );
    expect(page.status.text).toBe('Waiting for moderation');
    expect(page.groups.map((g) => g.name)).toEqual(['Community', 'Curriculum', 'Currency']);
    expect(page.groups[2]!.areas[0]).toMatchObject({ self: '4: Strong', evidence: 'Evidence post16' });
  });

  it('averages a group on the agreed ratings once moderated', () => {
    const profile = {
      providerId: 'p',
      selfAssessed: self,
      agreed: [{ area: 'post16', rating: 1 }],
      actions: [],
    };
    expect(groupScore(profile, AREAS, 'currency')).toBe('1.0');
    expect(groupScore(null, AREAS, 'currency')).toBe('Not assessed');
  });
});

describe('providers side by side', () => {
  it('puts each provider’s ratings beside its outcomes, saying when there are none', () => {
    const [row] = presentComparison(
      [
        {
          providerId: 'prov-bridges',
          name: 'Bridges',
          quality: null,
          feedback: null,
          outcomes: {
            outreach: { episodes: 4, assessable: 4, stayedInSchool: 2 },
            attendance: { reviews: 2, averagePercent: 88.5 },
            reintegration: { returned: 1, followedUp: 0, sustained: 0 },
            post16: { recorded: 2, eet: 1, neet: 1 },
          },
        },
      ],
      AREAS,
    );
    expect(row).toMatchObject({
      status: { text: 'Not assessed' },
      community: 'Not assessed',
      feedback: 'None',
      outreach: '2 of 4',
      attendance: '88.5%',
      sustained: 'None followed up',
      post16: '1 of 2 (NEET 1)',
    });
  });
});
