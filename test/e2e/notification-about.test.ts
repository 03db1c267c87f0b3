import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const upn = (n: string) => `${upnCheckLetter(`80120000${n}`)}80120000${n}`;
const SAM = 'B801200005001'; // completeSections() names this pupil Sam Pupil
const ALEX = upn('5002');

type Listed = {
  unread: number;
  notifications: Array<{
    kind: string;
    resolved: boolean;
    read: boolean;
    about: Record<string, string | null>;
  }>;
};

let app: TestApp;
let exclusionId: string;
const referrals: Record<string, string> = {};

const list = async (caller: Caller): Promise<Listed> => (await app.request(caller, 'GET', '/notifications')).body;

async function submittedReferral(pupil: string, fullName: string): Promise<string> {
  const { body } = await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other' });
  for (const { section, content } of completeSections())
    await app.request(
      SCHOOL,
      'PUT',
      `/referrals/${body.referralId}/sections/${section}`,
      section === 'identity' ? { ...content, upn: pupil, fullName } : content,
    );
  const submit = { providerId: 'prov-bridges' };
  expect((await app.request(SCHOOL, 'POST', `/referrals/${body.referralId}/submit`, submit)).status).toBe(200);
  return body.referralId as string;
}

beforeAll(async () => {
  app = await TestApp.start('2025-10-23T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la' });
  const contacts: Array<[Caller, string, string, string]> = [
    [SCHOOL, '/schools/100001/contacts/inclusion', 'inclusion', 'inclusion@oak.example'],
    [PROVIDER, '/providers/prov-bridges/contacts/admissions', 'admissions', 'admissions@bridges.example'],
    [LA, '/las/201/contacts/inclusion', 'inclusion', 'inclusion@la201.example'],
  ];
  for (const [caller, path, role, email] of contacts)
    expect((await app.request(caller, 'PUT', path, { role, email })).status).toBe(200);
  const exclusion = {
    homeLaCode: '201',
    exclusionType: 'SUSP',
    startDate: '2025-10-23',
    startsPartWay: false,
    lengthSchoolDays: 10,
    reasons: ['PA'],
    yearGroup: 9,
  };
  const recorded = await app.request(SCHOOL, 'POST', `/pupils/${SAM}/exclusions`, exclusion);
  expect(recorded.status).toBe(201);
  exclusionId = recorded.body.exclusionId;
  referrals[SAM] = await submittedReferral(SAM, 'Sam Pupil');
  referrals[ALEX] = await submittedReferral(ALEX, 'Alex Rivers');
  await eventually(async () => (await list(PROVIDER)).notifications.length === 2, 15_000, 'two referrals received');
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('what each notification is about', () => {
  it('tells the provider which pupil and school each referral waiting for its response is about', async () => {
    const { notifications } = await list(PROVIDER);
    expect(notifications.map((n) => [n.kind, n.about['pupilName'], n.about['upn'], n.about['schoolName']])).toEqual([
      ['referral_received', 'Alex Rivers', ALEX, 'Oak Academy'],
      ['referral_received', 'Sam Pupil', SAM, 'Oak Academy'],
    ]);
    expect(notifications[1]!.about['referralId']).toBe(referrals[SAM]);
  });

  it('stops counting a referral as waiting for the provider once it has answered, and marks it closed', async () => {
    expect((await list(PROVIDER)).unread).toBe(2);
    const decline = { reason: 'No places this term' };
    expect((await app.request(PROVIDER, 'POST', `/referrals/${referrals[ALEX]}/decline`, decline)).status).toBe(200);
    await app.settle();
    const after = await list(PROVIDER);
    expect(after.unread).toBe(1);
    expect(after.notifications.map((n) => [n.about['upn'], n.resolved])).toEqual([
      [ALEX, true],
      [SAM, false],
    ]);
    const unreadOnly = (await app.request(PROVIDER, 'GET', '/notifications?unread=true')).body as Listed;
    expect(unreadOnly.notifications.map((n) => n.about['upn'])).toEqual([SAM]);
  });

  it('names the pupil, the school and the exclusion of a day-6 breach for the LA and for the school', async () => {
    app.clock.set('fixed', '2025-11-07T00:00:01.000Z');
    await eventually(
      async () => (await list(LA)).notifications.some((n) => n.kind === 'day6_breach'),
      15_000,
      'the breach to reach the LA',
    );
    for (const caller of [LA, SCHOOL]) {
      const breach = (await list(caller)).notifications.find((n) => n.kind === 'day6_breach')!;
      expect(breach.about).toMatchObject({ upn: SAM, pupilName: 'Sam Pupil', schoolName: 'Oak Academy', exclusionId });
    }
  });

  it("closes the school's day-6 reminders once the duty is breached, leaving only the breach unread", async () => {
    const { unread, notifications } = await list(SCHOOL);
    expect(notifications.map((n) => [n.kind, n.resolved]).sort()).toEqual([
      ['day6_breach', false],
      ['day6_reminder', true],
      ['day6_reminder', true],
    ]);
    expect(unread).toBe(1);
  });

  it('keeps pupil names out of every email', async () => {
    const { rows } = await app.db.pool.query<{ content: string }>('SELECT content::text FROM notification_outbox');
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const { content } of rows) expect(content).not.toMatch(/Sam Pupil|Alex Rivers|Oak Academy|B80120000/);
  });
});
