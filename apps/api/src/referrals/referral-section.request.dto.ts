import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SEN_NEED_TYPES, SEN_PROVISION, YEAR_GROUPS, type SectionName } from '@ap/domain';
import { IsIsoDate, IsLaCode, IsUpn } from '../http/domain-validators';

const TEXT = 4000;

/** A person named in a referral section (the DSL, a social worker, a caseworker). */
export class PersonContactDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) email?: string;
}

export class IdentitySectionDto {
  @ApiPropertyOptional() @IsOptional() @IsUpn() upn?: string;
  @ApiPropertyOptional({ description: 'Why there is no UPN (e.g. newly arrived)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  noUpnReason?: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @ApiProperty() @IsIsoDate() dateOfBirth!: string;
  @ApiProperty({ enum: YEAR_GROUPS }) @IsIn(YEAR_GROUPS as unknown[]) yearGroup!: number | 'R';
  @ApiProperty() @IsLaCode() homeLaCode!: string;
  @ApiPropertyOptional({ description: 'Eligible for the pupil premium (the LA dashboard filters on it)' })
  @IsOptional()
  @IsBoolean()
  pupilPremium?: boolean;
}

export class SafeguardingSectionDto {
  @ApiProperty({ type: PersonContactDto }) @ValidateNested() @Type(() => PersonContactDto) dsl!: PersonContactDto;
  @ApiProperty() @IsBoolean() childProtectionPlan!: boolean;
  @ApiProperty() @IsBoolean() childInNeedPlan!: boolean;
  @ApiPropertyOptional({ type: PersonContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonContactDto)
  socialWorker?: PersonContactDto;
  @ApiProperty() @IsBoolean() lookedAfter!: boolean;
  @ApiPropertyOptional({ type: PersonContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonContactDto)
  virtualSchoolHead?: PersonContactDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) riskAssessment?: string;
}

export class SenSectionDto {
  @ApiProperty({ enum: Object.keys(SEN_PROVISION) })
  @IsIn(Object.keys(SEN_PROVISION))
  provision!: keyof typeof SEN_PROVISION;
  @ApiPropertyOptional({ enum: Object.keys(SEN_NEED_TYPES) })
  @IsOptional()
  @IsIn(Object.keys(SEN_NEED_TYPES))
  primaryNeed?: keyof typeof SEN_NEED_TYPES;
  @ApiPropertyOptional({ type: PersonContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonContactDto)
  ehcpCaseworker?: PersonContactDto;
}

export class AttendanceSectionDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(100) percent!: number;
  @ApiProperty({ description: 'When the figure was taken: within the last 6 months' }) @IsIsoDate() asOf!: string;
}

export class AttainmentSectionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) summary!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) english?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) maths?: string;
  @ApiProperty() @IsIsoDate() asOf!: string;
}

export class BehaviourSectionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) history!: string;
  @ApiProperty({ type: [String] })
  @IsString({ each: true })
  @MaxLength(TEXT, { each: true })
  interventionsTried!: string[];
}

export class MedicalSectionDto {
  @ApiProperty({ description: 'Medical needs, or "None known"' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  needs!: string;
}

export class ParentalSectionDto {
  @ApiProperty({ type: PersonContactDto }) @ValidateNested() @Type(() => PersonContactDto) contact!: PersonContactDto;
  @ApiProperty() @IsBoolean() consentGiven!: boolean;
}

export class ObjectivesSectionDto {
  @ApiProperty({ type: [String] })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(TEXT, { each: true })
  objectives!: string[];
}

export class DurationSectionDto {
  @ApiProperty() @IsInt() @Min(1) @Max(104) intendedWeeks!: number;
  @ApiProperty() @IsNumber() @Min(0.5) @Max(40) hoursPerWeek!: number;
}

export class NextStepSectionDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) plan!: string;
}

/** The DTO class that validates each section's content. */
export const SECTION_DTOS: Record<SectionName, new () => object> = {
  identity: IdentitySectionDto,
  safeguarding: SafeguardingSectionDto,
  sen: SenSectionDto,
  attendance: AttendanceSectionDto,
  attainment: AttainmentSectionDto,
  behaviour: BehaviourSectionDto,
  medical: MedicalSectionDto,
  parental: ParentalSectionDto,
  objectives: ObjectivesSectionDto,
  duration: DurationSectionDto,
  nextStep: NextStepSectionDto,
};
