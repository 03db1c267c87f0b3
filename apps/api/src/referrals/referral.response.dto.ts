import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PART_TIME_REASONS, SECTION_NAMES } from '@ap/domain';
import { ExclusionDetailsDto } from './open-referral.request.dto';
import {
  AttainmentSectionDto,
  AttendanceSectionDto,
  BehaviourSectionDto,
  DurationSectionDto,
  IdentitySectionDto,
  MedicalSectionDto,
  NextStepSectionDto,
  ObjectivesSectionDto,
  ParentalSectionDto,
  SafeguardingSectionDto,
  SenSectionDto,
} from './referral-section.request.dto';

const STATUSES = ['draft', 'submitted', 'information_requested', 'accepted', 'declined', 'withdrawn'];

export class CommissionerDto {
  @ApiProperty({ enum: ['school', 'la'] }) kind!: 'school' | 'la';
  @ApiProperty() organisationId!: string;
  @ApiProperty() laCode!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The school (or LA) by name' }) name!: string | null;
}

/** The sections completed so far (each as PUT /referrals/{id}/sections/{section} took it). */
export class ReferralSectionsDto {
  @ApiPropertyOptional({ type: IdentitySectionDto }) identity?: IdentitySectionDto;
  @ApiPropertyOptional({ type: SafeguardingSectionDto }) safeguarding?: SafeguardingSectionDto;
  @ApiPropertyOptional({ type: SenSectionDto }) sen?: SenSectionDto;
  @ApiPropertyOptional({ type: AttendanceSectionDto }) attendance?: AttendanceSectionDto;
  @ApiPropertyOptional({ type: AttainmentSectionDto }) attainment?: AttainmentSectionDto;
  @ApiPropertyOptional({ type: BehaviourSectionDto }) behaviour?: BehaviourSectionDto;
  @ApiPropertyOptional({ type: MedicalSectionDto }) medical?: MedicalSectionDto;
  @ApiPropertyOptional({ type: ParentalSectionDto }) parental?: ParentalSectionDto;
  @ApiPropertyOptional({ type: ObjectivesSectionDto }) objectives?: ObjectivesSectionDto;
  @ApiPropertyOptional({ type: DurationSectionDto }) duration?: DurationSectionDto;
  @ApiPropertyOptional({ type: NextStepSectionDto }) nextStep?: NextStepSectionDto;
}

export class MissingItemDto {
  @ApiProperty({ example: 'safeguarding.socialWorker', description: 'A section, or section.field' }) item!: string;
  @ApiProperty({ enum: ['missing', 'out_of_date', 'invalid'] }) problem!: 'missing' | 'out_of_date' | 'invalid';
  @ApiPropertyOptional() detail?: string;
}

export class OpenRequestDto {
  @ApiProperty() requestId!: string;
  @ApiProperty({ type: [String], example: ['sen.ehcpCaseworker'] }) items!: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Please send the latest attendance certificate',
    description: "The provider's note to the commissioner",
  })
  note!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the provider asked' })
  requestedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'When the answer is due, once set' })
  dueBy!: string | null;
}

export class PartTimeTermsViewDto {
  @ApiProperty({ enum: Object.keys(PART_TIME_REASONS) }) reason!: string;
  @ApiProperty() detail!: string;
  @ApiProperty() parentalAgreement!: boolean;
  @ApiProperty({ format: 'date' }) reviewDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
}

export class AcceptanceDto {
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty() fullTime!: boolean;
  @ApiPropertyOptional({ type: PartTimeTermsViewDto }) partTime?: PartTimeTermsViewDto;
}

export class HistoryActorDto {
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The school, provider or LA by name' })
  organisationName!: string | null;
  @ApiProperty() role!: string;
}

export class ReferralHistoryEntryDto {
  @ApiProperty({
    example: 'Referral submitted to Bridges Learning Centre',
    description: 'What happened, in plain English',
  })
  summary!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: HistoryActorDto, nullable: true, description: 'Who did it (null: the service itself)' })
  by!: HistoryActorDto | null;
}

export class ReferralViewDto {
  @ApiProperty() referralId!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: CommissionerDto }) commissioner!: CommissionerDto;
  @ApiProperty({ type: String, nullable: true }) upn!: string | null;
  @ApiProperty({ type: ExclusionDetailsDto, nullable: true }) exclusion!: ExclusionDetailsDto | null;
  @ApiProperty({ type: String, nullable: true }) providerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) providerName!: string | null;
  @ApiProperty({ type: OpenRequestDto, nullable: true }) openRequest!: OpenRequestDto | null;
  @ApiProperty({ type: [String] }) declinedBy!: string[];
  @ApiProperty({ type: String, nullable: true, format: 'date', description: "The provider's respond-by date" })
  respondBy!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description: 'When the open information request is due',
  })
  informationDueBy!: string | null;
  @ApiProperty({ type: AcceptanceDto, nullable: true }) acceptance!: AcceptanceDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The placement made when the provider accepted' })
  placementId!: string | null;
  @ApiProperty({ type: ReferralSectionsDto }) sections!: ReferralSectionsDto;
  @ApiProperty({ type: [MissingItemDto], description: 'While a draft: every item still missing or out of date' })
  missing!: MissingItemDto[];
  @ApiProperty({ enum: SECTION_NAMES, isArray: true, description: 'The section names, in the order of the form' })
  sectionNames!: string[];
  @ApiProperty({ type: [ReferralHistoryEntryDto], description: 'What happened so far, oldest first' })
  history!: ReferralHistoryEntryDto[];
  @ApiProperty() version!: number;
}

export class OpenedReferralDto {
  @ApiProperty() referralId!: string;
  @ApiProperty() version!: number;
}

export class VersionDto {
  @ApiProperty({ description: 'The new stream version (also the ETag)' }) version!: number;
}

export class RequestedInformationDto {
  @ApiProperty() requestId!: string;
  @ApiProperty() version!: number;
}

export class AcceptedReferralDto {
  @ApiProperty() version!: number;
  @ApiProperty() placementId!: string;
}
