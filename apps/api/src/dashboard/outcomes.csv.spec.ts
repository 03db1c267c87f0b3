import { OUTCOMES_CSV_COLUMNS, outcomesCsv } from './outcomes.csv';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
type Row = Parameters<typeof outcomesCsv>[1];
const measures = (providerId: string, providerName: string, attendancePercent: number): Row =>
  ({
    ...Object.fromEntries(OUTCOMES_CSV_COLUMNS.map(([key]) => [key, 0])),
    providerId,
    providerName,
    attendancePercent,
  }) as Row;

describe("the outcome measures' CSV download", () => {
  it('heads each column in words, the provider named beside its id, the total last', () => {
    const [header, provider, total] = lines(
      outcomesCsv([measures('prov-bridges', 'Bridges Learning', 93)], measures('LA 201', 'All providers', 93)),
    );
    expect(header).toBe(
      'Provider ID,Provider,Outreach episodes,Outreach episodes that can be assessed,' +
        'Outreach: pupils who stayed in their school,Pupils supported part-time,Attendance reviews,' +
        'Average attendance (%),Pupils who returned to school,Returns followed up,Reintegration sustained,' +
        'English attainment recorded,English improved,Maths attainment recorded,Maths improved,' +
        'Post-16 destinations recorded,"Post-16 in education, employment or training",' +
        '"Post-16 not in education, employment or training"',
    );
    expect(provider).toMatch(/^prov-bridges,Bridges Learning,0,0,0,0,0,93,/);
    expect(total).toMatch(/^LA 201,All providers,/);
  });
});
