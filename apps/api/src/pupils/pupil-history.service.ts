import { Inject, Injectable } from '@nestjs/common';
import { AGGREGATES, canSee, deciderOf, summarise, type AggregateName } from '@ap/application';
import { DATABASE, EVENT_STORE, type DatabaseConnection } from '@ap/database';
import {
  streamCategory,
  verifyHashChains,
  verifySealedStreams,
  type ChainBreak,
  type EventStore,
  type MultiStreamReader,
  type RecordedEvent,
} from '@ap/event-store';
import {
  exclusionRecordsOwner,
  exclusionVisibleTo,
  type Actor,
  type CafeState,
  type ExclusionState,
  type OutreachState,
  type PlacementState,
  type ReferralCase,
} from '@ap/domain';
import { openDay6At, openOverdueAt } from '@ap/read-models';
import { declineOf, referralScope } from '../referrals/referrals.service';
import { mention, mentioned, organisationNames, withOrganisationName } from '../directory/organisation-names';
import { outreachScope } from '../outreach/outreach.service';

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

/**
 * The pupil's exclusion records a caller is party to: whole streams (its own records, and an LA's schools' and
 * residents'), and in a schema-1 shared stream the exclusions (and periods named after them) that are its own.
 */
export type ExclusionParty = Readonly<{
  streams: ReadonlySet<string>;
  exclusionIds: ReadonlySet<string>;
  periodIds: ReadonlySet<string>;
}>;

/**
 * What a caller may see of a pupil: the streams, its part in the shared exclusions stream, and for a provider that
 * declined a referral the global position of its decline in each of that referral's streams (it keeps what it saw).
 */
export type PupilView = Readonly<{ streams: string[]; party: ExclusionParty; seenUpTo: SeenUpTo }>;
export type SeenUpTo = Readonly<Record<string, string>>;

/** Streams scoped like their referral, and those scoped like the placement that shares the referral's id. */
const REFERRAL_SCOPED = new Set(['referral', 'referraltimelines']);
const PLACEMENT_SCOPED = new Set([
  'placement',
  'induction',
  'transition',
  'placementtimelines',
  'reintegration',
  'destinations',
  'voice',
]);

/** Stream categories whose state the auditor can ask for as of an instant. */
const FOLDABLE: Readonly<Record<string, AggregateName>> = {
  referral: 'referral',
  placement: 'placement',
  induction: 'induction',
  transition: 'transition',
  exclusions: 'exclusions',
  outreach: 'outreach',
  cafe: 'cafe',
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
        'destinations',
        'voice',
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
  async visibleTo(actor: Actor, streams: readonly string[]): Promise<PupilView> {
    const cache = new Map<string, boolean>();
    const once = async (key: string, decide: () => Promise<boolean>) => {
      if (!cache.has(key)) cache.set(key, await decide());
      return cache.get(key)!;
    };
    const seenUpTo: Record<string, string> = {};
    const referralVisible = (id: string) =>
      once(`referral-${id}`, async () => {
        const { events } = await this.store.readStream(`referral-${id}`);
        const state = fold(`referral-${id}`, events) as ReferralCase | { status: 'none' };
        if (state.status === 'none' || !canSee(actor, referralScope(state))) return false;
        const declined = actor.role === 'provider' ? declineOf(events, actor.organisationId) : undefined;
        if (declined) for (const c of REFERRAL_SCOPED) seenUpTo[`${c}-${id}`] = declined.position.globalPosition;
        return true;
      });
    // A placement's own records follow the placement's scope: a provider that declined the referral does not see them.
    const placementVisible = (id: string) =>
      once(`placement-${id}`, async () => {
        const state = (await this.stateOf(`placement-${id}`)) as
          Exclude<PlacementState, { status: 'none' }> | undefined;
        if (!state) return referralVisible(id);
        return canSee(actor, {
          commissionerId: state.commissionerId,
          commissionerLa: state.commissionerLa,
          homeLa: state.homeLaCode,
          providerIds: [state.providerId],
        });
      });
    // Outreach is scoped like a referral; a CAFE panel review belongs to the LA that held it.
    const outreachVisible = async (streamId: string) => {
      const state = (await this.stateOf(streamId)) as Exclude<OutreachState, { status: 'none' }> | undefined;
      return state !== undefined && canSee(actor, outreachScope(state));
    };
    const cafeVisible = async (streamId: string) => {
      const state = (await this.stateOf(streamId)) as Exclude<CafeState, { status: 'none' }> | undefined;
      return (
        state !== undefined &&
        ['la_officer', 'la_auditor'].includes(actor.role) &&
        state.laCode === actor.organisationId
      );
    };
    const party = await this.exclusionsPartyTo(actor, streams);
    const visible: string[] = [];
    for (const streamId of streams) {
      const category = streamCategory(streamId);
      const id = streamId.slice(category.length + 1);
      const ok =
        category === 'exclusions' || category === 'day6'
          ? party.streams.has(streamId)
          : REFERRAL_SCOPED.has(category)
            ? await referralVisible(id)
            : PLACEMENT_SCOPED.has(category)
              ? await placementVisible(id)
              : category === 'outreach'
                ? await outreachVisible(streamId)
                : category === 'cafe'
                  ? await cafeVisible(streamId)
                  : false;
      if (ok) visible.push(streamId);
    }
    return { streams: visible, party, seenUpTo };
  }

  /**
   * The pupil's exclusion records the caller is party to. `exclusions-<org>-<upn>` and `day6-<org>-<upn>` belong to
   * one organisation: a school sees its own; an LA its own and those of its schools and residents (a school's day-6
   * timeline goes with the school's records). Schema-1 shared streams are filtered exclusion by exclusion.
   */
  private async exclusionsPartyTo(actor: Actor, streams: readonly string[]): Promise<ExclusionParty> {
    const party = { streams: new Set<string>(), exclusionIds: new Set<string>(), periodIds: new Set<string>() };
    const visibleSchools = new Set<string>();
    for (const stream of streams.filter((s) => s.startsWith('exclusions-'))) {
      const owner = exclusionRecordsOwner(stream);
      const state = (await this.stateOf(stream)) as ExclusionState | undefined;
      const entries = Object.values(state?.exclusions ?? {}).filter((e) => exclusionVisibleTo(e, actor));
      if (!owner) {
        entries.forEach((e) => party.exclusionIds.add(e.exclusionId));
        if (entries.length > 0) party.streams.add(stream);
      } else if (owner.organisationId === actor.organisationId || entries.length > 0) {
        party.streams.add(stream);
        visibleSchools.add(owner.organisationId);
      }
    }
    for (const stream of streams.filter((s) => s.startsWith('day6-'))) {
      const id = stream.slice('day6-'.length);
      const holder = id.includes('-') ? id.slice(0, id.indexOf('-')) : undefined;
      const ok =
        holder === undefined
          ? party.exclusionIds.has(id)
          : holder === actor.organisationId || visibleSchools.has(holder);
      if (ok) party.streams.add(stream);
      if (holder === undefined && ok) party.periodIds.add(id);
    }
    party.exclusionIds.forEach((id) => party.periodIds.add(id));
    return party;
  }

  /** Drops the events of another school's (or LA's) exclusions from a schema-1 shared exclusions stream. */
  redactHistory(party: ExclusionParty, entries: readonly HistoryEntry[]): HistoryEntry[] {
    return entries.filter((e) => {
      if (!e.streamId.startsWith('exclusions-') || exclusionRecordsOwner(e.streamId)) return true;
      const d = e.data as { exclusionId?: string; periodId?: string };
      return (
        (d.exclusionId !== undefined && party.exclusionIds.has(d.exclusionId)) ||
        (d.exclusionId === undefined && d.periodId !== undefined && party.periodIds.has(d.periodId))
      );
    });
  }

  /** The same for the folded state of a schema-1 shared exclusions stream. */
  redactStates(party: ExclusionParty, records: Record<string, { version: number; state: unknown }>) {
    for (const [streamId, record] of Object.entries(records)) {
      if (!streamId.startsWith('exclusions-') || exclusionRecordsOwner(streamId)) continue;
      const state = record.state as ExclusionState;
      const exclusions = Object.fromEntries(
        Object.entries(state.exclusions).filter(([id]) => party.exclusionIds.has(id)),
      );
      records[streamId] = { ...record, state: { ...state, exclusions, exceptions: {}, notices: {} } };
    }
    return records;
  }

  async history(streams: readonly string[], filter: HistoryFilter, seenUpTo: SeenUpTo = {}): Promise<HistoryEntry[]> {
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
    const seen = (r: (typeof rows)[number]) =>
      seenUpTo[r.stream_id] === undefined || BigInt(r.global_position) <= BigInt(seenUpTo[r.stream_id]!);
    const shown = rows.filter(seen);
    const names = await organisationNames(
      this.db.pool,
      shown.reduce((into, r) => mention(into, r.data, r.metadata['actor']), mentioned()),
    );
    return shown.map((r) => ({
      position: r.global_position,
      recordedAt: r.recorded_at.toISOString(),
      streamId: r.stream_id,
      streamVersion: Number(r.stream_version),
      type: r.type,
      summary: summarise(r.type, r.data, names.words),
      actor: withOrganisationName(r.metadata['actor'], names),
      correlationId: r.metadata['correlationId'] ?? null,
      data: r.data,
    }));
  }

  /** Each aggregate's state as it was at an instant (commit time), folded from its events up to then; now if none. */
  async asOf(
    streams: readonly string[],
    instant?: string,
    seenUpTo: SeenUpTo = {},
  ): Promise<Record<string, { version: number; state: unknown }>> {
    return foldAll(await this.readAt(streams.filter(isFoldable), instant, seenUpTo));
  }

  /**
   * The case as it was at an instant, from the log alone: each record's state, and the day-6 clocks and overdue
   * items then open, by the same rules the timelines read model applies as the events arrive.
   */
  async caseAt(streams: readonly string[], instant: string, seenUpTo: SeenUpTo = {}) {
    const wanted = streams.filter((s) => isFoldable(s) || TIMELINES.has(streamCategory(s)));
    const read = await this.readAt(wanted, instant, seenUpTo);
    const of = (category: string) => [...read].filter(([id]) => streamCategory(id) === category);
    const inCommitOrder = [...read.values()]
      .flatMap((r) => r.events)
      .sort(
        (a, b) =>
          compareBigInt(a.position.transactionId, b.position.transactionId) ||
          compareBigInt(a.position.globalPosition, b.position.globalPosition),
      );
    return {
      records: foldAll(new Map([...read].filter(([id]) => isFoldable(id)))),
      day6: openDay6At(of('day6').map(([streamId, r]) => ({ streamId, events: r.events }))),
      overdue: openOverdueAt(inCommitOrder),
    };
  }

  /** Each stream as it was at an instant; whole, in one round trip where the store can, when there is none. */
  private async readAt(streamIds: readonly string[], instant: string | undefined, seenUpTo: SeenUpTo) {
    const whole = instant ? [] : streamIds.filter((s) => seenUpTo[s] === undefined);
    const store = this.store as EventStore & Partial<MultiStreamReader>;
    const read = whole.length > 0 && store.readStreams ? await store.readStreams(whole) : new Map();
    const out = new Map<string, { version: number; events: readonly RecordedEvent[] }>();
    for (const streamId of streamIds) {
      const r =
        read.get(streamId) ??
        (await this.store.readStream(streamId, {
          ...(instant ? { asOfInstant: instant } : {}),
          ...(seenUpTo[streamId] ? { asOfPosition: seenUpTo[streamId] } : {}),
        }));
      if (r.version > 0) out.set(streamId, r);
    }
    return out;
  }

  /** Each stream's hash chain, and whether any event the audit sealer sealed has since gone (a deleted last event). */
  async verify(streams: readonly string[]): Promise<{ eventsChecked: number; breaks: ChainBreak[] }> {
    const { eventsChecked, breaks } = await verifyHashChains(this.db.pool, streams);
    const gone = (await verifySealedStreams(this.db.pool, streams)).filter(
      (b) => !breaks.some((c) => c.streamId === b.streamId && c.streamVersion <= b.streamVersion),
    );
    return { eventsChecked, breaks: [...breaks, ...gone] };
  }

  private async stateOf(streamId: string): Promise<unknown> {
    const { events } = await this.store.readStream(streamId);
    const state = fold(streamId, events) as { status?: string };
    return state.status === 'none' ? undefined : state;
  }
}

const isFoldable = (streamId: string) => FOLDABLE[streamCategory(streamId)] !== undefined;

/** The day-6 processes and the timelines that raise overdue items (resolved by the foldable records' events). */
const TIMELINES = new Set(['day6', 'referraltimelines', 'placementtimelines', 'reintegration', 'destinations']);

const compareBigInt = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

function foldAll(read: ReadonlyMap<string, { version: number; events: readonly RecordedEvent[] }>) {
  const states: Record<string, { version: number; state: unknown }> = {};
  for (const [streamId, { version, events }] of read) states[streamId] = { version, state: fold(streamId, events) };
  return states;
}

function fold(streamId: string, events: readonly RecordedEvent[]): unknown {
  const decider = deciderOf(FOLDABLE[streamCategory(streamId)]);
  return events
    .map((e) => ({ type: e.type, data: e.data, schemaVersion: e.schemaVersion }))
    .reduce(decider.evolve, decider.initialState());
}

export const aggregatesForAudit = Object.keys(AGGREGATES);
