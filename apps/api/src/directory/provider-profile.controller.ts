import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ExecuteCommand, type CommandOf } from '@ap/application';
import { DATABASE, type DatabaseConnection } from '@ap/database';
import { FULL_TIME_CASE_LAW_HOURS, type DirectoryState, type ProviderOffer } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { notFound } from '../http/not-found';
import { commandContext, etag, type ApiRequest } from '../http/request-context';
import { DirectoryWriteDto, ProviderProfileDto } from './directory.response.dto';
import { DirectoryService } from './directory.service';
import { CommissionPlacesDto, ProviderCheckDto, ProviderOfferDto } from './provider-profile.request.dto';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The version GET /providers/{id} answered; a stale one is refused with 412',
};

/** A provider's page in the LA's directory: approval checks, what it offers, and its places. */
@ApiTags('directory')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 409, 412, 422)
@Controller('providers/:id')
export class ProviderProfileController {
  constructor(
    private readonly commands: CommandBus,
    private readonly directory: DirectoryService,
    @Inject(DATABASE) private readonly db: DatabaseConnection,
  ) {}

  @Post('checks')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DirectoryWriteDto })
  @HttpCode(200)
  @Roles('la_officer')
  @ApiOperation({
    summary: 'Record an approval check (safeguarding, health and safety, teaching and learning) as done',
  })
  async check(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: ProviderCheckDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.ownedByCallersLa(r, id);
    return this.run(r, res, id, 'RecordProviderCheck', { ...b } as CommandOf<'provider'>['data']);
  }

  @Put('offer')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DirectoryWriteDto })
  @Roles('la_officer', 'provider')
  @ApiOperation({ summary: 'What the provider offers: key stages, specialisms, hours, location and contact' })
  async offer(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: ProviderOfferDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (r.actor.role === 'provider' && r.actor.organisationId !== id) throw notFound('provider');
    if (r.actor.role === 'la_officer') await this.ownedByCallersLa(r, id);
    else if (!(await this.directory.provider(id))) throw notFound('provider');
    return this.run(r, res, id, 'DescribeProviderOffer', { offer: { ...b } as ProviderOffer });
  }

  @Put('places')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: DirectoryWriteDto })
  @Roles('la_officer')
  @ApiOperation({ summary: 'The places the LA commissions at the provider, from a date' })
  async places(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Body() b: CommissionPlacesDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.ownedByCallersLa(r, id);
    return this.run(r, res, id, 'CommissionPlaces', { places: b.places, from: b.from });
  }

  @Get()
  @ApiOperation({
    summary:
      "A provider's directory entry: registration, approval and its checks, offer, commissioned places and current pupils (any organisation in its LA)",
  })
  @ApiOkResponse({ type: ProviderProfileDto })
  @ApiProblems(401, 404)
  async profile(
    @Req() r: ApiRequest,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProviderProfileDto> {
    const found = await this.directory.providerVersioned(id);
    const state = found?.state;
    if (!state || !(r.actor.role === 'admin' || r.actor.organisationId === id || r.actor.laCode === state.laCode))
      throw notFound('provider');
    res.setHeader('ETag', etag(found.version));
    const { rows } = await this.db.pool.query<{ pupils: number; hours: number; full_time: number }>(
      `SELECT count(*)::int AS pupils, coalesce(sum(hours_per_week), 0)::float AS hours,
              count(*) FILTER (WHERE hours_per_week >= $2)::int AS full_time
         FROM rm_placements WHERE provider_id = $1 AND status IN ('planned', 'active')`,
      [id, FULL_TIME_CASE_LAW_HOURS],
    );
    return { ...toProfile(id, state, rows[0]!), version: found.version } as ProviderProfileDto;
  }

  private async ownedByCallersLa(r: ApiRequest, id: string): Promise<DirectoryState> {
    const state = await this.directory.provider(id);
    // Another LA's provider answers as one that does not exist.
    if (!state || state.laCode !== r.actor.organisationId) throw notFound('provider');
    return state;
  }

  private async run(
    r: ApiRequest,
    res: Response,
    id: string,
    type: CommandOf<'provider'>['type'],
    data: CommandOf<'provider'>['data'],
  ) {
    const result = await this.commands.execute(new ExecuteCommand('provider', id, type, data, commandContext(r)));
    res.setHeader('ETag', etag(result.version));
    return { id, version: result.version };
  }
}

function toProfile(id: string, state: DirectoryState, roll: { pupils: number; hours: number; full_time: number }) {
  const commissioned = state.places?.places ?? null;
  return {
    providerId: id,
    name: state.name,
    laCode: state.laCode,
    registration: state.registration,
    approval: state.approval ?? null,
    checks: state.checks ?? {},
    offer: state.offer ?? null,
    places: {
      commissioned,
      from: state.places?.from ?? null,
      currentPupils: roll.pupils,
      fullTimePupils: roll.full_time,
      currentHours: roll.hours,
      available: commissioned === null ? null : Math.max(0, commissioned - roll.pupils),
    },
  };
}
