import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SPEAKERS, VOICE_STAGES } from '@ap/domain';
import { FeedbackAnswersDto } from './voice.request.dto';

/** POST /referrals/{id}/voice */
export class RecordedVoiceDto {
  @ApiProperty() voiceId!: string;
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}

/** POST /placements/{id}/feedback */
export class GivenFeedbackDto {
  @ApiProperty() feedbackId!: string;
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}

export class VoiceEntryDto {
  @ApiProperty() voiceId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty({ enum: Object.keys(VOICE_STAGES) }) stage!: string;
  @ApiPropertyOptional({ description: 'The review it was given at (stage review)' }) reviewId?: string;
  @ApiProperty({ enum: Object.keys(SPEAKERS) }) speaker!: string;
  @ApiProperty({ description: 'In their own words, as given' }) words!: string;
  @ApiProperty({ format: 'date' }) recordedOn!: string;
}

export class FeedbackEntryDto {
  @ApiProperty() feedbackId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty() providerId!: string;
  @ApiProperty({ enum: Object.keys(SPEAKERS) }) respondent!: string;
  @ApiProperty({ type: FeedbackAnswersDto }) answers!: FeedbackAnswersDto;
  @ApiProperty() comments!: string;
  @ApiProperty({ format: 'date' }) givenOn!: string;
}

/** GET /referrals/{id}/voice: every view recorded, oldest first, and the feedback after the placement. */
export class VoiceRecordDto {
  @ApiProperty({ description: 'The stream version' }) version!: number;
  @ApiProperty({ type: [VoiceEntryDto] }) voices!: VoiceEntryDto[];
  @ApiProperty({ type: [FeedbackEntryDto] }) feedback!: FeedbackEntryDto[];
}
