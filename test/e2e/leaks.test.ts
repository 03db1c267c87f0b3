import { upnCheckLetter } from '../../libs/domain/src/identifiers/upn';
import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerBystanders, registerOrganisations } from '../support/world';

/** Issue 12: nothing leaks sideways, between LAs, to a provider that declined, or past the access log. */
const OTHER_LA: Caller = { role: 'la_officer', org: '202' };
const AUDITOR: Caller = { role: 'la_auditor', org: '201' };
const SCHOOL: Caller = { role: 'school', org: '100001' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges' };
const OTHER_PROVIDER: Caller = { role: 'provider', org: 'prov-other' };
const UPN = 'B801200005001';
const upn = (body: string) => `${upnCheckLetter(body)}${body}`;
const DECLINED_UPN = upn('801200005002');
const LATE_UPN = upn('801200005003');

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await registerOrganisations(app);
  await registerBystanders(app);
});

afterAll(async () => {
  await app?.stop();
});

async function submittedReferral(upn: string): Promise<string> {
  const opened = await app.request(SCHOOL, 'POST', '/referrals', {
    reason: 'suspension',
    upn,
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 10, reasons: ['DB'] },
  });
  const id = opened.body.referralId as string;
  for (const { section, content } of completeSections())
    await app.request(SCHOOL, 'PUT', `/referrals/${id}/sections/${section}`, {
      ...content,
      ...(section === 'identity' ? { upn } : {}),
    });
  expect((await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' })).status).toBe(
    200,
  );
  return id;
}

describe('the LA dashboard', () => {
  it("joins only the caller's own referrals: another LA's reason and flags do not show through its filters", async () => {
    const excluded = await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, {
      homeLaCode: '201',
      exclusionType: 'SUSP',
      startDate: '2025-11-03',
      startsPartWay: false,
      lengthSchoolDays: 10,
      reasons: ['PA'],
      yearGroup: 9,
    });
    expect(excluded.status).toBe(201);
    const elsewhere = await app.request(OTHER_LA, 'POST', '/referrals', {
      reason: 'illness',
      upn: UPN,
    });
    expect(elsewhere.status).toBe(201);
    const board = await eventually(async () => {
      await app.settle();
      const body = (await app.request(LA, 'GET', '/la/dashboard')).body;
      return body.day6.length === 1 ? body : undefined;
    });
    expect(board.day6[0].reason).toBeNull();
    expect((await app.request(LA, 'GET', '/la/dashboard?reason=illness')).body.day6).toEqual([]);
  });

  it("records the JSON view in each listed pupil's access log, as it does the CSV export", async () => {
    await app.request(LA, 'GET', '/la/dashboard');
    const log = await app.request(AUDITOR, 'GET', `/pupils/${UPN}/access-log`);
    expect(log.body.reads.some((r: { what: string }) => r.what === 'LA dashboard')).toBe(true);
  });

  it('exports CSV with a byte-order mark for Excel and a header row even when empty', async () => {
    const empty = await fetch(`${app.baseUrl}/la/dashboard?format=csv&table=partTime`, {
      headers: { authorization: `Bearer ${await app.token(LA)}` },
    });
    expect(empty.status).toBe(200);
    const bytes = Buffer.from(await empty.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^Placement reference,UPN,Provider ID,/);
  });
});

describe('a provider that declined', () => {
  it('keeps at most what it saw up to its decline', async () => {
    const id = await submittedReferral(DECLINED_UPN);
    expect((await app.request(PROVIDER, 'POST', `/referrals/${id}/decline`, { reason: 'No places' })).status).toBe(200);
    const seen = await app.request(PROVIDER, 'GET', `/referrals/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.status).toBe('declined');
    await app.request(SCHOOL, 'POST', `/referrals/${id}/redirect`, { providerId: 'prov-other' });
    const asked = await app.request(OTHER_PROVIDER, 'POST', `/referrals/${id}/information-requests`, {
      items: ['safeguarding'],
    });
    expect(asked.status).toBe(201);
    const safeguarding = completeSections().find((s) => s.section === 'safeguarding')!.content;
    const answered = await app.request(
      SCHOOL,
      'POST',
      `/referrals/${id}/information-requests/${asked.body.requestId}/answer`,
      {
        sections: [
          {
            section: 'safeguarding',
            content: { ...safeguarding, dsl: { name: 'Disclosed after decline', phone: '0' } },
          },
        ],
      },
    );
    expect(answered.status).toBe(200);
    const later = await app.request(PROVIDER, 'GET', `/referrals/${id}`);
    expect(later.body.status).toBe('declined');
    expect(later.body.version).toBe(seen.body.version);
    expect(JSON.stringify(later.body)).not.toContain('Disclosed after decline');
    const history = await app.request(PROVIDER, 'GET', `/pupils/${DECLINED_UPN}/history`);
    expect(JSON.stringify(history.body)).not.toContain('Disclosed after decline');
    expect(history.body.events.map((e: { type: string }) => e.type)).not.toContain('InformationProvided');
    const state = await app.request(PROVIDER, 'GET', `/pupils/${DECLINED_UPN}/case`);
    expect(JSON.stringify(state.body)).not.toContain('Disclosed after decline');
  });
});

describe('the access log', () => {
  it("finds reads made before the referral had a UPN in the pupil's log once the UPN is set", async () => {
    const opened = await app.request(SCHOOL, 'POST', '/referrals', { reason: 'other' });
    const id = opened.body.referralId as string;
    expect(
      (await app.request(SCHOOL, 'GET', `/referrals/${id}`, undefined, { 'x-request-id': 'early-read' })).status,
    ).toBe(200);
    const identity = completeSections().find((s) => s.section === 'identity')!.content;
    expect(
      (await app.request(SCHOOL, 'PUT', `/referrals/${id}/sections/identity`, { ...identity, upn: LATE_UPN })).status,
    ).toBe(200);
    const log = await app.request(LA, 'GET', `/pupils/${LATE_UPN}/access-log`);
    expect(log.status).toBe(200);
    expect(log.body.reads.map((r: { correlationId: string }) => r.correlationId)).toContain('early-read');
  });
});
