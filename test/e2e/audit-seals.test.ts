import { eventually } from '../support/eventually';
import { TestApp, type Caller } from '../support/test-app';
import { LA, registerOrganisations } from '../support/world';

/** Issue 12: the pupil's verify route covers who looked (the access log) and sees a deleted last event. */
const SCHOOL: Caller = { role: 'school', org: '100001' };
const UPN = 'B801200005001';

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  await registerOrganisations(app);
});

afterAll(async () => {
  await app?.stop();
});

/** A database superuser's delete: the append-only trigger is off under session_replication_role = replica. */
async function superuserDelete(sql: string): Promise<void> {
  const client = await app.db.pool.connect();
  try {
    await client.query('SET session_replication_role = replica');
    await client.query(sql);
  } finally {
    await client.query('RESET session_replication_role');
    client.release();
  }
}

const allSealed = () =>
  eventually(async () => {
    const { rows } = await app.db.pool.query(
      `SELECT 1 FROM events e WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.event_id)`,
    );
    return rows.length === 0;
  });

describe("the pupil's verify route", () => {
  it('covers the access log and names a deleted last read', async () => {
    expect(
      (
        await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, {
          homeLaCode: '201',
          exclusionType: 'SUSP',
          startDate: '2025-11-03',
          startsPartWay: false,
          lengthSchoolDays: 2,
          reasons: ['PA'],
          yearGroup: 9,
        })
      ).status,
    ).toBe(201);
    await app.request(SCHOOL, 'GET', `/pupils/${UPN}/case`);
    await app.request(SCHOOL, 'GET', `/pupils/${UPN}/history`);
    await allSealed();
    const intact = await app.request(LA, 'GET', `/pupils/${UPN}/history/verify`);
    expect(intact.body).toMatchObject({ intact: true, breaks: [] });
    await allSealed(); // the verification's own read too
    await superuserDelete(
      `DELETE FROM events WHERE stream_id = 'access-${UPN}' AND stream_version = (SELECT max(stream_version) FROM events WHERE stream_id = 'access-${UPN}')`,
    );
    const tampered = await app.request(LA, 'GET', `/pupils/${UPN}/history/verify`);
    expect(tampered.body.intact).toBe(false);
    expect(tampered.body.breaks).toEqual([
      expect.objectContaining({ streamId: `access-${UPN}`, problem: 'missing_event' }),
    ]);
  });
});
