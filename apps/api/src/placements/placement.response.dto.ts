import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PART_TIME_REASONS } from '@ap/domain';

export class PlacementPartTimeDto {
  @ApiProperty({ enum: Object.keys(PART_TIME_REASONS) }) reason!: string;
  @ApiProperty() detail!: string;
  @ApiProperty() parentalAgreement!: boolean;
  @ApiProperty({ format: 'date' }) reviewDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
}

export class TimetableDto {
  @ApiProperty() hoursPerWeek!: number;
  @ApiPropertyOptional({ type: PlacementPartTimeDto, description: 'Below the full-time benchmark: the terms' })
  partTime?: PlacementPartTimeDto;
}

export class InductionViewDto {
  @ApiProperty({ enum: ['none', 'in_progress', 'completed'] }) status!: string;
  @ApiPropertyOptional({ format: 'date' }) placementStartedOn?: string;
  @ApiPropertyOptional({ format: 'date' }) meetingHeldOn?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date' },
    description: 'Baseline area (literacy, numeracy, social_emotional) -> when it was assessed',
  })
  baselines?: Record<string, string>;
  @ApiPropertyOptional() needsIdentified?: boolean;
  @ApiPropertyOptional() voiceRecorded?: boolean;
  @ApiPropertyOptional({ format: 'date' }) planAgreedOn?: string;
  @ApiPropertyOptional({ format: 'date' }) completedOn?: string;
}

export class TransitionViewDto {
  @ApiProperty({ description: "'none' until a transition is planned" }) status!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Where the pupil goes next' })
  destination?: Record<string, unknown>;
  @ApiPropertyOptional({ format: 'date' }) plannedDate?: string;
  @ApiPropertyOptional({ format: 'date' }) meetingHeldOn?: string;
}

/** GET /placements/{id}: the placement with its induction and transition. */
export class PlacementViewDto {
  @ApiProperty() placementId!: string;
  @ApiProperty() referralId!: string;
  @ApiProperty() providerId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string', enum: ['R'] }] }) yearGroup!: number | 'R';
  @ApiProperty({ enum: ['planned', 'active', 'ended'] }) status!: 'planned' | 'active' | 'ended';
  @ApiProperty() commissionerId!: string;
  @ApiProperty() commissionerLa!: string;
  @ApiPropertyOptional() homeLaCode?: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiPropertyOptional({ format: 'date', description: 'When the pupil started (active or ended)' }) startedOn?: string;
  @ApiPropertyOptional({ format: 'date' }) endedOn?: string;
  @ApiProperty({ type: TimetableDto }) timetable!: TimetableDto;
  @ApiProperty() fullTime!: boolean;
  @ApiProperty() lookedAfterOrEhcp!: boolean;
  @ApiProperty() dualRegistered!: boolean;
  @ApiProperty({ enum: [1, 2, 3], description: 'AP tier: 1 in school, 2 time-limited, 3 transitional' })
  tier!: 1 | 2 | 3;
  @ApiPropertyOptional({ format: 'date' }) plannedEndDate?: string;
  @ApiProperty({ type: [String] }) reintegrationCriteria!: string[];
  @ApiProperty() extensions!: number;
  @ApiPropertyOptional() extensionReason?: string;
  @ApiPropertyOptional({ type: [String], description: 'Reviews recorded (active)' }) reviewIds?: string[];
  @ApiPropertyOptional({ format: 'date', description: 'When the next review is due (set by the last review)' })
  nextReviewDate?: string;
  @ApiProperty({ description: 'The stream version (also the ETag)' }) version!: number;
  @ApiProperty({ format: 'date', description: "Today on the engine's clock" }) today!: string;
  @ApiProperty({ type: InductionViewDto }) induction!: InductionViewDto;
  @ApiProperty({ type: TransitionViewDto }) transition!: TransitionViewDto;
}

export class ProviderPlacementDto {
  @ApiProperty() placementId!: string;
  @ApiProperty({ enum: ['planned', 'active'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'From the referral' }) pupilName!: string | null;
  @ApiProperty({ type: String, nullable: true }) yearGroup!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The commissioning school by name, or the LA that commissioned it ("Local authority 201" unnamed)',
  })
  schoolName!: string | null;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startedOn!: string | null;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty() fullTime!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) nextReviewDate!: string | null;
}

export class ProviderPlacementsDto {
  @ApiProperty({ type: [ProviderPlacementDto] }) items!: ProviderPlacementDto[];
  @ApiProperty({ format: 'date', description: "Today on the engine's clock" }) today!: string;
}

/** POST /placements/{id}/reviews: the review recorded. */
export class RecordedReviewDto {
  @ApiProperty() reviewId!: string;
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}
