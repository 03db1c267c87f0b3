import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUALITY_AREAS, SPEAKERS } from '@ap/domain';
import { ProviderOutcomesDto } from '../dashboard/dashboard.response.dto';

const AREAS = Object.keys(QUALITY_AREAS);

export class QualityAreaDto {
  @ApiProperty({ enum: AREAS }) code!: string;
  @ApiProperty({ enum: ['community', 'curriculum', 'currency'] }) group!: string;
  @ApiProperty() name!: string;
}

/** GET /quality/areas */
export class QualityAreasDto {
  @ApiProperty({ type: [QualityAreaDto] }) areas!: QualityAreaDto[];
}

/** POST /providers/{id}/quality/self-assessments */
export class SubmittedSelfAssessmentDto {
  @ApiProperty() assessmentId!: string;
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}

export class AreaRatingDto {
  @ApiProperty({ enum: AREAS }) area!: string;
  @ApiProperty({ enum: [1, 2, 3, 4], description: '1 not yet in place, 2 developing, 3 established, 4 strong' })
  rating!: 1 | 2 | 3 | 4;
  @ApiPropertyOptional({ description: 'The self-assessment: the evidence given' }) evidence?: string;
  @ApiPropertyOptional({ description: 'The moderation: a note on the agreed rating' }) note?: string;
}

export class QualityActionViewDto {
  @ApiProperty() actionId!: string;
  @ApiProperty({ enum: AREAS }) area!: string;
  @ApiProperty() description!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
}

/** GET /providers/{id}/quality: the latest self-assessment and its moderation (nulls before any). */
export class QualityProfileDto {
  @ApiProperty() providerId!: string;
  @ApiPropertyOptional() assessmentId?: string;
  @ApiPropertyOptional({ format: 'date' }) submittedOn?: string;
  @ApiProperty({ type: [AreaRatingDto], nullable: true }) selfAssessed!: AreaRatingDto[] | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) moderatedOn?: string | null;
  @ApiProperty({ type: [AreaRatingDto], nullable: true, description: 'Once moderated' }) agreed!:
    AreaRatingDto[] | null;
  @ApiProperty({ type: [QualityActionViewDto], nullable: true, description: 'Once moderated' }) actions!:
    QualityActionViewDto[] | null;
}

export class FeedbackCommentDto {
  @ApiProperty({ enum: Object.keys(SPEAKERS) }) respondent!: string;
  @ApiProperty() comments!: string;
  @ApiProperty({ format: 'date' }) givenOn!: string;
}

export class ProviderFeedbackDto {
  @ApiProperty() providerId!: string;
  @ApiProperty() responses!: number;
  @ApiProperty({ description: 'Average 1–5' }) helped!: number;
  @ApiProperty({ description: 'Average 1–5' }) listenedTo!: number;
  @ApiProperty({ description: 'Average 1–5' }) safe!: number;
  @ApiProperty({ description: 'Average 1–5' }) wouldRecommend!: number;
  @ApiProperty({ type: [FeedbackCommentDto], nullable: true, description: 'Newest first; null when none commented' })
  comments!: FeedbackCommentDto[] | null;
}

/** GET /la/feedback */
export class FeedbackPerProviderDto {
  @ApiProperty({ type: [ProviderFeedbackDto] }) providers!: ProviderFeedbackDto[];
}

export class ProviderQualityRowDto {
  @ApiProperty() providerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: QualityProfileDto, nullable: true }) quality!: QualityProfileDto | null;
  @ApiProperty({ type: ProviderFeedbackDto, nullable: true }) feedback!: ProviderFeedbackDto | null;
  @ApiProperty({ type: ProviderOutcomesDto, nullable: true }) outcomes!: ProviderOutcomesDto | null;
}

/** GET /la/quality: every provider of the LA side by side. */
export class QualityComparisonDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [ProviderQualityRowDto] }) providers!: ProviderQualityRowDto[];
}
