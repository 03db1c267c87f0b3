import { databaseConfigFromEnv, openDatabase } from '../libs/database/src';
import { PostgresEventStore } from '../libs/event-store/src';
import { uuidFromName } from '../libs/application/src/ids';
import { carriedOverTimeline, planExclusionMigration, type LegacyEvent } from '../libs/domain/src';

/**
 * `npm run exclusions:migrate`: the documented one-off that copies every schema-1 shared stream `exclusions-<upn>`
 * into each organisation's own `exclusions-<org>-<upn>`, and carries each schema-1 day-6 timeline that already has
 * its outcome into its holder's `day6-<org>-<upn>`. Nothing is rewritten or deleted: the old streams stay as history.
 * Run it once with the worker stopped. Event ids derive from the originals and a stream already written is skipped,
 * so running it again appends nothing.
 */
async function main(): Promise<void> {
  const connection = await openDatabase(databaseConfigFromEnv());
  const store = new PostgresEventStore(connection.pool);
  let appended = 0;
  try {
    const { rows } = await connection.pool.query<{ stream_id: string }>(
      `SELECT DISTINCT stream_id FROM events WHERE stream_id ~ '^exclusions-[^-]+$' ORDER BY 1`,
    );
    for (const { stream_id } of rows) {
      const upn = stream_id.slice('exclusions-'.length);
      const legacy = (await store.readStream(stream_id)).events as unknown as LegacyEvent[];
      const periods = new Set(legacy.map((e) => e.data['periodId']).filter((p): p is string => typeof p === 'string'));
      const carried = new Map<
        string,
        Array<{ from: string; type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }>
      >();
      for (const periodId of periods) {
        const day6 = (await store.readStream(`day6-${periodId}`)).events as unknown as LegacyEvent[];
        const timeline = carriedOverTimeline(`day6-${periodId}`, day6);
        if (!timeline) continue;
        const event = {
          from: `day6-${periodId}`,
          ...timeline.event,
          metadata: { migratedFrom: { streamId: `day6-${periodId}` } },
        };
        carried.set(timeline.streamId, [...(carried.get(timeline.streamId) ?? []), event]);
      }
      const plans = [
        ...planExclusionMigration(upn, legacy),
        ...[...carried].map(([streamId, events]) => ({ streamId, events })),
      ];
      for (const planned of plans) {
        if ((await store.readStream(planned.streamId)).version > 0) continue;
        const events = planned.events.map((e) => ({
          id: uuidFromName(`migrate:${planned.streamId}:${e.from}`),
          type: e.type,
          data: e.data,
          metadata: e.metadata,
        }));
        await store.appendToStream(planned.streamId, events, { expectedVersion: 'no_stream' });
        appended += events.length;
      }
    }
    console.log(`Copied ${rows.length} shared exclusions stream(s): ${appended} event(s) appended`);
  } finally {
    await connection.close();
  }
}

void main();
