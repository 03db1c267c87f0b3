import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  AccessLog,
  AggregateReader,
  canSee,
  ExecuteCommand,
  type AggregateName,
  type CommandOf,
} from '@ap/application';
import {
  addCalendarDays,
  isLookedAfterOrEhcp,
  plannedShape,
  type IsoDate,
  type PlacementState,
  type PlacementTier,
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
   * The planned end a placement will get: as given, else the referral's intended duration from the start (REFERENCE
   * §1.5: start and duration). Checked before the referral is accepted, so a refused plan accepts nothing.
   */
  async plannedEnd(
    request: ApiRequest,
    referralId: string,
    startDate: IsoDate,
    plan: { tier?: PlacementTier; plannedEndDate?: IsoDate },
  ): Promise<IsoDate | undefined> {
    const { state: referral } = await this.referrals.visible(request.actor, referralId);
    const weeks = referral.sections.duration?.intendedWeeks;
    const plannedEndDate =
      plan.plannedEndDate ?? (weeks ? addCalendarDays(startDate, Math.round(weeks * 7)) : undefined);
    plannedShape({ ...plan, plannedEndDate, startDate, dualRegistered: referral.commissioner.kind === 'school' });
    return plannedEndDate;
  }

  /** Issue 3: a placement is created from the accepted referral; one placement per referral, so its id is the referral's. */
  async createFromReferral(
    request: ApiRequest,
    referralId: string,
    provider: ProviderThresholdInput,
    plan: { tier?: PlacementTier; plannedEndDate?: IsoDate } = {},
  ) {
    const { state: referral } = await this.referrals.visible(request.actor, referralId);
    const acceptance = referral.acceptance!;
    const identity = referral.sections.identity!;
    const plannedEndDate = await this.plannedEnd(request, referralId, acceptance.startDate, plan);
    const result = await this.execute(
      request,
      'placement',
      referralId,
      'CreatePlacement',
      {
        placementId: referralId,
        referralId,
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
      },
      false,
    );
    return { placementId: referralId, version: result.version };
  }
}
