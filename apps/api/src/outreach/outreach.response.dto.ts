import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OBJECTIVES_MET, SESSION_ATTENDANCE } from '@ap/domain';

/** POST /outreach */
export class RequestedOutreachDto {
  @ApiProperty() outreachId!: string;
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}

/** POST /outreach/{id}/sessions */
export class RecordedOutreachSessionDto {
  @ApiProperty() sessionId!: string;
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}

export class OutreachSummaryDto {
  @ApiProperty() outreachId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty() schoolUrn!: string;
  @ApiProperty() providerId!: string;
  @ApiProperty({ enum: ['requested', 'active', 'declined', 'closed'] }) status!: string;
  @ApiProperty({ format: 'date' }) requestedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ description: 'Sessions recorded' }) sessions!: number;
  @ApiProperty({ description: 'Minutes of sessions recorded' }) minutes!: number;
  @ApiProperty({ description: 'Sessions the pupil attended' }) attended!: number;
  @ApiProperty({ type: String, enum: Object.keys(OBJECTIVES_MET), nullable: true, description: 'Once closed' })
  objectivesMet!: string | null;
}

/** GET /outreach: newest request first. */
export class OutreachListDto {
  @ApiProperty({ type: [OutreachSummaryDto] }) outreach!: OutreachSummaryDto[];
}

export class OutreachRequestDto {
  @ApiProperty() outreachId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty() schoolUrn!: string;
  @ApiProperty() laCode!: string;
  @ApiProperty() providerId!: string;
  @ApiProperty() needs!: string;
  @ApiProperty({ type: [String] }) tried!: string[];
  @ApiProperty({ type: [String] }) objectives!: string[];
  @ApiPropertyOptional() attendancePercent?: number;
  @ApiProperty({ format: 'date' }) requestedOn!: string;
}

export class OutreachSessionViewDto {
  @ApiProperty() sessionId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty() focus!: string;
  @ApiProperty({ enum: Object.keys(SESSION_ATTENDANCE) }) attendance!: string;
}

export class OutreachClosingDto {
  @ApiProperty({ format: 'date' }) closedOn!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: Object.keys(OBJECTIVES_MET) }) objectivesMet!: string;
  @ApiProperty() sessions!: number;
}

export class OutreachDeclinedDto {
  @ApiProperty({ format: 'date' }) declinedOn!: string;
  @ApiProperty() reason!: string;
}

/** GET /outreach/{id}: the episode with its request, sessions and closing summary. */
export class OutreachViewDto {
  @ApiProperty() outreachId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty() schoolUrn!: string;
  @ApiProperty() laCode!: string;
  @ApiProperty() providerId!: string;
  @ApiProperty({ format: 'date' }) requestedOn!: string;
  @ApiProperty({ enum: ['requested', 'active', 'declined', 'closed'] }) status!: string;
  @ApiPropertyOptional({ format: 'date', description: 'Once accepted' }) acceptedOn?: string;
  @ApiPropertyOptional({ type: [String], description: 'Once accepted' }) sessionIds?: string[];
  @ApiPropertyOptional({ format: 'date', description: 'Once closed' }) closedOn?: string;
  @ApiProperty({ description: 'The stream version (also the ETag)' }) version!: number;
  @ApiProperty({ type: OutreachRequestDto }) request!: OutreachRequestDto;
  @ApiProperty({ type: [OutreachSessionViewDto] }) sessions!: OutreachSessionViewDto[];
  @ApiProperty({ type: OutreachClosingDto, nullable: true }) closing!: OutreachClosingDto | null;
  @ApiProperty({ type: OutreachDeclinedDto, nullable: true }) declined!: OutreachDeclinedDto | null;
}
