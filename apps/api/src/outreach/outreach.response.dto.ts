import { ApiProperty } from '@nestjs/swagger';
import { OBJECTIVES_MET } from '@ap/domain';

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
