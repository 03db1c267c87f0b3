import { registerOrganisations } from '../support/world';
import { eventually } from '../support/eventually';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { TestApp, type Caller } from '../support/test-app';

const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const upn = (serial: number) => {
  const body = `80120000250${serial}`.padEnd(12, '0').slice(0, 12);
  return `${upnCheckLetter(body)}${body}`;
};

let app: TestApp;
const periods: Record<'none' | 'day5' | 'day7', string> = { none: '', day5: '', day7: '' };

/** The home LA's day-6 timeline for the pupil (a permanent exclusion is the home LA's duty). */
async function timeline(pupil: string): Promise<string[]> {
  const { rows } = await app.db.pool.query<{ type: string }>(
    `SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version`,
    [`day6-201-${pupil}`],
  );
  return rows.map((r) => r.type).filter((t) => !t.startsWith('Deadline'));
}

/** Moves the clock to the start of a day and lets the worker's deadline poller look (it polls every 250 ms). */
async function startOf(day: string): Promise<void> {
  app.clock.set('fixed', `${day}T00:00:01.000Z`);
  await new Promise((resolve) => setTimeout(resolve, 700));
}

async function excludeAndRefer(pupil: string, startDate: string | undefined): Promise<string> {
  const recorded = await app.request(SCHOOL, 'POST', `/pupils/${pupil}/exclusions`, {
    homeLaCode: '201',
    exclusionType: 'PERM',
    startDate: '2025-10-23',
    startsPartWay: false,
    reasons: ['PA'],
    yearGroup: 9,
  });
  expect(recorded.status).toBe(201);
  if (!startDate) return pupil;
  const opened = await app.request(LA, 'POST', '/referrals', {
    reason: 'permanent_exclusion',
    upn: pupil,
    exclusion: { exclusionType: 'PERM', firstDay: '2025-10-23', reasons: ['PA'] },
  });
  for (const { section, content } of completeSections('2025-10-01')) {
    await app.request(
      LA,
      'PUT',
      `/referrals/${opened.body.referralId}/sections/${section}`,
      section === 'identity' ? { ...content, upn: pupil } : content,
    );
  }
  await app.request(LA, 'POST', `/referrals/${opened.body.referralId}/submit`, { providerId: 'prov-bridges' });
  expect(
    (
      await app.request(PROVIDER, 'POST', `/referrals/${opened.body.referralId}/accept`, {
        startDate,
        hoursPerWeek: 25,
      })
    ).status,
  ).toBe(200);
  return `${pupil}|${opened.body.referralId}`;
}

beforeAll(async () => {
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'school', provider: 'school' });
  periods.none = await excludeAndRefer(upn(1), undefined);
  periods.day5 = await excludeAndRefer(upn(2), '2025-11-05');
  periods.day7 = await excludeAndRefer(upn(3), '2025-11-07');
  await eventually(
    async () =>
      (await app.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE type = 'Day6TimelineStarted'`)).rows[0]
        .n === 3,
  );
  // Both acceptances reach the timelines before the test moves the clock past the first notice's deadline.
  await eventually(
    async () =>
      (await app.db.pool.query(`SELECT count(*)::int AS n FROM events WHERE type = 'Day6PlacementAccepted'`)).rows[0]
        .n === 2,
  );
});

afterAll(async () => {
  await app?.stop();
});

const period = (key: keyof typeof periods) => periods[key].split('|')[0]!;
const referral = (key: keyof typeof periods) => periods[key].split('|')[1]!;

describe('day 6 counted school day by school day on the school’s calendar (exclusion on Thu 23 Oct 2025, half term 27–31 Oct)', () => {
  it('reminds on day 3 (Mon 3 Nov) and day 5 (Wed 5 Nov), not before, when no placement is accepted', async () => {
    await startOf('2025-10-24');
    await startOf('2025-10-31');
    expect(await timeline(period('none'))).not.toContain('Day6ReminderIssued');
    await startOf('2025-11-03');
    await eventually(async () => (await timeline(period('none'))).includes('Day6ReminderIssued'));
    await startOf('2025-11-04');
    expect((await timeline(period('none'))).filter((t) => t === 'Day6ReminderIssued')).toHaveLength(1);
    expect(await timeline(period('day5'))).not.toContain('Day6ReminderIssued');
  });

  it('is met for the pupil whose full-time placement starts on day 5', async () => {
    await startOf('2025-11-05');
    await eventually(
      async () => (await timeline(period('none'))).filter((t) => t === 'Day6ReminderIssued').length === 2,
    );
    app.clock.set('fixed', '2025-11-05T09:00:00.000Z');
    expect(
      (await app.request(PROVIDER, 'POST', `/placements/${referral('day5')}/start`, { startedOn: '2025-11-05' }))
        .status,
    ).toBe(200);
    await eventually(async () => (await timeline(period('day5'))).includes('Day6Met'));
  });

  it('breaches at the start of day 6 (Thu 6 Nov) for the others, and records the day-7 start as met late', async () => {
    await startOf('2025-11-06');
    await eventually(
      async () =>
        (await timeline(period('none'))).includes('Day6Breached') &&
        (await timeline(period('day7'))).includes('Day6Breached'),
    );
    expect(await timeline(period('day5'))).not.toContain('Day6Breached');
    app.clock.set('fixed', '2025-11-07T09:00:00.000Z');
    expect(
      (await app.request(PROVIDER, 'POST', `/placements/${referral('day7')}/start`, { startedOn: '2025-11-07' }))
        .status,
    ).toBe(200);
    await eventually(async () => (await timeline(period('day7'))).includes('Day6ProvisionStartedLate'));
    expect(await timeline(period('day7'))).toEqual([
      'Day6TimelineStarted',
      'Day6PlacementAccepted',
      'ParentNoticeMissing', // no written notice by the end of day 1
      'Day6Breached',
      'Day6ProvisionStartedLate',
      'ParentNoticeMissing', // nor one 48 hours before the provision started
    ]);
  });
});
