import { randomUUID } from 'node:crypto';
import { deciderOf, type AggregateName } from '../../../libs/application/src/aggregates';
import { PostgresEventStore } from '../../../libs/event-store/src';
import { completeSections } from '../../../libs/domain/src/referral/referral.fixtures';
import { PupilHistoryService } from '../../../apps/api/src/pupils/pupil-history.service';
import { TestApp, type Caller } from '../../support/test-app';

const LA: Caller = { role: 'la_officer', org: '201', la: '201' };
const SCHOOL: Caller = { role: 'school', org: '100001', la: '201' };
const PROVIDER: Caller = { role: 'provider', org: 'prov-bridges', la: '201' };
const UPN = 'B801200005001';

let app: TestApp;
let history: PupilHistoryService;

beforeAll(async () => {
  app = await TestApp.start('2025-11-03T08:00:00.000Z');
  history = new PupilHistoryService(new PostgresEventStore(app.db.pool), {
    url: app.db.url,
    pool: app.db.pool,
    embedded: false,
    close: async () => undefined,
  });
  await app.request(LA, 'POST', '/schools', { urn: '100001', name: 'Oak Academy', laCode: '201' });
  await app.request(LA, 'POST', '/providers', {
    providerId: 'prov-bridges',
    name: 'Bridges',
    laCode: '201',
    registration: 'school',
    urn: '140001',
  });
  await app.request(SCHOOL, 'POST', `/pupils/${UPN}/exclusions`, {
    homeLaCode: '201',
    exclusionType: 'SUSP',
    startDate: '2025-11-03',
    startsPartWay: false,
    lengthSchoolDays: 8,
    reasons: ['DB'],
    yearGroup: 9,
  });
  const { body } = await app.request(SCHOOL, 'POST', '/referrals', {
    reason: 'suspension',
    upn: UPN,
    exclusion: { exclusionType: 'SUSP', firstDay: '2025-11-03', lengthSchoolDays: 8, reasons: ['DB'] },
  });
  for (const { section, content } of completeSections()) {
    await app.request(SCHOOL, 'PUT', `/referrals/${body.referralId}/sections/${section}`, content);
    await new Promise((resolve) => setTimeout(resolve, 2)); // distinct instants to replay between
  }
  await app.request(SCHOOL, 'POST', `/referrals/${body.referralId}/submit`, { providerId: 'prov-bridges' });
  await app.request(PROVIDER, 'POST', `/referrals/${body.referralId}/accept`, {
    startDate: '2025-11-04',
    hoursPerWeek: 25,
  });
  app.clock.set('fixed', '2025-11-04T09:00:00.000Z');
  await app.request(PROVIDER, 'POST', `/placements/${body.referralId}/start`, { startedOn: '2025-11-04' });
});

afterAll(async () => {
  await app?.stop();
});

const FOLDABLE: Record<string, AggregateName> = {
  referral: 'referral',
  placement: 'placement',
  induction: 'induction',
  transition: 'transition',
  exclusions: 'exclusions',
};

describe("the auditor's replay", () => {
  it('gives, at every event boundary, the state that folding the events up to that instant gives', async () => {
    const streams = await history.streamsOf(UPN);
    const events = await history.history(streams, {});
    const instants = [...new Set(events.map((e) => e.recordedAt))];
    expect(instants.length).toBeGreaterThan(10);
    for (const instant of instants) {
      const asOf = await history.asOf(streams, instant);
      const expected: Record<string, { version: number; state: unknown }> = {};
      for (const streamId of streams) {
        const category = streamId.slice(0, streamId.indexOf('-'));
        if (!FOLDABLE[category]) continue;
        const upTo = events.filter((e) => e.streamId === streamId && e.recordedAt <= instant);
        if (upTo.length === 0) continue;
        const decider = deciderOf(FOLDABLE[category]);
        expected[streamId] = {
          version: upTo.at(-1)!.streamVersion,
          state: upTo
            .map((e) => ({ type: e.type, data: e.data as Record<string, unknown> }))
            .reduce(decider.evolve, decider.initialState()),
        };
      }
      expect(asOf).toEqual(expected);
    }
  });

  it('returns the complete history of a pupil with 1,000 events across 10 streams, in commit order', async () => {
    const store = new PostgresEventStore(app.db.pool);
    const other = 'H801200001001';
    const writers = Array.from({ length: 10 }, (_, s) => async () => {
      for (let b = 0; b < 10; b++) {
        await store.appendToStream(
          `audit${s}-${other}`,
          Array.from({ length: 10 }, (_, i) => ({
            id: randomUUID(),
            type: 'Noted',
            data: { upn: other, n: b * 10 + i },
          })),
          { expectedVersion: b * 10 },
        );
      }
    });
    await Promise.all(writers.map((w) => w()));
    const streams = await history.streamsOf(other);
    expect(streams).toHaveLength(10);
    const events = await history.history(streams, {});
    expect(events).toHaveLength(1000);
    const positions = events.map((e) => BigInt(e.position));
    for (const s of streams) {
      const versions = events.filter((e) => e.streamId === s).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    }
    expect(new Set(positions).size).toBe(1000);
  });
});
