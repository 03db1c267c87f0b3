import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  AccessLog,
  AggregateReader,
  AGGREGATES,
  canSee,
  deciderOf,
  ExecuteCommand,
  type CommandOf,
  type RecordScope,
} from '@ap/application';
import { DATABASE, EVENT_STORE, type DatabaseConnection } from '@ap/database';
import type { EventStore, RecordedEvent } from '@ap/event-store';
import { missingItems, SECTION_NAMES, type Actor, type ReferralCase, type ReferralState } from '@ap/domain';
import { forbidden, notFound } from '../http/not-found';
import { commandContext, type ApiRequest } from '../http/request-context';

type ReferralCommand = CommandOf<'referral'>;

export const referralScope = (state: ReferralCase): RecordScope => ({
  commissionerId: state.commissioner.organisationId,
  commissionerLa: state.commissioner.laCode,
  homeLa: state.sections.identity?.homeLaCode,
  providerIds: [...(state.providerId ? [state.providerId] : []), ...state.declinedBy],
});

/** A provider's decline of a referral: what it saw of the referral ends there (issue 12). */
export const declineOf = (events: readonly RecordedEvent[], providerId: string): RecordedEvent | undefined =>
  events.find((e) => e.type === 'ReferralDeclined' && e.data['providerId'] === providerId);

export const pupilKey = (state: ReferralCase): string => state.upn ?? `referral_${state.referralId}`;

@Injectable()
export class ReferralsService {
  constructor(
    private readonly reader: AggregateReader,
    private readonly commands: CommandBus,
    private readonly accessLog: AccessLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  /** The respond-by and information-due dates the referral's timelines set (from the read model: null until applied). */
  async dueDates(referralId: string): Promise<{ respondBy: string | null; informationDueBy: string | null }> {
    const { rows } = await this.db.pool.query<{ respondBy: string | null; informationDueBy: string | null }>(
      `SELECT to_char(respond_by, 'YYYY-MM-DD') AS "respondBy", to_char(information_due_by, 'YYYY-MM-DD') AS "informationDueBy"
         FROM rm_referrals WHERE referral_id = $1`,
      [referralId],
    );
    return rows[0] ?? { respondBy: null, informationDueBy: null };
  }

  /**
   * The referral if the caller may see it; otherwise 404, exactly as if it did not exist. A provider that declined
   * it sees it as it was at its decline, never what was added later (issue 12).
   */
  async visible(actor: Actor, referralId: string): Promise<{ state: ReferralCase; version: number }> {
    const { state, version } = await this.visibleWithEvents(actor, referralId);
    return { state, version };
  }

  /**
   * As `visible`, with the events it was folded from (up to the version the caller may see: a provider that
   * declined, up to its decline), from the one read of the stream.
   */
  async visibleWithEvents(
    actor: Actor,
    referralId: string,
  ): Promise<{ state: ReferralCase; version: number; events: readonly RecordedEvent[] }> {
    const { events, version } = await this.store.readStream(AGGREGATES.referral.streamId(referralId));
    const decider = deciderOf('referral');
    const fold = (upTo: readonly RecordedEvent[]) =>
      upTo.reduce(
        (s, e) => decider.evolve(s, { type: e.type, data: e.data, schemaVersion: e.schemaVersion } as never),
        decider.initialState(),
      ) as ReferralCase;
    const state = fold(events);
    if (!isCase(state) || !canSee(actor, referralScope(state))) throw notFound('referral');
    if (actor.role !== 'provider' || !state.declinedBy.includes(actor.organisationId)) return { state, version, events };
    const upTo = declineOf(events, actor.organisationId)?.streamVersion ?? 0;
    const seen = events.filter((e) => e.streamVersion <= upTo);
    return { state: fold(seen), version: upTo, events: seen };
  }

  async read(request: ApiRequest, referralId: string, now: string) {
    const found = await this.visibleWithEvents(request.actor, referralId);
    await this.accessLog.recordRead(
      request.actor,
      pupilKey(found.state),
      `referral ${referralId}`,
      request.correlationId,
      now,
    );
    return found;
  }

  /** Commissioner-only actions: the school or LA that opened it (an LA officer who can only see it gets 403). */
  async asCommissioner(request: ApiRequest, referralId: string): Promise<ReferralCase> {
    const { state } = await this.visible(request.actor, referralId);
    if (state.commissioner.organisationId !== request.actor.organisationId)
      throw forbidden('NOT_THE_COMMISSIONER', 'Only the commissioner can do this');
    return state;
  }

  async asProvider(request: ApiRequest, referralId: string): Promise<ReferralCase> {
    const { state } = await this.visible(request.actor, referralId);
    if (state.providerId !== request.actor.organisationId)
      throw forbidden('NOT_THE_PROVIDER', 'Only the provider the referral is with can do this');
    return state;
  }

  async execute<T extends ReferralCommand['type']>(
    request: ApiRequest,
    referralId: string,
    type: T,
    data: Extract<ReferralCommand, { type: T }>['data'],
  ) {
    return this.commands.execute(new ExecuteCommand('referral', referralId, type, data, commandContext(request)));
  }
}

const isCase = (state: ReferralState): state is ReferralCase => state.status !== 'none';

export function referralView(state: ReferralCase, version: number, today: string) {
  return {
    referralId: state.referralId,
    status: state.status,
    reason: state.reason,
    commissioner: state.commissioner,
    upn: state.upn ?? null,
    exclusion: state.exclusion ?? null,
    providerId: state.providerId ?? null,
    openRequest: state.openRequest
      ? {
          requestId: state.openRequest.requestId,
          items: state.openRequest.items,
          note: state.openRequest.note ?? null,
          requestedAt: state.openRequest.requestedAt,
        }
      : null,
    declinedBy: state.declinedBy,
    acceptance: state.acceptance ?? null,
    sections: state.sections,
    missing: state.status === 'draft' ? missingItems(state.sections, today) : [],
    // Accepting creates the placement with the referral's id.
    placementId: state.status === 'accepted' ? state.referralId : null,
    sectionNames: SECTION_NAMES,
    version,
  };
}
