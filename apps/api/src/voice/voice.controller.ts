import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLog, CLOCK, ExecuteCommand } from '@ap/application';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE } from '@ap/database';
import type { EventStore } from '@ap/event-store';
import { voiceStreamId, type Clock, type VoiceEvent } from '@ap/domain';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { commandContext, etag, newIdFor, type ApiRequest } from '../http/request-context';
import { PlacementsService } from '../placements/placements.service';
import { pupilKey, ReferralsService } from '../referrals/referrals.service';
import { FeedbackDto, RecordVoiceDto } from './voice.request.dto';
import { GivenFeedbackDto, RecordedVoiceDto, VoiceRecordDto } from './voice.response.dto';

/**
 * The pupil's and parent's own words at referral, induction and each review, and the short feedback form after a
 * placement. One stream per referral and the placement that shares its id, scoped like the referral.
 */
@ApiTags('voice')
@ApiBearerAuth()
@Controller()
export class VoiceController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly placements: PlacementsService,
    private readonly commands: CommandBus,
    private readonly accessLog: AccessLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('referrals/:id/voice')
  @Roles('school', 'provider', 'la_officer')
  @ApiOperation({ summary: 'Record the pupil’s or parent’s view in their own words (referral, induction or a review)' })
  @ApiCreatedResponse({ type: RecordedVoiceDto, description: 'Recorded: the new id and the stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async record(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: RecordVoiceDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { state } = await this.referrals.visible(request.actor, id);
    const voiceId = newIdFor(request, 'voice');
    const result = await this.commands.execute(
      new ExecuteCommand(
        'voice',
        id,
        'RecordVoice',
        { voiceId, upn: pupilKey(state), ...body },
        commandContext(request, false),
      ),
    );
    response.status(201).setHeader('ETag', etag(result.version));
    return { voiceId, version: result.version };
  }

  @Get('referrals/:id/voice')
  @Roles('school', 'provider', 'la_officer', 'la_auditor')
  @ApiOperation({ summary: 'Every view recorded for this referral and its placement, and the feedback given after it' })
  @ApiOkResponse({ type: VoiceRecordDto, description: 'The record' })
  @ApiProblems(401, 403, 404)
  async list(@Req() request: ApiRequest, @Param('id') id: string) {
    const { state } = await this.referrals.visible(request.actor, id);
    await this.accessLog.recordRead(
      request.actor,
      pupilKey(state),
      `voice ${id}`,
      request.correlationId,
      this.clock.now(),
    );
    const { events, version } = await this.store.readStream(voiceStreamId(id));
    const of = <T extends VoiceEvent['type']>(type: T) =>
      events.filter((e) => e.type === type).map((e) => e.data as Extract<VoiceEvent, { type: T }>['data']);
    return { version, voices: of('VoiceRecorded'), feedback: of('FeedbackGiven') };
  }

  @Post('placements/:id/feedback')
  @Roles('school', 'provider', 'la_officer')
  @ApiOperation({ summary: 'The short feedback form after the placement has ended (one per pupil and per parent)' })
  @ApiCreatedResponse({ type: GivenFeedbackDto, description: 'Recorded: the new id and the stream version (ETag)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async feedback(
    @Req() request: ApiRequest,
    @Param('id') id: string,
    @Body() body: FeedbackDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { state } = await this.placements.visible(request, id);
    const feedbackId = newIdFor(request, 'feedback');
    const data = {
      feedbackId,
      upn: state.upn,
      providerId: state.providerId,
      ...body,
      answers: { ...body.answers },
      ...(state.status === 'ended' ? { placementEndedOn: state.endedOn } : {}),
    };
    const result = await this.commands.execute(
      new ExecuteCommand('voice', id, 'GiveFeedback', data, commandContext(request, false)),
    );
    response.status(201).setHeader('ETag', etag(result.version));
    return { feedbackId, version: result.version };
  }
}
