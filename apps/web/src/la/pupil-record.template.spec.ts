import express from 'express';
import { configureTemplates } from '../http/templates';
import { presentCase, presentCaseChanges } from './pupil-case.presenter';
import { presentRecordsAt } from './pupil-record.presenter';
import { NOTHING_OPEN, referralTo } from './pupil-case.fixture';

const env = configureTemplates(express());
const page = (extra: object) =>
  env.render('la/pupil-record.njk', {
    upn: 'B801200005001',
    pupil: { heading: 'Sam Pupil', rows: [] },
    caseRows: [],
    timeline: [],
    accessLog: [],
    accessLogTotal: 0,
    at: { date: {}, compare: {}, values: {} },
    errors: [],
    asOf: { heading: 'The record as it was on Thursday 6 November 2025 at 9:00am', iso: '2025-11-06T09:00:00.000Z' },
    ...extra,
  });
/** The as-of part of the page as a reader sees it: tags gone, and without what a closed <details> holds. */
const shown = (html: string) => {
  const part = html.slice(html.indexOf('id="records-at"'), html.indexOf('What happened'));
  return part
    .replace(/<details[\s\S]*?<\/details>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
};

describe("the pupil's page, as it was and what changed", () => {
  it('shows the record as it was in words, with each record’s raw state only inside a closed details', () => {
    const html = page({
      recordsAt: {
        rows: presentCase({ ...NOTHING_OPEN, referrals: [referralTo('submitted')] }),
        records: presentRecordsAt({ 'referral-r1': { version: 3, state: { status: 'submitted' } } }),
      },
    });
    expect(shown(html)).toContain('Referral Suspension: waiting for provider, Bridges');
    expect(shown(html)).not.toMatch(/[{}]|submitted/);
    expect(html).toMatch(
      /<details[^>]*id="as-of-detail"[\s\S]*Referral r1 \(version 3\)[\s\S]*&quot;status&quot;: &quot;submitted&quot;/,
    );
  });

  it('tells what changed between two dates in the same words, a row per thing that changed', () => {
    const rows = presentCaseChanges(
      { ...NOTHING_OPEN, referrals: [referralTo('submitted')] },
      { ...NOTHING_OPEN, referrals: [referralTo('accepted')] },
    );
    const html = page({ changes: { heading: 'What changed up to Friday 7 November 2025 at 11:59pm', rows } });
    expect(shown(html)).toContain('Referral Suspension: waiting for provider, Bridges Suspension: accepted, Bridges');
    expect(html).toContain('<th scope="row" class="govuk-table__header">Referral</th>');
    expect(shown(page({ changes: { heading: 'What changed', rows: [] } }))).toContain(
      'Nothing changed between the two dates.',
    );
  });
});
