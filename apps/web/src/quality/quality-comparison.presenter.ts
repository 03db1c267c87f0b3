import { linkHtml, tagHtml } from '../views/html';
import type { Area } from './quality.form';
import { groupScore, profileStatus, type QualityProfile } from './quality.presenter';

type Outcomes = Readonly<{
  outreach: Readonly<{ episodes: number; assessable: number; stayedInSchool: number }>;
  attendance: Readonly<{ reviews: number; averagePercent: number | null }>;
  reintegration: Readonly<{ returned: number; followedUp: number; sustained: number }>;
  post16: Readonly<{ recorded: number; eet: number; neet: number }>;
}>;
export type ProviderComparison = Readonly<{
  providerId: string;
  name: string;
  quality: QualityProfile | null;
  feedback: Readonly<{ responses: number; helped: number }> | null;
  outcomes: Outcomes | null;
}>;

const of = (n: number, total: number, none: string) => (total === 0 ? none : `${n} of ${total}`);

/** Each provider's quality profile (the three groups' average ratings) beside its feedback and outcome measures. */
export function presentComparison(providers: readonly ProviderComparison[], areas: readonly Area[]) {
  return providers.map((p) => {
    const o = p.outcomes;
    return {
      providerId: p.providerId,
      name: p.name,
      href: `/la/quality/${encodeURIComponent(p.providerId)}`,
      status: profileStatus(p.quality),
      community: groupScore(p.quality, areas, 'community'),
      curriculum: groupScore(p.quality, areas, 'curriculum'),
      currency: groupScore(p.quality, areas, 'currency'),
      feedback: p.feedback ? `${p.feedback.helped.toFixed(1)} (${p.feedback.responses})` : 'None',
      outreach: o ? of(o.outreach.stayedInSchool, o.outreach.assessable, 'None yet') : 'None yet',
      attendance: o?.attendance.averagePercent != null ? `${o.attendance.averagePercent}%` : 'Not recorded',
      sustained: o ? of(o.reintegration.sustained, o.reintegration.followedUp, 'None followed up') : 'None followed up',
      post16: o && o.post16.recorded > 0 ? `${o.post16.eet} of ${o.post16.recorded} (NEET ${o.post16.neet})` : 'None',
    };
  });
}

/** govukTable arguments for the side-by-side page. */
export function comparisonTable(rows: ReturnType<typeof presentComparison>) {
  const n = (text: string) => ({ text, format: 'numeric' });
  return {
    caption: 'Quality ratings (1 to 4) beside outcomes',
    captionClasses: 'govuk-table__caption--m',
    firstCellIsHeader: true,
    head: [
      { text: 'Provider' },
      { text: 'Quality' },
      n('Community'),
      n('Curriculum'),
      n('Currency'),
      n('Feedback: it helped (responses)'),
      n('Outreach: stayed in school'),
      n('Attendance'),
      n('Returns sustained'),
      n('Post-16 in education, employment or training'),
    ],
    rows: rows.map((r) => [
      { html: linkHtml(r.href, r.name) },
      { html: tagHtml(r.status) },
      n(r.community),
      n(r.curriculum),
      n(r.currency),
      n(r.feedback),
      n(r.outreach),
      n(r.attendance),
      n(r.sustained),
      n(r.post16),
    ]),
  };
}
