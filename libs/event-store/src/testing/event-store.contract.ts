import { randomUUID } from 'node:crypto';
import { ConcurrencyError, DuplicateEventIdError } from '../event-store.errors';
import type { EventStore, NewEvent } from '../event-store.port';

export type ContractHarness = Readonly<{ store: () => EventStore; stream: (category?: string) => string }>;

const event = (type = 'Thing', data: Record<string, unknown> = {}): NewEvent => ({ id: randomUUID(), type, data });
const events = (n: number, type = 'Thing') => Array.from({ length: n }, (_, i) => event(type, { i }));

/**
 * The behaviour every EventStore adapter must have, written once (jest globals; called from a test file that
 * provides the adapter). The PostgreSQL adapter runs it always; the KurrentDB adapter where a server is configured.
 */
export function eventStoreContract(h: ContractHarness): void {
  describe('optimistic concurrency', () => {
    it('creates a stream only when none exists with no_stream', async () => {
      const s = h.stream();
      await expect(h.store().appendToStream(s, [event()], { expectedVersion: 'no_stream' })).resolves.toEqual({
        nextVersion: 1,
        written: true,
      });
      await expect(h.store().appendToStream(s, [event()], { expectedVersion: 'no_stream' })).rejects.toMatchObject({
        expected: 'no_stream',
        actual: 1,
      });
    });

    it('reports the expected and the actual version on a mismatch', async () => {
      const s = h.stream();
      await h.store().appendToStream(s, events(3));
      const error = await h
        .store()
        .appendToStream(s, [event()], { expectedVersion: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ streamId: s, expected: 1, actual: 3 });
    });

    it('needs an existing stream for stream_exists', async () => {
      const s = h.stream();
      await expect(h.store().appendToStream(s, [event()], { expectedVersion: 'stream_exists' })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await h.store().appendToStream(s, [event()]);
      await expect(h.store().appendToStream(s, [event()], { expectedVersion: 'stream_exists' })).resolves.toMatchObject(
        { nextVersion: 2 },
      );
    });

    it('lets exactly one of 32 racing writers win each version, losing none', async () => {
      const s = h.stream();
      const wins: string[][] = Array.from({ length: 32 }, () => []);
      await Promise.all(
        wins.map(async (won, writer) => {
          for (let tries = 0; tries < 6; tries++) {
            const { version } = await h.store().readStream(s);
            const e = event('Raced', { writer, tries });
            try {
              await h.store().appendToStream(s, [e], { expectedVersion: version });
              won.push(e.id);
            } catch (error) {
              if (!(error instanceof ConcurrencyError)) throw error;
            }
          }
        }),
      );
      const stored = await h.store().readStream(s);
      expect(stored.events.map((e) => e.streamVersion)).toEqual(stored.events.map((_, i) => i + 1));
      expect(new Set(stored.events.map((e) => e.id))).toEqual(new Set(wins.flat()));
    });
  });

  describe('creation races', () => {
    // Issue 18: 32 requests that each "create if absent" must leave exactly one creation event per stream. A read
    // whose events and version come from two snapshots let a second creator append after the first, every round.
    it('lets exactly one of 32 racing creators create a stream, round after round', async () => {
      const streams = Array.from({ length: 12 }, () => h.stream('race'));
      for (const s of streams) {
        const outcomes = await Promise.all(
          Array.from({ length: 32 }, async (_, writer) => {
            const { version, events: found } = await h.store().readStream(s);
            if (found.length > 0) return 'exists';
            try {
              await h.store().appendToStream(s, [event('Created', { writer })], { expectedVersion: version });
              return 'created';
            } catch (error) {
              if (error instanceof ConcurrencyError) return 'clash';
              throw error;
            }
          }),
        );
        expect({ s, created: outcomes.filter((o) => o === 'created').length }).toEqual({ s, created: 1 });
        expect((await h.store().readStream(s)).events.map((e) => e.type)).toEqual(['Created']);
      }
    });
  });

  describe('atomic appends', () => {
    it('stores all events of one call together', async () => {
      const s = h.stream();
      await h.store().appendToStream(s, events(10));
      expect((await h.store().readStream(s)).events.map((e) => e.streamVersion)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);
    });

    it('stores none of a call that reuses an id stored elsewhere', async () => {
      const [a, b] = [h.stream(), h.stream()];
      const taken = event();
      await h.store().appendToStream(a, [taken]);
      await expect(h.store().appendToStream(b, [event(), taken, event()])).rejects.toBeInstanceOf(
        DuplicateEventIdError,
      );
      expect((await h.store().readStream(b)).events).toHaveLength(0);
    });
  });

  describe('idempotent appends', () => {
    it('accepts a re-sent append at the same positions without writing again', async () => {
      const s = h.stream();
      const batch = events(3);
      await h.store().appendToStream(s, batch, { expectedVersion: 'no_stream' });
      await expect(h.store().appendToStream(s, batch, { expectedVersion: 'no_stream' })).resolves.toEqual({
        nextVersion: 3,
        written: false,
      });
      await expect(h.store().appendToStream(s, batch)).resolves.toEqual({ nextVersion: 3, written: false });
      expect((await h.store().readStream(s)).version).toBe(3);
    });

    it('refuses the same ids at other positions', async () => {
      const s = h.stream();
      const batch = events(2);
      await h.store().appendToStream(s, batch);
      await h.store().appendToStream(s, [event()]);
      await expect(h.store().appendToStream(s, batch, { expectedVersion: 3 })).rejects.toBeInstanceOf(
        DuplicateEventIdError,
      );
    });
  });

  describe('reading', () => {
    it('reads ranges forwards and backwards', async () => {
      const s = h.stream();
      await h.store().appendToStream(s, events(10));
      const versions = async (o: object) => (await h.store().readStream(s, o)).events.map((e) => e.streamVersion);
      expect(await versions({ fromVersion: 3, toVersion: 5 })).toEqual([3, 4, 5]);
      expect(await versions({ fromVersion: 8, maxCount: 5 })).toEqual([8, 9, 10]);
      expect(await versions({ direction: 'backwards', maxCount: 2 })).toEqual([10, 9]);
      expect(await versions({ direction: 'backwards', fromVersion: 4, toVersion: 2 })).toEqual([4, 3, 2]);
      expect((await h.store().readStream(s, { fromVersion: 3, maxCount: 1 })).version).toBe(10);
    });

    it('gives an empty stream version 0', async () => {
      expect(await h.store().readStream(h.stream())).toEqual({ version: 0, events: [] });
    });

    it('returns a stream as it was at an instant and at a global position', async () => {
      const s = h.stream();
      await h.store().appendToStream(s, events(2));
      const [, second] = (await h.store().readStream(s)).events;
      await new Promise((r) => setTimeout(r, 20));
      await h.store().appendToStream(s, events(2));
      const atInstant = await h.store().readStream(s, { asOfInstant: second.recordedAt });
      expect(atInstant.version).toBe(2);
      expect(atInstant.events).toHaveLength(2);
      const atPosition = await h.store().readStream(s, { asOfPosition: second.position.globalPosition });
      expect(atPosition.events.map((e) => e.id)).toEqual(atInstant.events.map((e) => e.id));
    });

    it('reads across streams in commit order, filtered by category and type', async () => {
      const cat = `c${randomUUID().slice(0, 8)}`;
      const [x, y] = [h.stream(cat), h.stream(cat)];
      await h.store().appendToStream(x, [event('Opened'), event('Closed')]);
      await h.store().appendToStream(y, [event('Opened')]);
      // A page can come back short while another transaction on the server is in flight (it gates the read), so
      // page on until the expected events are in, then once more to show nothing else follows.
      const read = async (filter: object, expected: number) => {
        const out = [];
        let from: Parameters<EventStore['readAll']>[0] = 'start';
        for (let pages = 0; pages < 10_000; pages++) {
          const page = await h.store().readAll(from, { limit: 2, filter });
          out.push(...page.events);
          if (out.length >= expected && page.events.length < 2) return out;
          if (page.events.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
          from = page.next;
        }
        return out;
      };
      expect((await read({ categories: [cat] }, 3)).map((e) => `${e.streamId}:${e.type}`)).toEqual([
        `${x}:Opened`,
        `${x}:Closed`,
        `${y}:Opened`,
      ]);
      expect((await read({ categories: [cat], types: ['Opened'] }, 2)).map((e) => e.streamId)).toEqual([x, y]);
    });
  });
}
