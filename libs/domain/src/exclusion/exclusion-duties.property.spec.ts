import fc from 'fast-check';
import { addCalendarDays, isSchoolDay, ENGLAND_STANDARD_CALENDAR, type SchoolCalendar } from '../calendar';
import { withInset } from '../calendar/calendar.fixtures';
import { day6Duties } from './exclusion-duties';
import type { ExclusionEntry } from './exclusion.state';
import { exclusionEntry } from './exclusion.fixtures';

/**
 * The oracle knows only the calendar: it lists the school days, gives each two sessions, marks the sessions each
 * live exclusion covers, calls a day excluded when its morning session is, and reads the duties off the runs.
 * It never uses day 1, last-day or next-school-day helpers of the code under test.
 */
type Pick = Readonly<{
  type: 'SUSP' | 'PERM' | 'LNCH';
  offset: number;
  partWay: boolean;
  sessions: number;
  cancelled: boolean;
}>;

const WINDOW_START = '2025-10-06';
const schoolDaysOf = (calendar: SchoolCalendar): string[] => {
  const days: string[] = [];
  for (let date = WINDOW_START; days.length < 160; date = addCalendarDays(date, 1))
    if (isSchoolDay(calendar, date)) days.push(date);
  return days;
};

function oracle(picks: readonly Pick[], calendar: SchoolCalendar): string[] {
  const days = schoolDaysOf(calendar);
  const covered = new Set<number>();
  const pexFrom: number[] = [];
  for (const p of picks) {
    if (p.cancelled || p.type === 'LNCH') continue;
    const date = addCalendarDays(WINDOW_START, p.offset);
    const index = days.findIndex((d) => d >= date);
    const first = days[index] === date && p.partWay ? 2 * index + 1 : 2 * index;
    const end = p.type === 'PERM' ? 2 * days.length : first + p.sessions;
    for (let s = first; s < end; s += 1) covered.add(s);
    if (p.type === 'PERM') pexFrom.push(Math.ceil(first / 2));
  }
  const excluded = (i: number) => covered.has(2 * i);
  const duties: string[] = [];
  for (let i = 0; i < days.length - 10; i += 1) {
    if (!excluded(i) || (i > 0 && excluded(i - 1))) continue;
    let end = i;
    while (end + 1 < days.length && excluded(end + 1)) end += 1;
    const pex = pexFrom.filter((f) => f >= i && f <= end).sort((a, b) => a - b)[0];
    const suspendedDays = (pex ?? end + 1) - i;
    if (suspendedDays > 5) duties.push(`school:100001:${days[i + 5]}`);
    if (pex !== undefined) duties.push(`la:202:${days[Math.max(i + 5, pex)]}`);
    i = end;
  }
  return duties.sort();
}

const entryOf = (p: Pick, seq: number): ExclusionEntry =>
  exclusionEntry({
    exclusionId: `ex-${seq}`,
    exclusionType: p.type,
    startDate: addCalendarDays(WINDOW_START, p.offset),
    startsPartWay: p.partWay,
    sessions: p.type === 'PERM' ? undefined : p.type === 'LNCH' ? 1 : p.sessions,
    cancelled: p.cancelled,
    seq,
  });

const pick: fc.Arbitrary<Pick> = fc.record({
  type: fc.constantFrom<Pick['type']>('SUSP', 'SUSP', 'SUSP', 'SUSP', 'SUSP', 'SUSP', 'PERM', 'LNCH'),
  offset: fc.integer({ min: 0, max: 70 }),
  partWay: fc.boolean(),
  sessions: fc.integer({ min: 1, max: 14 }),
  cancelled: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});
/** The calendar as it now is: the standard one with INSET days and closures published at any time. */
const calendar: fc.Arbitrary<SchoolCalendar> = fc
  .array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 })
  .map((offsets) => withInset(ENGLAND_STANDARD_CALENDAR, ...offsets.map((o) => addCalendarDays(WINDOW_START, o))));

const derived = (picks: readonly Pick[], order: readonly number[], cal: SchoolCalendar): string[] =>
  day6Duties(
    order.map((i, seq) => entryOf(picks[i]!, seq)),
    cal,
  )
    .map((d) => `${d.responsible.kind}:${d.responsible.organisationId}:${d.day6}`)
    .sort();

const sequences = fc.array(pick, { minLength: 1, maxLength: 7 }).chain((picks) =>
  fc.tuple(
    fc.constant(picks),
    fc.shuffledSubarray(
      picks.map((_, i) => i),
      { minLength: picks.length },
    ),
  ),
);

describe('day-6 duties over any sequence of exclusions', () => {
  it('arise exactly when a run of live excluded school days passes five, with day 6 and the holder right', () => {
    fc.assert(
      fc.property(sequences, calendar, ([picks, order], cal) => {
        expect(derived(picks, order, cal)).toEqual(oracle(picks, cal));
      }),
      { numRuns: 2000 },
    );
  });

  it('do not depend on the order the exclusions were recorded in', () => {
    fc.assert(
      fc.property(sequences, calendar, ([picks, order], cal) => {
        expect(derived(picks, order, cal)).toEqual(
          derived(
            picks,
            picks.map((_, i) => i),
            cal,
          ),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
