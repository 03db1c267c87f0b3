import { completeSections } from '../../libs/domain/src/referral/referral.fixtures';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const RACERS = 32;
jest.setTimeout(120_000);

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await registerOrganisations(app);
});

afterAll(async () => {
  await app?.stop();
});

const eventsOf = async (streamId: string): Promise<string[]> =>
  (
    await app.db.pool.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version', [
      streamId,
    ])
  ).rows.map((r) => r.type);

const race = (n: number, send: (i: number) => Promise<{ status: number }>) =>
  Promise.all(Array.from({ length: n }, (_, i) => send(i))).then((rs) => rs.map((r) => r.status));

async function draftReferral(): Promise<string> {
  const opened = await app.request(SCHOOL, 'POST', '/referrals', {
    reason: 'suspension',
    upn: 'B801200005001',
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 10, reasons: ['PA'] },
  });
  return opened.body.referralId as string;
}

async function submittedReferral(): Promise<string> {
  const id = await draftReferral();
  for (const { section, content } of completeSections())
    await app.request(SCHOOL, 'PUT', `/referrals/${id}/sections/${section}`, content);
  const submitted = await app.request(SCHOOL, 'POST', `/referrals/${id}/submit`, { providerId: 'prov-bridges' });
  expect(submitted.status).toBe(200);
  return id;
}

// Issue 18: concurrent creation wrote two creation events to one stream in most rounds, each request answering 201.
describe('32 racing requests that create one thing', () => {
  it('register a school once, round after round', async () => {
    for (let round = 0; round < 6; round++) {
      const urn = String(300100 + round);
      const statuses = await race(RACERS, () =>
        app.request(LA, 'POST', '/schools', { urn, name: 'Race Academy', laCode: '201' }),
      );
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(await eventsOf(`school-${urn}`)).toEqual(['SchoolRegistered']);
    }
  });

  it('register a provider once, round after round', async () => {
    for (let round = 0; round < 6; round++) {
      const providerId = `prov-race-${round}`;
      const statuses = await race(RACERS, () =>
        app.request(LA, 'POST', '/providers', {
          providerId,
          name: 'Race Learning',
          laCode: '201',
          registration: 'ukprn',
          ukprn: '10012345',
        }),
      );
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(await eventsOf(`provider-${providerId}`)).toEqual(['ProviderRegistered']);
    }
  });

  it('accept a referral once and create one placement, round after round', async () => {
    for (let round = 0; round < 4; round++) {
      const id = await submittedReferral();
      const statuses = await race(RACERS, () =>
        app.request(PROVIDER, 'POST', `/referrals/${id}/accept`, { startDate: '2025-11-05', hoursPerWeek: 25 }),
      );
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses).toContain(200);
      expect((await eventsOf(`referral-${id}`)).filter((t) => t === 'ReferralAccepted')).toHaveLength(1);
      expect(await eventsOf(`placement-${id}`)).toEqual(['PlacementCreated']);
    }
  });
});

describe('a section PUT sent again', () => {
  it('writes nothing when the content is the same, whatever the order of its keys', async () => {
    const id = await draftReferral();
    for (const { section, content } of completeSections()) {
      const path = `/referrals/${id}/sections/${section}`;
      const first = await app.request(SCHOOL, 'PUT', path, content);
      expect({ section, status: first.status }).toEqual({ section, status: 200 });
      const again = await app.request(SCHOOL, 'PUT', path, content);
      const reordered = await app.request(SCHOOL, 'PUT', path, Object.fromEntries(Object.entries(content).reverse()));
      expect({ section, again: again.headers.get('etag'), reordered: reordered.headers.get('etag') }).toEqual({
        section,
        again: first.headers.get('etag'),
        reordered: first.headers.get('etag'),
      });
    }
    const written = (await eventsOf(`referral-${id}`)).filter((t) => t === 'ReferralSectionCompleted');
    expect(written).toHaveLength(completeSections().length);
  });

  it('with the same Idempotency-Key replays the first answer, and refuses the key for another body', async () => {
    const id = await draftReferral();
    const path = `/referrals/${id}/sections/medical`;
    const key = { 'idempotency-key': `put-${id}` };
    const first = await app.request(SCHOOL, 'PUT', path, { needs: 'Asthma' }, key);
    expect(first.status).toBe(200);
    const retry = await app.request(SCHOOL, 'PUT', path, { needs: 'Asthma' }, key);
    expect({ status: retry.status, replayed: retry.headers.get('idempotent-replayed') }).toEqual({
      status: 200,
      replayed: 'true',
    });
    const other = await app.request(SCHOOL, 'PUT', path, { needs: 'Epilepsy' }, key);
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect((await eventsOf(`referral-${id}`)).filter((t) => t === 'ReferralSectionCompleted')).toHaveLength(1);
  });
});
