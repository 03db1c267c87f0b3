import { Inject, Injectable } from '@nestjs/common';
import { AGGREGATES, canSee, deciderOf, summarise, type AggregateName } from '@ap/application';
import { DATABASE, EVENT_STORE, type DatabaseConnection } from '@ap/database';
import {
  streamCategory,
  verifyHashChains,
  type ChainBreak,
  type EventStore,
  type RecordedEvent,
} from '@ap/event-store';
import type { Actor, ExclusionState, ReferralCase } from '@ap/domain';
import { referralScope } from '../referrals/referrals.service';

export type HistoryFilter = Readonly<{ from?: string; to?: string; streams?: readonly string[] }>;

export type HistoryEntry = Readonly<{
  position: string;
  recordedAt: string;
  streamId: string;
  streamVersion: number;
  type: string;
  summary: string;
  actor: unknown;
  correlationId: unknown;
  data: unknown;
}>;

/** Streams that share their referral's id (and so its scope). */
const REFERRAL_LINKED = new Set([
  'referral',
  'placement',
  'induction',
  'transition',
  'referraltimelines',
  'placementtimelines',
  'reintegration',
]);

/** Stream categories whose state the auditor can ask for as of an instant. */
const FOLDABLE: Readonly<Record<string, AggregateName>> = {
  referral: 'referral',
  placement: 'placement',
  induction: 'induction',
  transition: 'transition',
  exclusions: 'exclusions',
};

/** The auditor's replay, read straight from the log (never from read models). */
@Injectable()
export class PupilHistoryService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  /** Every stream about the pupil: found by the UPN in the events themselves. */
  async streamsOf(upn: string): Promise<string[]> {
    const { rows } = await this.db.pool.query<{ stream_id: string }>(
      `SELECT stream_id FROM events WHERE data ? 'upn' AND data->>'upn' = $1
       UNION SELECT stream_id FROM events WHERE type = 'ReferralSectionCompleted' AND data->'content'->>'upn' = $1
       ORDER BY 1`,
      [upn],
    );
    const streams = new Set(rows.map((r) => r.stream_id));
    // Placement, induction and transition share their referral's id.
    for (const id of [...streams].filter((s) => s.startsWith('referral-')).map((s) => s.slice('referral-'.length))) {
      for (const category of [
        'placement',
        'induction',
        'transition',
        'referraltimelines',
        'placementtimelines',
        'reintegration',
      ])
        streams.add(`${category}-${id}`);
    }
    const { rows: existing } = await this.db.pool.query<{ stream_id: string }>(
      'SELECT DISTINCT stream_id FROM events WHERE stream_id = ANY($1)',
      [[...streams]],
    );
    return existing.map((r) => r.stream_id).sort();
  }

  /**
   * The streams the caller may see. An LA officer or auditor of an LA involved in any of the pupil's records sees
   * them all; a school or provider sees the records it commissioned or was sent (and a school its own exclusions
   * with their day-6 timelines). Nothing visible answers 404.
   */
  async visibleTo(actor: Actor, streams: readonly string[]): Promise<string[]> {
    const referrals = new Map<string, boolean>();
    const referralVisible = async (id: string) => {
      if (!referrals.has(id)) {
        const state = await this.stateOf(`referral-${id}`);
        referrals.set(id, state !== undefined && canSee(actor, referralScope(state as ReferralCase)));
      }
      return referrals.get(id)!;
    };
    const exclusions = streams.find((s) => s.startsWith('exclusions-'));
    const exclusionState = exclusions ? ((await this.stateOf(exclusions)) as ExclusionState | undefined) : undefined;
    const involvedLa = exclusionState?.las.includes(actor.organisationId) ?? false;
    const excludingSchool =
      actor.role === 'school' && (exclusionState?.schools.includes(actor.organisationId) ?? false);
    const visible: string[] = [];
    for (const streamId of streams) {
      const category = streamCategory(streamId);
      const id = streamId.slice(category.length + 1);
      const ok =
        category === 'exclusions' || category === 'day6'
          ? involvedLa || excludingSchool
          : REFERRAL_LINKED.has(category)
            ? await referralVisible(id)
            : false;
      visible.push(...(ok ? [streamId] : []));
    }
    if (actor.role === 'la_officer' || actor.role === 'la_auditor')
      return visible.length > 0 || involvedLa ? [...streams] : [];
    return visible;
  }

  async history(streams: readonly string[], filter: HistoryFilter): Promise<HistoryEntry[]> {
    const chosen = filter.streams?.length ? streams.filter((s) => filter.streams!.includes(s)) : streams;
    const { rows } = await this.db.pool.query<{
      global_position: string;
      stream_id: string;
      stream_version: string;
      type: string;
      data: Record<string, unknown>;
      metadata: Record<string, unknown>;
      recorded_at: Date;
    }>(
      `SELECT global_position::text, stream_id, stream_version::text, type, data, metadata, recorded_at FROM events
        WHERE stream_id = ANY($1) AND ($2::timestamptz IS NULL OR recorded_at >= $2) AND ($3::timestamptz IS NULL OR recorded_at <= $3)
        ORDER BY events.transaction_id, events.global_position -- the columns, not the ::text output names
      `,
      [chosen, filter.from ?? null, filter.to ?? null],
    );
    return rows.map((r) => ({
      position: r.global_position,
      recordedAt: r.recorded_at.toISOString(),
      streamId: r.stream_id,
      streamVersion: Number(r.stream_version),
      type: r.type,
      summary: summarise(r.type, r.data),
      actor: r.metadata['actor'] ?? null,
      correlationId: r.metadata['correlationId'] ?? null,
      data: r.data,
    }));
  }

  /** Each aggregate's state as it was at an instant (commit time), folded from its events up to then; now if none. */
  async asOf(
    streams: readonly string[],
    instant?: string,
  ): Promise<Record<string, { version: number; state: unknown }>> {
    const states: Record<string, { version: number; state: unknown }> = {};
    for (const streamId of streams) {
      if (!FOLDABLE[streamCategory(streamId)]) continue;
      const { version, events } = await this.store.readStream(streamId, instant ? { asOfInstant: instant } : {});
      if (version === 0) continue;
      states[streamId] = { version, state: fold(streamId, events) };
    }
    return states;
  }

  verify(streams: readonly string[]): Promise<{ eventsChecked: number; breaks: ChainBreak[] }> {
    return verifyHashChains(this.db.pool, streams);
  }

  private async stateOf(streamId: string): Promise<unknown> {
    const { events } = await this.store.readStream(streamId);
    const state = fold(streamId, events) as { status?: string };
    return state.status === 'none' ? undefined : state;
  }
}

function fold(streamId: string, events: readonly RecordedEvent[]): unknown {
  const decider = deciderOf(FOLDABLE[streamCategory(streamId)]);
  return events.map((e) => ({ type: e.type, data: e.data })).reduce(decider.evolve, decider.initialState());
}

export const aggregatesForAudit = Object.keys(AGGREGATES);
