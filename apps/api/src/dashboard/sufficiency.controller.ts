import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { FULL_TIME_CASE_LAW_HOURS, registrationThresholdStatus } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { SufficiencyDto } from './dashboard.response.dto';
import type { ApiRequest } from '../http/request-context';
import { sufficiencyOf } from './sufficiency';

type ProviderPlaces = {
  providerId: string;
  name: string;
  registration: string;
  approved: boolean;
  commissioned: number | null;
  currentPupils: number;
  fullTimeCompulsory: number;
  fullTimeLookedAfterOrEhcp: number;
};

/**
 * Whether the LA can meet its day-6 duty (EA 1996 s19; the 2007 regulations as amended) for every permanently
 * excluded resident: the places it commissions against the pupils who need one now.
 */
@ApiTags('LA dashboard')
@ApiBearerAuth()
@Roles('la_officer', 'la_auditor')
@Controller('la/sufficiency')
export class SufficiencyController {
  constructor(@Inject(DATABASE) private readonly db: DatabaseConnection) {}

  @Get()
  @ApiOperation({
    summary:
      'Places available against demand (open day-6 duties for permanent exclusions without a place, referrals waiting) and providers near the registration threshold',
  })
  @ApiOkResponse({ type: SufficiencyDto })
  @ApiProblems(401, 403)
  async sufficiency(@Req() request: ApiRequest) {
    const la = request.actor.organisationId;
    const [providers, demand] = await Promise.all([this.places(la), this.demand(la)]);
    const answer = sufficiencyOf(providers, demand);
    return {
      laCode: la,
      ...answer,
      providers: answer.providers.map((p) => ({ ...p, registrationThreshold: threshold(p) })),
    };
  }

  private async places(la: string): Promise<ProviderPlaces[]> {
    const { rows } = await this.db.pool.query<ProviderPlaces>(
      `SELECT p.provider_id AS "providerId", p.name, p.registration, p.approved_on IS NOT NULL AS approved,
              pp.commissioned_places AS commissioned,
              count(pl.placement_id) FILTER (WHERE pl.status IN ('planned', 'active'))::int AS "currentPupils",
              count(pl.placement_id) FILTER (WHERE pl.status IN ('planned', 'active') AND pl.compulsory_age AND pl.hours_per_week >= $2)::int AS "fullTimeCompulsory",
              count(pl.placement_id) FILTER (WHERE pl.status IN ('planned', 'active') AND pl.compulsory_age AND pl.hours_per_week >= $2 AND pl.looked_after_or_ehcp)::int AS "fullTimeLookedAfterOrEhcp"
         FROM rm_providers p
         LEFT JOIN rm_provider_profiles pp ON pp.provider_id = p.provider_id
         LEFT JOIN rm_placements pl ON pl.provider_id = p.provider_id
        WHERE p.la_code = $1
        GROUP BY p.provider_id, pp.commissioned_places ORDER BY p.name`,
      [la, FULL_TIME_CASE_LAW_HOURS],
    );
    return rows;
  }

  private async demand(la: string) {
    const { rows } = await this.db.pool.query<{ permanent: number; breached: number; waiting: number }>(
      `SELECT (SELECT count(*) FROM rm_day6 WHERE la_code = $1 AND responsible_kind = 'la'
                  AND status IN ('open', 'breached') AND referral_id IS NULL)::int AS permanent,
              (SELECT count(*) FROM rm_day6 WHERE la_code = $1 AND responsible_kind = 'la'
                  AND status = 'breached' AND referral_id IS NULL)::int AS breached,
              (SELECT count(*) FROM rm_referrals WHERE (commissioner_la = $1 OR home_la = $1)
                  AND status IN ('submitted', 'information_requested'))::int AS waiting`,
      [la],
    );
    const { permanent, breached, waiting } = rows[0]!;
    return { permanentWithoutPlace: permanent, ofWhichBreached: breached, referralsWaiting: waiting };
  }
}

/** §0 unregistered providers: registration is needed at 5 full-time pupils of compulsory age, or 1 looked after or with an EHC plan. */
function threshold(p: ProviderPlaces) {
  if (p.registration !== 'unregistered') return null;
  const roll = { fullTimePupils: p.fullTimeCompulsory, fullTimeLookedAfterOrEhcp: p.fullTimeLookedAfterOrEhcp };
  return { ...roll, ...registrationThresholdStatus(roll) };
}
