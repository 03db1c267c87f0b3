import { DASHBOARD_CSV_COLUMNS, dashboardCsv } from './dashboard.csv';
import { DAY6_COLUMNS, OVERDUE_COLUMNS, PART_TIME_COLUMNS } from './dashboard-tables.query';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
const keysOf = (columns: ReadonlyArray<readonly [string, string]>) => columns.map(([, key]) => key);

describe("the LA dashboard's CSV downloads", () => {
  it('head each column in words a spreadsheet user reads, not the record keys', () => {
    expect(lines(dashboardCsv('day6', []))[0]).toBe(
      'Reference,UPN,School URN,Responsible body,Responsible body URN or LA code,Day 1,Day 6,Status,Place accepted,' +
        'Accepted start date,Started on,Started full time,First parent notice missing,Provision parent notice missing,' +
        'Reason for referral,Provider ID,Looked after (provision from day 1),Why the timeline ended,' +
        'Part-time place started on,Part-time hours a week,Part-time provider ID,School days left',
    );
    expect(lines(dashboardCsv('overdue', []))[0]).toBe(
      'What is overdue,Record reference,Due by,Recorded as overdue at,UPN,' +
        'Commissioner URN or LA code,Provider ID,Reason for referral',
    );
    expect(lines(dashboardCsv('partTime', []))[0]).toBe(
      'Placement reference,UPN,Provider ID,Commissioner URN or LA code,Hours a week,Part time since,' +
        'Part-time end date,Calendar days part time,End date passed',
    );
  });

  it('writes every column the dashboard reads, in its order, for a table with rows or none', () => {
    expect(DASHBOARD_CSV_COLUMNS.day6.map(([key]) => key)).toEqual([...keysOf(DAY6_COLUMNS), 'schoolDaysLeft']);
    expect(DASHBOARD_CSV_COLUMNS.overdue.map(([key]) => key)).toEqual(keysOf(OVERDUE_COLUMNS));
    expect(DASHBOARD_CSV_COLUMNS.partTime.map(([key]) => key)).toEqual(keysOf(PART_TIME_COLUMNS));
    const row = { upn: 'B801200005001', day6: '2025-11-10', schoolDaysLeft: 3, extra: 'not a column' };
    expect(lines(dashboardCsv('breaches', [row]))[0]).toBe(lines(dashboardCsv('breaches', []))[0]);
  });

  it('keeps dates ISO so a spreadsheet sorts them', () => {
    const [, row] = lines(
      dashboardCsv('overdue', [
        { kind: 'review', dueBy: '2025-11-06', raisedAt: new Date('2025-11-07T00:00:05.000Z'), upn: 'B801200005001' },
      ]),
    );
    expect(row).toBe('Placement review,,2025-11-06,2025-11-07T00:00:05.000Z,B801200005001,,,');
  });

  it('writes codes in the words the pages use, and keeps ids and UPNs as they are', () => {
    const [, row] = lines(
      dashboardCsv('breaches', [
        {
          periodId: 'p-1',
          upn: 'B801200005001',
          schoolUrn: '100001',
          responsibleKind: 'la',
          responsibleId: '201',
          day1: '2025-10-30',
          day6: '2025-11-06',
          status: 'breached',
          placementAccepted: false,
          startedFullTime: null,
          firstNoticeMissing: true,
          provisionNoticeMissing: false,
          reason: 'permanent_exclusion',
          lookedAfterFromDay1: false,
          endedReason: 'exception_y11_exams_over',
          schoolDaysLeft: 0,
        },
      ]),
    );
    expect(row).toBe(
      'p-1,B801200005001,100001,Local authority,201,2025-10-30,2025-11-06,No provision by day 6,No,,,,Yes,No,' +
        'Permanent exclusion,,No,Year 11 pupil whose public exams are over,,,,0',
    );
    const [, overdue] = lines(dashboardCsv('overdue', [{ kind: 'provider_response', subjectId: 'r-1' }]));
    expect(overdue).toBe("Provider's response to a referral,r-1,,,,,,");
    const [, school] = lines(dashboardCsv('day6', [{ responsibleKind: 'school', status: 'open' }]));
    expect(school).toContain(',School,');
    expect(school).toContain(',Provision needed,');
  });
});
