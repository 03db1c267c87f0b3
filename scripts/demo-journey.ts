import { parseArgs } from 'node:util';
import { completeSections } from '../libs/domain/src/referral/referral.fixtures';
import { API, as, engineDay, runDemo } from './demo-client';

/**
 * `npm run demo:journey`: the README's referral journey, step by step, with dates from the engine's clock (so it
 * holds on any day): the school refers a suspended pupil, fills in every section, submits to the demo provider, the
 * provider accepts and the placement appears. Idempotency-Keys make a second run the same day replay, not repeat.
 * `npm run demo:journey -- --dates` prints the dates as shell exports for the README's curl lines.
 */
const UPN = 'B801200005001';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dates: { type: 'boolean', default: false } } });
  const day = await engineDay();
  if (values.dates) {
    console.log(`export TODAY=${day.today} LAST_SCHOOL_DAY=${day.lastSchoolDay} START_DAY=${day.nextSchoolDay}`);
    return;
  }
  const school = await as('school', '100001', 'demo-school');
  const provider = await as('provider', 'prov-bridges', 'demo-provider');
  const officer = await as('la_officer', '201', 'demo-la-officer');
  step(`The engine's clock says ${day.now}: last school day ${day.lastSchoolDay}, next ${day.nextSchoolDay} (${API})`);

  const opened = await school('POST', '/referrals', {
    reason: 'suspension',
    upn: UPN,
    exclusion: { exclusionType: 'SUSP', firstDay: day.lastSchoolDay, lengthSchoolDays: 10, reasons: ['PA'] },
  });
  const id = String(opened.referralId);
  step(`School 100001 opened referral ${id} for pupil ${UPN}`);
  for (const { section, content } of completeSections(day.lastSchoolDay)) {
    await school('PUT', `/referrals/${id}/sections/${section}`, content);
  }
  const draft = await school('GET', `/referrals/${id}`);
  step(`Filled in every section; still missing: ${JSON.stringify(draft.missing ?? [])}`);

  await school('POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
  const inbox = await provider('GET', '/providers/me/inbox');
  step(`Submitted to prov-bridges; its inbox holds ${countOf(inbox)} referral(s)`);

  await provider('POST', `/referrals/${id}/accept`, { startDate: day.nextSchoolDay, hoursPerWeek: 25 });
  const placement = await provider('GET', `/placements/${id}`);
  step(`Accepted to start on ${day.nextSchoolDay}: placement ${id} is ${placement.status ?? 'recorded'}`);

  const dashboard = await officer('GET', '/la/dashboard');
  const tables = ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'];
  step(`LA 201 dashboard: ${tables.map((table) => `${table} ${countOf({ items: dashboard[table] })}`).join(', ')}`);
  console.log(`\nDone. Try: curl -H "authorization: Bearer $LA" ${API}/pupils/${UPN}/history`);
}

const step = (text: string) => console.log(`  ✓ ${text}`);

const countOf = (list: Record<string, unknown>): number =>
  Array.isArray(list) ? list.length : Array.isArray(list.items) ? list.items.length : 0;

runDemo(main);
