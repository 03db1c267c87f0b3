import { barChartSvg, chartTable } from './bar-chart';
import {
  daysLeftTag,
  namesOf,
  presentDashboard,
  readFilters,
  selectedFilters,
  type DashboardAnswer,
} from './la-dashboard.presenter';
import { dashboardTables, pageItems } from './la-dashboard.view';

const names = { schools: new Map([['100001', 'Oak Academy']]), providers: new Map([['prov-bridges', 'Bridges']]) };

describe('the LA dashboard', () => {
  it('tags the last school day before day 6 red and the day before that yellow', () => {
    const today = '2025-11-03';
    expect([
      daysLeftTag(0, today, today).text,
      daysLeftTag(1, '2025-11-04', today).classes,
      daysLeftTag(2, '2025-11-05', today).classes,
      daysLeftTag(4, '2025-11-07', today).text,
    ]).toEqual(['Day 6 today', 'govuk-tag--red', 'govuk-tag--yellow', '4 school days left']);
  });

  it('says day 6 has passed, in red, for an open clock whose day 6 is behind today', () => {
    expect(daysLeftTag(0, '2025-10-20', '2025-11-03')).toEqual({ text: 'Day 6 has passed', classes: 'govuk-tag--red' });
  });

  it('names the school and the responsible LA, and links each pupil to their page', () => {
    const board = presentDashboard(
      {
        laCode: '201',
        today: '2025-11-03',
        summary: { openDay6Clocks: 1 },
        day6: [
          {
            upn: 'B801200005001',
            schoolUrn: '100001',
            responsibleKind: 'la',
            responsibleId: '201',
            day6: '2025-11-06',
            schoolDaysLeft: 3,
          },
        ],
        breaches: [],
        overdue: [],
        partTime: [],
        parentNotices: [],
      },
      names,
    );
    expect(board.day6[0]).toMatchObject({
      href: '/la/pupils/B801200005001',
      school: 'Oak Academy',
      responsible: 'Local authority 201',
      day6: '6 Nov 2025',
      placement: 'No place accepted',
    });
    expect(board.cards[0]).toEqual({ label: 'Open day-6 clock', value: 1, href: '#day6' });
  });

  it('says "1 place needed today" but "2 places needed today"', () => {
    const cards = (dueToday: number) =>
      presentDashboard(
        {
          laCode: '201',
          today: '2025-11-03',
          summary: { dueToday },
          day6: [],
          breaches: [],
          overdue: [],
          partTime: [],
          parentNotices: [],
        },
        names,
      ).cards[1];
    expect([cards(1).label, cards(2).label, cards(0).label]).toEqual([
      'Place needed today',
      'Places needed today',
      'Places needed today',
    ]);
  });

  it('says a breached pupil with a part-time place has part-time provision only, not none', () => {
    const breach = {
      upn: 'U1',
      schoolUrn: '100001',
      responsibleKind: 'school',
      responsibleId: '100001',
      day6: '2025-11-06',
    };
    const board = presentDashboard(
      {
        laCode: '201',
        today: '2025-11-07',
        summary: {},
        day6: [],
        breaches: [
          {
            ...breach,
            status: 'breached',
            partTimeHoursPerWeek: 12,
            partTimeProviderId: 'prov-bridges',
            acceptedStart: '2025-10-27',
          },
          { ...breach, status: 'breached', partTimeHoursPerWeek: null, partTimeProviderId: null },
        ],
        overdue: [],
        partTime: [],
        parentNotices: [],
      },
      names,
    );
    expect(board.breaches.map((r) => r.provision)).toEqual([
      'Part-time only (12 hours a week at Bridges)',
      'None arranged',
    ]);
  });

  it('names the responsible LA and a commissioning LA by the names the answer carries', () => {
    const named = { ...names, las: new Map([['201', 'Northshire County Council']]) };
    const board = presentDashboard(
      {
        laCode: '201',
        today: '2025-11-03',
        summary: {},
        day6: [
          {
            upn: 'B801200005001',
            schoolUrn: '100001',
            responsibleKind: 'la',
            responsibleId: '201',
            day6: '2025-11-06',
            schoolDaysLeft: 3,
          },
        ],
        breaches: [],
        overdue: [{ kind: 'review', upn: 'U1', commissionerId: '201', dueBy: '2025-11-01' }],
        partTime: [],
        parentNotices: [],
      },
      named,
    );
    expect([board.day6[0]!.responsible, board.overdue[0]!.school]).toEqual([
      'Northshire County Council',
      'Northshire County Council',
    ]);
  });

  it('reads the LAs named in the answer', () => {
    const read = namesOf({ localAuthorities: [{ laCode: '202', name: 'Southshire Council' }] });
    expect(read.las?.get('202')).toBe('Southshire Council');
  });

  it('names an overdue item commissioned by the LA (a permanent exclusion) as the LA, not as a URN', () => {
    const board = presentDashboard(
      {
        laCode: '201',
        today: '2025-11-03',
        summary: {},
        day6: [],
        breaches: [],
        overdue: [
          { kind: 'review', upn: 'U1', commissionerId: '201', dueBy: '2025-11-01' },
          { kind: 'review', upn: 'U2', commissionerId: '100001', dueBy: '2025-11-01' },
        ],
        partTime: [],
        parentNotices: [],
      },
      names,
    );
    expect(board.overdue.map((r) => r.school)).toEqual(['Local authority 201', 'Oak Academy']);
  });

  it('keeps only the filters the form has, and shows each as a tag that removes it', () => {
    const filters = readFilters({ lookedAfter: 'true', school: '100001', table: 'x', other: 'y' });
    expect(filters).toEqual({ school: '100001', lookedAfter: 'true' });
    expect(selectedFilters(filters, names)).toEqual([
      { text: 'Oak Academy', href: '/la?lookedAfter=true' },
      { text: 'Looked after', href: '/la?school=100001' },
    ]);
  });
});

describe("the dashboard's tables", () => {
  const answer = (day6: number, total: number): DashboardAnswer => ({
    laCode: '201',
    today: '2025-11-03',
    summary: {},
    totals: { day6: total, breaches: 0, overdue: 0, partTime: 0, parentNotices: 0 },
    day6: Array.from({ length: day6 }, (_, i) => ({ upn: `U${i}`, day6: '2025-11-06', schoolDaysLeft: 3 })),
    breaches: [],
    overdue: [],
    partTime: [],
    parentNotices: [],
  });

  it('links a table cut short to all of it, with the filters, and does not offer to sort the rows shown', () => {
    const [day6] = dashboardTables(presentDashboard(answer(2, 45), names), { lookedAfter: 'true' });
    expect(day6).toMatchObject({ total: 45, shown: 2, viewAll: '/la/dashboard/day6?lookedAfter=true' });
    expect(day6!.table.attributes).not.toHaveProperty('data-module');
    expect(day6!.table.head[0]).toEqual({ text: 'Pupil (UPN)', html: undefined });
  });

  it('sorts a table shown whole in the browser, and offers nothing more', () => {
    const [day6] = dashboardTables(presentDashboard(answer(2, 2), names), {});
    expect(day6!.viewAll).toBeUndefined();
    expect(day6!.table.attributes).toMatchObject({ 'data-module': 'moj-sortable-table' });
  });

  it('numbers the pages: the first, the last and those either side of the current, the gaps elided', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(1, 3)).toEqual([1, 2, 3]);
    expect(pageItems(5, 18)).toEqual([1, undefined, 4, 5, 6, undefined, 18]);
    expect(pageItems(18, 18)).toEqual([1, undefined, 17, 18]);
  });
});

describe('a chart', () => {
  const chart = {
    id: 'weekly',
    title: 'Breaches by week',
    labels: ['w/c 3 Nov', 'w/c 10 Nov'],
    series: [{ name: 'Breaches', values: [2, 0], colour: '#d4351c' }],
  };

  it('is an SVG image with a title and a description, and one bar per non-zero figure', () => {
    const svg = barChartSvg(chart);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="weekly-title">Breaches by week</title>');
    expect(svg.match(/<rect [^>]*fill="#d4351c"/g)).toHaveLength(2); // one bar and the legend key
  });

  it('has a table with the same figures', () => {
    expect(chartTable(chart, 'Week').rows).toEqual([
      [{ text: 'w/c 3 Nov' }, { text: '2', format: 'numeric' }],
      [{ text: 'w/c 10 Nov' }, { text: '0', format: 'numeric' }],
    ]);
  });
});
