import type { Schemas } from '../api/api-types';
import { reasonText } from '../words/codes';
import { count, listed } from '../words/counts';
import { shortDate } from '../words/dates';
import type { BarChart } from './bar-chart';

/** What GET /la/trends answers. */
export type TrendsAnswer = Schemas['TrendsDto'];
/** What GET /la/outcomes answers. */
export type OutcomesAnswer = Schemas['OutcomesDto'];

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
      summary: mostReferrals(answer.referralsBySchool),
    },
  ];
  return { from: answer.from, to: answer.to, charts };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Every school tied for the most referrals is named, up to three; beyond that, "… and N others". */
function mostReferrals(schools: TrendsAnswer['referralsBySchool']): string {
  const most = Math.max(0, ...schools.map((s) => s.referrals));
  if (most === 0) return 'No school has made a referral in the period.';
  const names = schools.filter((s) => s.referrals === most).map((s) => s.name ?? `URN ${s.urn}`);
  if (names.length === 1) return `${names[0]} made the most referrals (${most}).`;
  const who = names.length <= 3 ? listed(names) : `${names[0]} and ${count(names.length - 1, 'other')}`;
  return `${who} made the most referrals (${most} each).`;
}

type Measures = Schemas['OutcomeMeasuresDto'] & { providerName?: string | null };

const percent = (value: number | null, of: number, unit: string, units = `${unit}s`) =>
  value === null ? 'None recorded' : `${value}% (${count(of, unit, units)})`;

function attainment(m: Measures['attainment']): string {
  const subjects = [
    m.englishRecorded > 0 ? `English ${m.englishImproved} of ${m.englishRecorded}` : null,
    m.mathsRecorded > 0 ? `maths ${m.mathsImproved} of ${m.mathsRecorded}` : null,
  ].filter((s): s is string => s !== null);
  if (subjects.length === 0) return 'None recorded';
  const text = subjects.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The national AP performance framework's five outcomes, one row per provider and one for the LA. */
export function outcomesTable(answer: OutcomesAnswer) {
  const row = (m: Measures, name: string) => [
    { text: name },
    {
      text: percent(
        m.outreach.stayedInSchoolPercent,
        m.outreach.assessable,
        'episode followed up',
        'episodes followed up',
      ),
    },
    { text: String(m.partTimePupils), format: 'numeric' },
    { text: percent(m.attendance.averagePercent, m.attendance.reviews, 'review') },
    {
      text: percent(
        m.reintegration.sustainedPercent,
        m.reintegration.followedUp,
        'pupil followed up',
        'pupils followed up',
      ),
    },
    { text: attainment(m.attainment) },
    { text: percent(m.post16.eetPercent, m.post16.recorded, 'destination recorded', 'destinations recorded') },
  ];
  return {
    caption: 'Outcomes by provider (national AP performance framework)',
    captionClasses: 'govuk-table__caption--m',
    head: [
      { text: 'Provider' },
      { text: 'Outreach: pupils who stayed in their school' },
      { text: 'Pupils supported part-time', format: 'numeric' },
      { text: 'Attendance' },
      { text: 'Reintegration sustained' },
      { text: 'English and maths improved' },
      { text: 'Post-16 in education, employment or training' },
    ],
    rows: [...answer.providers.map((m) => row(m, m.providerName ?? m.providerId)), row(answer.total, 'All providers')],
  };
}
