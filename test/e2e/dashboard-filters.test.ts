import { TestApp } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

// Filter values that would change the query if they were ever spliced into the SQL text.
const HOSTILE_REASON = "x' OR '1'='1";
const HOSTILE_SCHOOL = "100001'; DROP TABLE rm_day6; --";
const HOSTILE_PROVIDER = String.raw`prov\' OR true --`;

let app: TestApp;

/** Two pupils' day-6 clocks in LA 201, each with a referral: one whose reason is itself a hostile string. */
async function givenTwoClocks(): Promise<void> {
  const referral = `INSERT INTO rm_referrals (referral_id, status, reason, commissioner_kind, commissioner_id,
      commissioner_la, upn, provider_id, opened_at, updated_at, version)
    VALUES ($1, 'submitted', $2, 'school', '100001', '201', $3, $4, now(), now(), 1)`;
  await app.db.pool.query(referral, ['ref-quoted', HOSTILE_REASON, 'B801200005001', HOSTILE_PROVIDER]);
  await app.db.pool.query(referral, ['ref-plain', 'other', 'Q801200005002', 'prov-bridges']);
  const clock = `INSERT INTO rm_day6 (period_id, upn, school_urn, responsible_kind, responsible_id, la_code, day1, day6,
      status, updated_at, version)
    VALUES ($1, $2, '100001', 'school', '100001', '201', '2025-10-23', '2025-10-30', 'open', now(), 1)`;
  await app.db.pool.query(clock, ['period-quoted', 'B801200005001']);
  await app.db.pool.query(clock, ['period-plain', 'Q801200005002']);
}

const clocks = async (query: string): Promise<string[]> => {
  const response = await app.request(LA, 'GET', `/la/dashboard?${query}`);
  expect(response.status).toBe(200);
  return (response.body.day6 as Array<{ periodId: string }>).map((c) => c.periodId).sort();
};

beforeAll(async () => {
  app = await TestApp.start('2025-10-24T08:00:00.000Z');
  await registerOrganisations(app, { calendar: 'la' });
  await givenTwoClocks();
});

afterAll(async () => {
  await app?.stop();
});

describe("the LA dashboard's filters", () => {
  it('matches a reason containing quotes exactly, as data', async () => {
    expect(await clocks(`reason=${encodeURIComponent(HOSTILE_REASON)}`)).toEqual(['period-quoted']);
  });

  it('finds no school named like an SQL statement, and the statement does not run', async () => {
    expect(await clocks(`school=${encodeURIComponent(HOSTILE_SCHOOL)}`)).toEqual([]);
    expect(await clocks('')).toEqual(['period-plain', 'period-quoted']);
  });

  it('matches a provider id containing a backslash and a quote exactly, as data', async () => {
    expect(await clocks(`provider=${encodeURIComponent(HOSTILE_PROVIDER)}`)).toEqual(['period-quoted']);
    expect(await clocks(`provider=prov-bridges&reason=${encodeURIComponent(HOSTILE_REASON)}`)).toEqual([]);
  });
});
