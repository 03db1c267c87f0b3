import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SPEAKERS, VOICE_STAGES, type Speaker, type VoiceStage } from '@ap/domain';
import { IsIsoDate } from '../http/domain-validators';

export class RecordVoiceDto {
  @ApiProperty({ enum: Object.keys(VOICE_STAGES) }) @IsIn(Object.keys(VOICE_STAGES)) stage!: VoiceStage;
  @ApiPropertyOptional({ description: 'The review this view was given at (stage review)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reviewId?: string;
  @ApiProperty({ enum: Object.keys(SPEAKERS) }) @IsIn(Object.keys(SPEAKERS)) speaker!: Speaker;
  @ApiProperty({ description: 'In their own words, as given' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  words!: string;
  @ApiProperty() @IsIsoDate() recordedOn!: string;
}

export class FeedbackAnswersDto {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) helped!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) listenedTo!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) safe!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) wouldRecommend!: number;
}

/** The short form after a placement, from the pupil or the parent (entered by the school, provider or LA). */
export class FeedbackDto {
  @ApiProperty({ enum: Object.keys(SPEAKERS) }) @IsIn(Object.keys(SPEAKERS)) respondent!: Speaker;
  @ApiProperty({ type: FeedbackAnswersDto })
  @ValidateNested()
  @Type(() => FeedbackAnswersDto)
  answers!: FeedbackAnswersDto;
  @ApiProperty() @IsString() @MaxLength(4000) comments!: string;
  @ApiProperty() @IsIsoDate() givenOn!: string;
}
