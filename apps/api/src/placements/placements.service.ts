import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  AccessLog,
  AggregateReader,
  AtomicCommands,
  canSee,
  ExecuteCommand,
  type AggregateName,
  type CommandOf,
} from '@ap/application';
import {
  addCalendarDays,
  isLookedAfterOrEhcp,
  type CreatePlacement,
  type IsoDate,
  type PlacementState,
  type PlacementTier,
  type ReferralCase,
  type YearGroup,
} from '@ap/domain';
import { forbidden, notFound } from '../http/not-found';
import { commandContext, type ApiRequest } from '../http/request-context';
import type { ProviderThresholdInput } from '../directory/directory.service';
import { pupilKey, ReferralsService } from '../referrals/referrals.service';

export type Placed = Exclude<PlacementState, { status: 'none' }>;

@Injectable()
export class PlacementsService {
  constructor(
    private readonly reader: AggregateReader,
    private readonly commands: CommandBus,
    private readonly referrals: ReferralsService,
    private readonly accessLog: AccessLog,
    private readonly atomic: AtomicCommands,
  ) {}

  async visible(request: ApiRequest, placementId: string): Promise<{ state: Placed; version: number }> {
    const { state, version } = await this.reader.load('placement', placementId);
    if (state.status === 'none') throw notFound('placement');
    const scope = {
      commissionerId: state.commissionerId,
      commissionerLa: state.commissionerLa,
      homeLa: state.homeLaCode,
      providerIds: [state.providerId],
    };
    if (!canSee(request.actor, scope)) throw notFound('placement');
    return { state, version };
  }

  async read(request: ApiRequest, placementId: string, what: string, now: string) {
    const found = await this.visible(request, placementId);
    await this.accessLog.recordRead(
      request.actor,
      found.state.upn,
      `${what} ${placementId}`,
      request.correlationId,
      now,
    );
    return found;
  }

  /** Provider-only steps (start, reviews, induction, transition) on the provider's own placement. */
  async asProvider(request: ApiRequest, placementId: string): Promise<Placed> {
    const { state } = await this.visible(request, placementId);
    if (state.providerId !== request.actor.organisationId)
      throw forbidden('NOT_THE_PROVIDER', 'Only the placement’s provider can do this');
    return state;
  }

  /** The provider or the commissioner of the placement (ending it, following a transition up). */
  async asParticipant(request: ApiRequest, placementId: string): Promise<Placed> {
    const { state } = await this.visible(request, placementId);
    if (![state.providerId, state.commissionerId].includes(request.actor.organisationId))
      throw forbidden('NOT_A_PARTICIPANT', 'Only the provider or the commissioner can do this');
    return state;
  }

  async execute<A extends AggregateName>(
    request: ApiRequest,
    aggregate: A,
    id: string,
    type: CommandOf<A>['type'],
    data: CommandOf<A>['data'],
    withIfMatch = true,
  ) {
    return this.commands.execute(new ExecuteCommand(aggregate, id, type, data, commandContext(request, withIfMatch)));
  }

  /**
   * Issue 3: accepting creates the placement; one placement per referral, so its id is the referral's. Issue 18: both
   * are committed in one transaction, so no crash can leave an accepted referral without its placement (a referral
   * accepted before that, without one, gets it on the next accept, which the referral sees as a repeat).
   */
  async acceptAndPlace(
    request: ApiRequest,
    referralId: string,
    acceptance: Omit<CommandOf<'referral'> & { type: 'AcceptReferral' }, 'metadata'>['data'],
    provider: ProviderThresholdInput,
    plan: PlacementPlan = {},
  ): Promise<{ version: number; placementId: string }> {
    // A plan the placement refuses (a tier 2 without a planned end) rolls the acceptance back with it.
    return this.atomic.run(commandContext(request), async (tx) => {
      const accepted = await tx.execute('referral', referralId, 'AcceptReferral', { ...acceptance, provider });
      const referral = accepted.state as ReferralCase;
      await tx.execute('placement', referralId, 'CreatePlacement', placementOf(referral, provider, plan), {
        withIfMatch: false,
      });
      return { version: accepted.version, placementId: referralId };
    });
  }
}

export type PlacementPlan = Readonly<{ tier?: PlacementTier; plannedEndDate?: IsoDate }>;

/**
 * The placement an accepted referral creates, with its tier and planned end: as given, else the end the referral's
 * intended duration gives from the start (REFERENCE §1.5: start and duration).
 */
function placementOf(
  referral: ReferralCase,
  provider: ProviderThresholdInput,
  plan: PlacementPlan,
): CreatePlacement['data'] {
  const acceptance = referral.acceptance!;
  const identity = referral.sections.identity!;
  const weeks = referral.sections.duration?.intendedWeeks;
  const plannedEndDate =
    plan.plannedEndDate ?? (weeks ? addCalendarDays(acceptance.startDate, Math.round(weeks * 7)) : undefined);
  return {
    placementId: referral.referralId,
    referralId: referral.referralId,
    providerId: referral.providerId!,
    commissioner: referral.commissioner,
    upn: pupilKey(referral),
    ...(identity.homeLaCode ? { homeLaCode: identity.homeLaCode } : {}),
    yearGroup: identity.yearGroup as YearGroup,
    lookedAfterOrEhcp: isLookedAfterOrEhcp(referral.sections),
    provider,
    startDate: acceptance.startDate,
    timetable: {
      hoursPerWeek: acceptance.hoursPerWeek,
      ...(acceptance.partTime ? { partTime: acceptance.partTime } : {}),
    },
    // A school's pupil stays on its roll (suspension, off-site direction): dual registration (enrolment M/S).
    dualRegistered: referral.commissioner.kind === 'school',
    ...(plan.tier ? { tier: plan.tier } : {}),
    ...(plannedEndDate ? { plannedEndDate } : {}),
  };
}
