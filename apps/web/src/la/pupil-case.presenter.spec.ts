import { presentCase, presentCaseChanges } from './pupil-case.presenter';
import { NOTHING_OPEN, referralTo } from './pupil-case.fixture';

const told = (rows: ReturnType<typeof presentCase>) => rows.map((r) => `${r.key.text}: ${r.value.text}`);
const nothing = NOTHING_OPEN;

describe("the pupil's case in words (now, and as it was on a date)", () => {
  it('tells the referral and placement with the provider by name, the status, hours and start in words', () => {
    const rows = presentCase({
      ...nothing,
      referrals: [{ reason: 'suspension', status: 'accepted', providerId: 'prov-b', providerName: 'Bridges' }],
      placements: [
        {
          status: 'active',
          providerId: 'prov-b',
          providerName: 'Bridges',
          startDate: '2025-11-07',
          startedOn: '2025-11-07',
          timetable: { hoursPerWeek: 25 },
          fullTime: true,
        },
        {
          status: 'planned',
          providerId: 'prov-c',
          startDate: '2025-11-10',
          timetable: { hoursPerWeek: 15 },
          fullTime: false,
        },
      ],
    });
    expect(told(rows)).toEqual([
      'Referral: Suspension: accepted, Bridges',
      'Placement: Attending, Bridges, 25 hours a week, started Fri 7 Nov 2025',
      'Placement: Not started, prov-c, 15 hours a week (part-time), to start Mon 10 Nov 2025',
    ]);
  });

  it('tells a day-6 clock by its day 1 and day 6, where it stands and who is responsible', () => {
    const rows = presentCase({
      ...nothing,
      openTimelines: {
        day6: [
          {
            day1: '2025-10-23',
            day6: '2025-11-06',
            status: 'breached',
            responsibleKind: 'school',
            responsibleId: '100001',
            responsibleName: 'Oak Academy',
          },
          { day1: '2025-11-10', day6: '2025-11-17', status: 'open', responsibleKind: 'la', responsibleId: '201' },
        ],
        overdue: [{ kind: 'induction_meeting', subjectId: 'r1', dueBy: '2025-11-14' }],
      },
    });
    expect(told(rows)).toEqual([
      'Day-6 clock: Day 1 Thu 23 Oct 2025, day 6 Thu 6 Nov 2025: breached, no full-time provision. Oak Academy is responsible',
      'Day-6 clock: Day 1 Mon 10 Nov 2025, day 6 Mon 17 Nov 2025: running. Local authority 201 is responsible',
      'Overdue: Induction meeting, due by Fri 14 Nov 2025',
    ]);
  });

  it('tells the exclusions, the induction and the transition in words, never as codes', () => {
    const rows = presentCase({
      ...nothing,
      exclusions: [
        {
          exclusions: {
            e1: { exclusionType: 'SUSP', startDate: '2025-10-23', schoolUrn: '100001', schoolName: 'Oak Academy' },
            e2: { exclusionType: 'LNCH', startDate: '2025-10-01', schoolUrn: '100002', cancelled: true },
          },
        },
      ],
      inductions: [
        { status: 'in_progress', meetingHeldOn: '2025-11-11' },
        { status: 'completed', completedOn: '2025-11-28' },
      ],
      transitions: [
        { status: 'planned', destination: { kind: 'home_school' }, plannedDate: '2026-01-05' },
        { status: 'confirmed', destination: { kind: 'other_ap' }, startsOn: '2026-01-06' },
      ],
    });
    expect(told(rows)).toEqual([
      'Exclusion: Suspension from Thu 23 Oct 2025, Oak Academy',
      'Exclusion: Lunchtime suspension from Wed 1 Oct 2025, URN 100002, cancelled',
      'Induction: In progress: meeting held Tue 11 Nov 2025, no plan agreed yet',
      'Induction: Completed Fri 28 Nov 2025',
      'Transition: Planned: back to the home school on Mon 5 Jan 2026',
      'Transition: Confirmed: another alternative provision, starting Tue 6 Jan 2026',
    ]);
    expect(rows.map((r) => r.value.text).join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}|[{}_]|SUSP|in_progress/);
  });

  it('says nothing is open when the case holds nothing', () => {
    expect(told(presentCase(nothing))).toEqual(['Case: Nothing open']);
  });
});

describe('what changed between two dates, in the same words', () => {
  const clock = {
    periodId: 'x1',
    day1: '2025-10-23',
    day6: '2025-11-06',
    status: 'open',
    responsibleName: 'Oak Academy',
    responsibleId: '100001',
  };

  it('lists each thing that changed as it was at each date, and leaves out what did not', () => {
    const first = { ...nothing, referrals: [referralTo('submitted')], openTimelines: { day6: [clock], overdue: [] } };
    const second = {
      ...nothing,
      referrals: [referralTo('accepted')],
      placements: [
        {
          id: 'r1',
          status: 'planned',
          providerName: 'Bridges',
          startDate: '2025-11-07',
          timetable: { hoursPerWeek: 25 },
        },
      ],
      openTimelines: { day6: [clock], overdue: [] },
    };
    expect(presentCaseChanges(first, second)).toEqual([
      {
        record: 'Referral',
        before: 'Suspension: waiting for provider, Bridges',
        after: 'Suspension: accepted, Bridges',
      },
      {
        record: 'Placement',
        before: 'Not recorded yet',
        after: 'Not started, Bridges, 25 hours a week, to start Fri 7 Nov 2025',
      },
    ]);
    expect(presentCaseChanges(second, { ...second, openTimelines: { day6: [], overdue: [] } })).toEqual([
      {
        record: 'Day-6 clock',
        before: 'Day 1 Thu 23 Oct 2025, day 6 Thu 6 Nov 2025: running. Oak Academy is responsible',
        after: 'No longer open',
      },
    ]);
    expect(presentCaseChanges(first, first)).toEqual([]);
  });
});
