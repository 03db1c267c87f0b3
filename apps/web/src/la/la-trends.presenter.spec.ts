import { outcomesTable, presentTrends, type OutcomesAnswer, type TrendsAnswer } from './la-trends.presenter';

const measures = (over: Partial<OutcomesAnswer['total']> = {}): OutcomesAnswer['total'] => ({
  providerId: 'prov-1',
  outreach: { episodes: 3, assessable: 2, stayedInSchool: 1, stayedInSchoolPercent: 50 },
  partTimePupils: 4,
  attendance: { reviews: 1, averagePercent: 82 },
  reintegration: { returned: 0, followedUp: 0, sustained: 0, sustainedPercent: null },
  attainment: { englishRecorded: 0, englishImproved: 0, mathsRecorded: 0, mathsImproved: 0 },
  post16: { recorded: 0, eet: 0, neet: 0, eetPercent: null },
  ...over,
});

const trends = (schools: Array<[string, number]>): TrendsAnswer => ({
  laCode: '999',
  from: '2026-09-01',
  to: '2026-11-30',
  weeks: [],
  timeToFirstProvision: { started: 0, notStarted: 0, medianSchoolDays: null, bands: [] },
  referralsByReason: [],
  referralsBySchool: schools.map(([name, referrals], i) => ({ urn: `10000${i}`, name, referrals, pupils: 1 })),
});

const schoolsSummary = (schools: Array<[string, number]>) =>
  presentTrends(trends(schools)).charts.find((c) => c.chart.id === 'schools')?.summary;

describe('outcomes table', () => {
  const [row] = outcomesTable({ from: '2026-09-01', to: '2026-11-30', total: measures(), providers: [] }).rows;
  const cells = row!.map((c) => c.text);

  it('shows outreach as the share of pupils who stayed in their school, and part-time pupils as a count', () => {
    expect(cells[1]).toBe('50% (2 episodes followed up)');
    expect(cells[2]).toBe('4');
    expect(cells.join(' ')).not.toContain('undefined');
  });

  it('says "1 review", not "1 reviews"', () => {
    expect(cells[3]).toBe('82% (1 review)');
  });

  it('says "None recorded" when no English or maths result is recorded', () => {
    expect(cells[5]).toBe('None recorded');
    expect(cells.join(' ')).not.toContain('0 of 0');
  });

  it('gives only the subjects that have results', () => {
    const table = outcomesTable({
      from: '2026-09-01',
      to: '2026-11-30',
      total: measures({ attainment: { englishRecorded: 0, englishImproved: 0, mathsRecorded: 3, mathsImproved: 2 } }),
      providers: [],
    });
    expect(table.rows[0]![5]!.text).toBe('Maths 2 of 3');
  });
});

describe('the school that made the most referrals', () => {
  it('names the one school with the most', () => {
    expect(
      schoolsSummary([
        ['Ash School', 3],
        ['Birch Academy', 2],
      ]),
    ).toBe('Ash School made the most referrals (3).');
  });

  it('names every school tied for the most', () => {
    expect(
      schoolsSummary([
        ['Ash School', 2],
        ['Birch Academy', 2],
        ['Cedar School', 1],
      ]),
    ).toBe('Ash School and Birch Academy made the most referrals (2 each).');
  });

  it('counts the others when many schools tie', () => {
    expect(
      schoolsSummary([
        ['A', 2],
        ['B', 2],
        ['C', 2],
        ['D', 2],
      ]),
    ).toBe('A and 3 others made the most referrals (2 each).');
  });

  it('says when no school has made a referral', () => {
    expect(schoolsSummary([])).toBe('No school has made a referral in the period.');
  });
});
