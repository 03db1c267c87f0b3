import { reasonText } from '../words/codes';
import { shortDate } from '../words/dates';
import type { BarChart } from './bar-chart';

/** What GET /la/trends answers. */
export type TrendsAnswer = Readonly<{
  from: string;
  to: string;
  weeks: ReadonlyArray<{ weekStarting: string; clocksStarted: number; breaches: number }>;
  timeToFirstProvision: Readonly<{
    started: number;
    notStarted: number;
    medianSchoolDays: number | null;
    bands: ReadonlyArray<{ band: string; clocks: number }>;
  }>;
  referralsByReason: ReadonlyArray<{ reason: string; referrals: number }>;
  referralsBySchool: ReadonlyArray<{ urn: string; name: string | null; referrals: number; pupils: number }>;
}>;

const BLUE = '#1d70b8';
const RED = '#d4351c';
const GREEN = '#00703c';
const PURPLE = '#4c2c92';

/** The four trend charts, each with the figures its table shows. Only weeks up to the last with any activity are drawn. */
export function presentTrends(answer: TrendsAnswer) {
  const lastActive = answer.weeks.findLastIndex((w) => w.clocksStarted > 0 || w.breaches > 0);
  const weeks = answer.weeks.slice(0, Math.max(lastActive + 2, Math.min(answer.weeks.length, 8)));
  const ttp = answer.timeToFirstProvision;
  const schools = answer.referralsBySchool.slice(0, 15);
  const charts: Array<{ chart: BarChart; labelHeading: string; summary: string }> = [
    {
      chart: {
        id: 'weekly',
        title: 'Day-6 clocks started and breaches, by week',
        labels: weeks.map((w) => `w/c ${shortDate(w.weekStarting)}`),
        series: [
          { name: 'Day-6 clocks started', values: weeks.map((w) => w.clocksStarted), colour: BLUE },
          { name: 'Breaches (no full-time provision on day 6)', values: weeks.map((w) => w.breaches), colour: RED },
        ],
      },
      labelHeading: 'Week',
      summary: `${sum(weeks.map((w) => w.breaches))} breaches from ${sum(weeks.map((w) => w.clocksStarted))} day-6 clocks.`,
    },
    {
      chart: {
        id: 'provision',
        title: 'Time to first provision after an exclusion, in school days',
        labels: ttp.bands.map((b) => b.band),
        series: [{ name: 'Pupils', values: ttp.bands.map((b) => b.clocks), colour: GREEN }],
      },
      labelHeading: 'Provision started',
      summary:
        ttp.medianSchoolDays === null
          ? `No provision has started yet; ${ttp.notStarted} pupils are waiting.`
          : `Half of pupils had provision by school day ${ttp.medianSchoolDays}. ${ttp.notStarted} still waiting.`,
    },
    {
      chart: {
        id: 'reasons',
        title: 'Referrals by reason',
        labels: answer.referralsByReason.map((r) => reasonText(r.reason)),
        series: [{ name: 'Referrals', values: answer.referralsByReason.map((r) => r.referrals), colour: PURPLE }],
      },
      labelHeading: 'Reason',
      summary: `${sum(answer.referralsByReason.map((r) => r.referrals))} referrals in the period.`,
    },
    {
      chart: {
        id: 'schools',
        title: 'Schools that use alternative provision most',
        labels: schools.map((s) => s.name ?? `URN ${s.urn}`),
        series: [
          { name: 'Referrals', values: schools.map((s) => s.referrals), colour: BLUE },
          { name: 'Pupils', values: schools.map((s) => s.pupils), colour: GREEN },
        ],
      },
      labelHeading: 'School',
      summary: schools[0]
        ? `${schools[0].name ?? schools[0].urn} made the most referrals (${schools[0].referrals}).`
        : 'No school has made a referral in the period.',
    },
  ];
  return { from: answer.from, to: answer.to, charts };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

type Measures = Readonly<{
  providerId: string;
  providerName?: string | null;
  outreach: { pupilsSupportedPartTime: number };
  attendance: { reviews: number; averagePercent: number | null };
  reintegration: { returned: number; followedUp: number; sustained: number; sustainedPercent: number | null };
  attainment: { englishRecorded: number; englishImproved: number; mathsRecorded: number; mathsImproved: number };
  post16: { recorded: number; eet: number; eetPercent: number | null };
}>;

const percent = (value: number | null, of: number, unit: string) =>
  value === null ? 'None recorded' : `${value}% (${of} ${unit})`;

/** The national AP performance framework's five outcomes, one row per provider and one for the LA. */
export function outcomesTable(answer: { total: Measures; providers: readonly Measures[] }) {
  const row = (m: Measures, name: string) => [
    { text: name },
    { text: String(m.outreach.pupilsSupportedPartTime), format: 'numeric' },
    { text: percent(m.attendance.averagePercent, m.attendance.reviews, 'reviews') },
    { text: percent(m.reintegration.sustainedPercent, m.reintegration.followedUp, 'followed up') },
    {
      text: `English ${m.attainment.englishImproved} of ${m.attainment.englishRecorded}, maths ${m.attainment.mathsImproved} of ${m.attainment.mathsRecorded}`,
    },
    { text: percent(m.post16.eetPercent, m.post16.recorded, 'recorded') },
  ];
  return {
    caption: 'Outcomes by provider (national AP performance framework)',
    captionClasses: 'govuk-table__caption--m',
    head: [
      { text: 'Provider' },
      { text: 'Outreach: pupils supported part-time', format: 'numeric' },
      { text: 'Attendance' },
      { text: 'Reintegration sustained' },
      { text: 'English and maths improved' },
      { text: 'Post-16 in education, employment or training' },
    ],
    rows: [...answer.providers.map((m) => row(m, m.providerName ?? m.providerId)), row(answer.total, 'All providers')],
  };
}
