import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { AdjustableClock, CLOCK, DevClockSync } from '@ap/application';
import type { Clock } from '@ap/domain';
import { AUTH_CONFIG, type AuthConfig } from '../auth/auth.config';
import { Roles } from '../auth/auth.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { problem, ProblemException } from '../http/problem';

export class SetClockDto {
  @ApiProperty({ example: '2025-11-06T00:00:01Z' }) @IsISO8601({ strict: true }) now!: string;
  @ApiProperty({
    enum: ['fixed', 'offset'],
    required: false,
    description: 'fixed: time stands still; offset: time runs on from there',
  })
  @IsOptional()
  @IsIn(['fixed', 'offset'])
  mode?: 'fixed' | 'offset';
}

export class ClockAnswerDto {
  @ApiProperty({ format: 'date-time' }) now!: string;
  @ApiPropertyOptional({ description: 'Whether POST may move it (DEV_MODE and a fixed or offset CLOCK)' })
  settable?: boolean;
}

/**
 * Development only: move the engine's clock to watch timelines fire. Settable only with DEV_MODE=true and
 * CLOCK=fixed|offset; workers started with a settable CLOCK follow it within half a second.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/clock')
export class AdminClockController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUTH_CONFIG) private readonly auth: AuthConfig,
    private readonly sync: DevClockSync,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The engine clock now' })
  @ApiOkResponse({ type: ClockAnswerDto })
  @ApiProblems(401, 403)
  now() {
    return { now: this.clock.now(), settable: this.clock instanceof AdjustableClock };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the engine clock (development, when started with a settable CLOCK)' })
  @ApiOkResponse({ type: ClockAnswerDto })
  @ApiProblems(400, 401, 403, 409)
  async set(@Body() body: SetClockDto) {
    if (!(this.clock instanceof AdjustableClock) || !this.auth.development) {
      throw new ProblemException(
        problem(
          HttpStatus.CONFLICT,
          'CLOCK_NOT_SETTABLE',
          'Start the engine with DEV_MODE=true and CLOCK=fixed:<instant> or offset:<instant> to set it',
        ),
      );
    }
    // Kept in the database too, so standalone workers follow it (issue 18).
    await this.sync.set(body.mode ?? 'fixed', body.now);
    return { now: this.clock.now() };
  }
}
