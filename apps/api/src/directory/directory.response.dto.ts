import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RegistrationThresholdDto {
  @ApiProperty() fullTimePupils!: number;
  @ApiProperty() fullTimeLookedAfterOrEhcp!: number;
  @ApiProperty() crossed!: boolean;
  @ApiProperty() near!: boolean;
}

export class ProviderEntryDto {
  @ApiProperty() providerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() laCode!: string;
  @ApiProperty({ enum: ['school', 'ukprn', 'unregistered'] }) registration!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) approvedOn!: string | null;
  @ApiProperty() currentPupils!: number;
  @ApiProperty() currentHours!: number;
  @ApiProperty({ type: RegistrationThresholdDto, nullable: true })
  registrationThreshold!: RegistrationThresholdDto | null;
}

export class ProviderDirectoryDto {
  @ApiProperty({ type: [ProviderEntryDto] }) providers!: ProviderEntryDto[];
}

export class DirectoryWriteDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: number;
}

export class TimelineValuesDto {
  @ApiProperty() providerResponse!: number;
  @ApiProperty() informationRequest!: number;
  @ApiProperty() inductionMeeting!: number;
  @ApiProperty() inductionBaseline!: number;
  @ApiProperty() inductionPlan!: number;
  @ApiProperty() placementReview!: number;
  @ApiProperty() partTimeReview!: number;
  @ApiProperty() partTimeEscalation!: number;
  @ApiProperty() reintegrationFollowUp!: number;
}

export class LaTimelinesDto {
  @ApiProperty({ example: '201' }) laCode!: string;
  @ApiProperty({
    description: "The LA's own settings in school days (only those it set)",
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  own!: Record<string, number>;
  @ApiProperty({ type: TimelineValuesDto, description: 'What applies: its own settings over the defaults' })
  effective!: TimelineValuesDto;
  @ApiProperty({ type: TimelineValuesDto, description: 'The §0 defaults an LA starts from' })
  defaults!: TimelineValuesDto;
  @ApiProperty({ description: 'The version of the settings, also sent as the ETag: send it back in If-Match' })
  version!: number;
}

export class ProviderRegistrationDto {
  @ApiProperty({ enum: ['school', 'ukprn', 'unregistered'] }) kind!: string;
  @ApiPropertyOptional() urn?: string;
  @ApiPropertyOptional() ukprn?: string;
}

export class ProviderApprovalDto {
  @ApiProperty({ format: 'date' }) approvedOn!: string;
  @ApiProperty({
    type: 'object',
    properties: {
      safeguarding: { type: 'boolean' },
      healthAndSafety: { type: 'boolean' },
      teachingAndLearning: { type: 'boolean' },
    },
  })
  checks!: Record<string, boolean>;
}

export class ProviderCheckRecordDto {
  @ApiProperty({ format: 'date' }) checkedOn!: string;
  @ApiProperty({ enum: ['passed', 'failed'] }) outcome!: string;
  @ApiProperty({ description: 'The user who recorded it' }) checkedBy!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note?: string | null;
}

export class ProviderChecksDto {
  @ApiPropertyOptional({ type: ProviderCheckRecordDto }) safeguarding?: ProviderCheckRecordDto;
  @ApiPropertyOptional({ type: ProviderCheckRecordDto }) healthAndSafety?: ProviderCheckRecordDto;
  @ApiPropertyOptional({ type: ProviderCheckRecordDto }) teachingAndLearning?: ProviderCheckRecordDto;
}

export class ProviderOfferAnswerDto {
  @ApiProperty({ enum: ['KS1', 'KS2', 'KS3', 'KS4', 'KS5'], isArray: true }) keyStages!: string[];
  @ApiProperty({ type: [String] }) specialisms!: string[];
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty() hours!: string;
  @ApiProperty({
    type: 'object',
    properties: { address: { type: 'string' }, postcode: { type: 'string' } },
    required: ['address', 'postcode'],
  })
  location!: { address: string; postcode: string };
  @ApiProperty({
    type: 'object',
    properties: { name: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' } },
    required: ['name'],
  })
  contact!: { name: string; email?: string; phone?: string };
}

export class ProviderPlacesDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Places the LA commissions (null: none)' })
  commissioned!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) from!: string | null;
  @ApiProperty() currentPupils!: number;
  @ApiProperty() fullTimePupils!: number;
  @ApiProperty() currentHours!: number;
  @ApiProperty({ type: Number, nullable: true }) available!: number | null;
}

export class ProviderProfileDto {
  @ApiProperty() providerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() laCode!: string;
  @ApiProperty({ type: ProviderRegistrationDto }) registration!: ProviderRegistrationDto;
  @ApiProperty({ type: ProviderApprovalDto, nullable: true }) approval!: ProviderApprovalDto | null;
  @ApiProperty({ type: ProviderChecksDto }) checks!: ProviderChecksDto;
  @ApiProperty({ type: ProviderOfferAnswerDto, nullable: true }) offer!: ProviderOfferAnswerDto | null;
  @ApiProperty({ type: ProviderPlacesDto }) places!: ProviderPlacesDto;
  @ApiProperty({ description: 'The stream version, also the ETag: send it back in If-Match' }) version!: number;
}

export class CalendarTermDto {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ format: 'date' }) end!: string;
}

export class CalendarSessionTimesDto {
  @ApiProperty({ example: '08:45' }) morningStarts!: string;
  @ApiProperty({ example: '15:15' }) afternoonEnds!: string;
}

export class CalendarAnswerDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [CalendarTermDto], description: 'One span per half term, both ends inclusive' })
  terms!: CalendarTermDto[];
  @ApiProperty({ type: [String], format: 'date' }) insetDays!: string[];
  @ApiProperty({ type: [String], format: 'date' }) closures!: string[];
  @ApiPropertyOptional({ type: CalendarSessionTimesDto }) sessionTimes?: CalendarSessionTimesDto;
}

export class SchoolCalendarAnswerDto {
  @ApiProperty() urn!: string;
  @ApiProperty() laCode!: string;
  @ApiProperty({
    enum: ['school', 'la', 'england'],
    description: "Whose calendar applies: the school's, its LA's or England's",
  })
  source!: string;
  @ApiProperty({ type: CalendarAnswerDto }) calendar!: CalendarAnswerDto;
}

export class LaCalendarAnswerDto {
  @ApiProperty() laCode!: string;
  @ApiProperty({ enum: ['la', 'england'] }) source!: string;
  @ApiProperty({ type: CalendarAnswerDto }) calendar!: CalendarAnswerDto;
}

export class SchoolEntryDto {
  @ApiProperty() urn!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: "Its own calendar's name; null: the LA's standard one" })
  ownCalendar!: string | null;
}

export class SchoolListDto {
  @ApiProperty() laCode!: string;
  @ApiProperty({ type: [SchoolEntryDto] }) schools!: SchoolEntryDto[];
}

export class GiasSkippedRowDto {
  @ApiProperty({ description: 'The line of the file' }) line!: number;
  @ApiPropertyOptional() urn?: string;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({
    enum: ['other_la', 'closed', 'urn_invalid', 'name_missing', 'duplicate_urn', 'registered_differently'],
  })
  reason!: string;
  @ApiProperty({ description: 'Why, in words' }) detail!: string;
}

export class GiasImportReportDto {
  @ApiProperty() laCode!: string;
  @ApiProperty() added!: number;
  @ApiProperty({ description: 'Schools already in the directory as the file has them' }) unchanged!: number;
  @ApiProperty({ type: [GiasSkippedRowDto] }) skipped!: GiasSkippedRowDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The name the file\'s "LA (name)" gave the LA, which had none; null when it kept its name or the file gives none',
  })
  laNamed!: string | null;
}

export class ContactAnswerDto {
  @ApiProperty() contactId!: string;
  @ApiProperty({ description: 'What this contact hears about' }) role!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() userId?: string;
  @ApiProperty({ enum: ['immediate', 'digest'] }) delivery!: string;
}

export class ContactListDto {
  @ApiProperty({ type: [ContactAnswerDto] }) contacts!: ContactAnswerDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['immediate', 'digest'] },
    description: "Each named user's own delivery choice",
  })
  preferences!: Record<string, string>;
}

export class LaNameDto {
  @ApiProperty({ example: '201' }) laCode!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The name the LA was given; null until it has one' })
  name!: string | null;
  @ApiProperty({
    example: 'Northshire County Council',
    description: 'How pages name it: its name, else "Local authority 201"',
  })
  shownAs!: string;
  @ApiProperty({ description: 'The version of the LA record, also sent as the ETag' }) version!: number;
}
