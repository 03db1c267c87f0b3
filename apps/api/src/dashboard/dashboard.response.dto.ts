import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { RegistrationThresholdDto } from '../directory/directory.response.dto';

const date = (description?: string) => ({ type: String, format: 'date', ...(description ? { description } : {}) });
const nullableDate = (description?: string) => ({ ...date(description), nullable: true });

export class DashboardSummaryDto {
  @ApiProperty() openDay6Clocks!: number;
  @ApiProperty({ description: 'Open clocks whose last school day before day 6 is today' }) dueToday!: number;
  @ApiProperty() breachesThisTerm!: number;
  @ApiProperty() overdueResponses!: number;
  @ApiProperty() inductionsAndReviews!: number;
  @ApiProperty() partTimePastLimit!: number;
  @ApiProperty() parentNoticesNotGiven!: number;
}

export class Day6RowDto {
  @ApiProperty() periodId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty({ type: String, nullable: true }) schoolUrn!: string | null;
  @ApiProperty({ enum: ['school', 'la'] }) responsibleKind!: string;
  @ApiProperty() responsibleId!: string;
  @ApiProperty(date()) day1!: string;
  @ApiProperty(date()) day6!: string;
  @ApiProperty({ enum: ['open', 'met', 'met_late', 'breached', 'closed'] }) status!: string;
  @ApiProperty() placementAccepted!: boolean;
  @ApiProperty(nullableDate()) acceptedStart!: string | null;
  @ApiProperty(nullableDate()) startedOn!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) startedFullTime!: boolean | null;
  @ApiProperty() firstNoticeMissing!: boolean;
  @ApiProperty() provisionNoticeMissing!: boolean;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) providerId!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) lookedAfterFromDay1!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) endedReason!: string | null;
  @ApiProperty(nullableDate()) partTimeStartedOn!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "A breached pupil's current part-time place: its hours a week",
  })
  partTimeHoursPerWeek!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "A breached pupil's current part-time place: its provider",
  })
  partTimeProviderId!: string | null;
  @ApiProperty({ description: "School days left before day 6 on the excluding school's calendar (0 once it began)" })
  schoolDaysLeft!: number;
}

export class OverdueRowDto {
  @ApiProperty({ example: 'provider_response' }) kind!: string;
  @ApiProperty() subjectId!: string;
  @ApiProperty(nullableDate()) dueBy!: string | null;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
  @ApiProperty({ type: String, nullable: true }) upn!: string | null;
  @ApiProperty({ type: String, nullable: true }) commissionerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) providerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class PartTimeRowDto {
  @ApiProperty() placementId!: string;
  @ApiProperty() upn!: string;
  @ApiProperty() providerId!: string;
  @ApiProperty({ type: String, nullable: true }) commissionerId!: string | null;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty(nullableDate()) since!: string | null;
  @ApiProperty(nullableDate()) endDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) calendarDaysPartTime!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) endDatePassed!: boolean | null;
}

export class DirectorySchoolDto {
  @ApiProperty() urn!: string;
  @ApiProperty() name!: string;
}

export class DirectoryProviderDto {
  @ApiProperty() providerId!: string;
  @ApiProperty() name!: string;
}

export class DirectoryLaDto {
  @ApiProperty({ example: '201' }) laCode!: string;
  @ApiProperty({ example: 'Northshire County Council' }) name!: string;
}

export class DashboardTotalsDto {
  @ApiProperty() day6!: number;
  @ApiProperty() breaches!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() partTime!: number;
  @ApiProperty() parentNotices!: number;
}

export class DashboardDto {
  @ApiProperty() laCode!: string;
  @ApiProperty(date()) today!: string;
  @ApiProperty(date("The first day of this term on the LA's calendar")) termStart!: string;
  @ApiProperty({ type: DashboardSummaryDto }) summary!: DashboardSummaryDto;
  @ApiProperty({ description: 'Rows shown per table (the most urgent first)' }) limit!: number;
  @ApiProperty({ type: DashboardTotalsDto, description: 'Rows in each whole table' }) totals!: DashboardTotalsDto;
  @ApiProperty({ type: [Day6RowDto], description: 'Open day-6 clocks, the earliest day 6 first' }) day6!: Day6RowDto[];
  @ApiProperty({
    type: [Day6RowDto],
    description: "This term's breaches: still without provision first, then provision that started late",
  })
  breaches!: Day6RowDto[];
  @ApiProperty({ type: [OverdueRowDto], description: 'Open overdue items, the longest overdue first' })
  overdue!: OverdueRowDto[];
  @ApiProperty({ type: [PartTimeRowDto], description: 'Part-time timetables, the longest part time first' })
  partTime!: PartTimeRowDto[];
  @ApiProperty({ type: [Day6RowDto], description: "This term's clocks whose parent notices were not given in time" })
  parentNotices!: Day6RowDto[];
  @ApiProperty({ type: [DirectorySchoolDto], description: "The LA's schools by name (for the filters and the rows)" })
  schools!: DirectorySchoolDto[];
  @ApiProperty({ type: [DirectoryProviderDto], description: "The LA's providers by name" })
  providers!: DirectoryProviderDto[];
  @ApiProperty({
    type: [DirectoryLaDto],
    description: 'The LAs that have a name (an LA without one is shown as "Local authority 201")',
  })
  localAuthorities!: DirectoryLaDto[];
}

export class DashboardTableDto {
  @ApiProperty() laCode!: string;
  @ApiProperty(date()) today!: string;
  @ApiProperty(date("The first day of this term on the LA's calendar")) termStart!: string;
  @ApiProperty({ enum: ['day6', 'breaches', 'overdue', 'partTime', 'parentNotices'] }) table!: string;
  @ApiProperty({ description: 'Rows in the whole table' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({
    description: 'Day-6 rows (day6, breaches, parentNotices), overdue rows or part-time rows, as on the dashboard',
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(Day6RowDto) },
        { $ref: getSchemaPath(OverdueRowDto) },
        { $ref: getSchemaPath(PartTimeRowDto) },
      ],
    },
  })
  rows!: Array<Day6RowDto | OverdueRowDto | PartTimeRowDto>;
  @ApiProperty({ type: [DirectorySchoolDto], description: "The LA's schools by name (for the filters and the rows)" })
  schools!: DirectorySchoolDto[];
  @ApiProperty({ type: [DirectoryProviderDto], description: "The LA's providers by name" })
  providers!: DirectoryProviderDto[];
  @ApiProperty({
    type: [DirectoryLaDto],
    description: 'The LAs that have a name (an LA without one is shown as "Local authority 201")',
  })
  localAuthorities!: DirectoryLaDto[];
}

export class WeekDto {
  @ApiProperty(date('Monday')) weekStarting!: string;
  @ApiProperty() clocksStarted!: number;
  @ApiProperty() breaches!: number;
}

export class ProvisionBandDto {
  @ApiProperty({ example: 'By day 5' }) band!: string;
  @ApiProperty() clocks!: number;
}

export class TimeToProvisionDto {
  @ApiProperty() started!: number;
  @ApiProperty() notStarted!: number;
  @ApiProperty({ type: Number, nullable: true }) medianSchoolDays!: number | null;
  @ApiProperty({ type: [ProvisionBandDto] }) bands!: ProvisionBandDto[];
}

export class ReasonCountDto {
  @ApiProperty() reason!: string;
  @ApiProperty() referrals!: number;
}

export class SchoolCountDto {
  @ApiProperty() urn!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty() referrals!: number;
  @ApiProperty() pupils!: number;
}

export class TrendsDto {
  @ApiProperty() laCode!: string;
  @ApiProperty(date()) from!: string;
  @ApiProperty(date()) to!: string;
  @ApiProperty({ type: [WeekDto] }) weeks!: WeekDto[];
  @ApiProperty({ type: TimeToProvisionDto }) timeToFirstProvision!: TimeToProvisionDto;
  @ApiProperty({ type: [ReasonCountDto] }) referralsByReason!: ReasonCountDto[];
  @ApiProperty({ type: [SchoolCountDto] }) referralsBySchool!: SchoolCountDto[];
}

export class OutreachMeasureDto {
  @ApiProperty() episodes!: number;
  @ApiProperty() assessable!: number;
  @ApiProperty() stayedInSchool!: number;
  @ApiProperty({ type: Number, nullable: true }) stayedInSchoolPercent!: number | null;
}

export class AttendanceMeasureDto {
  @ApiProperty() reviews!: number;
  @ApiProperty({ type: Number, nullable: true }) averagePercent!: number | null;
}

export class ReintegrationMeasureDto {
  @ApiProperty() returned!: number;
  @ApiProperty() followedUp!: number;
  @ApiProperty() sustained!: number;
  @ApiProperty({ type: Number, nullable: true }) sustainedPercent!: number | null;
}

export class AttainmentMeasureDto {
  @ApiProperty() englishRecorded!: number;
  @ApiProperty() englishImproved!: number;
  @ApiProperty() mathsRecorded!: number;
  @ApiProperty() mathsImproved!: number;
}

export class Post16MeasureDto {
  @ApiProperty() recorded!: number;
  @ApiProperty() eet!: number;
  @ApiProperty() neet!: number;
  @ApiProperty({ type: Number, nullable: true }) eetPercent!: number | null;
}

export class OutcomeMeasuresDto {
  @ApiProperty({ description: 'The provider, or the LA or provider the total is for' }) providerId!: string;
  @ApiProperty({ type: OutreachMeasureDto }) outreach!: OutreachMeasureDto;
  @ApiProperty() partTimePupils!: number;
  @ApiProperty({ type: AttendanceMeasureDto }) attendance!: AttendanceMeasureDto;
  @ApiProperty({ type: ReintegrationMeasureDto }) reintegration!: ReintegrationMeasureDto;
  @ApiProperty({ type: AttainmentMeasureDto }) attainment!: AttainmentMeasureDto;
  @ApiProperty({ type: Post16MeasureDto }) post16!: Post16MeasureDto;
}

export class ProviderOutcomesDto extends OutcomeMeasuresDto {
  @ApiPropertyOptional({ type: String, nullable: true }) providerName?: string | null;
}

export class OutcomesDto {
  @ApiProperty(date()) from!: string;
  @ApiProperty(date()) to!: string;
  @ApiProperty({ type: OutcomeMeasuresDto }) total!: OutcomeMeasuresDto;
  @ApiProperty({ type: [ProviderOutcomesDto] }) providers!: ProviderOutcomesDto[];
}

export class SufficiencyProviderDto {
  @ApiProperty() providerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['school', 'ukprn', 'unregistered'] }) registration!: string;
  @ApiProperty() approved!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Places the LA commissions (null: none)' })
  commissioned!: number | null;
  @ApiProperty() currentPupils!: number;
  @ApiProperty() fullTimeCompulsory!: number;
  @ApiProperty() fullTimeLookedAfterOrEhcp!: number;
  @ApiProperty({ type: Number, nullable: true }) available!: number | null;
  @ApiProperty({
    description: 'Current pupils beyond the commissioned places (0 when within them or none are commissioned)',
  })
  overCapacity!: number;
  @ApiProperty({ type: RegistrationThresholdDto, nullable: true, description: 'Only for unregistered providers' })
  registrationThreshold!: RegistrationThresholdDto | null;
}

export class PlacesTotalDto {
  @ApiProperty() commissioned!: number;
  @ApiProperty() filled!: number;
  @ApiProperty() available!: number;
  @ApiProperty({ description: "Pupils beyond their provider's commissioned places, over all providers" })
  overCapacity!: number;
}

export class DemandDto {
  @ApiProperty() permanentWithoutPlace!: number;
  @ApiProperty() ofWhichBreached!: number;
  @ApiProperty() referralsWaiting!: number;
  @ApiProperty() total!: number;
}

export class SufficiencyDto {
  @ApiProperty() laCode!: string;
  @ApiProperty({ type: PlacesTotalDto }) places!: PlacesTotalDto;
  @ApiProperty({ type: DemandDto }) demand!: DemandDto;
  @ApiProperty({ description: 'Enough free places for the pupils waiting, and no provider over capacity' })
  canMeetDemand!: boolean;
  @ApiProperty() shortfall!: number;
  @ApiProperty({ type: [SufficiencyProviderDto] }) providers!: SufficiencyProviderDto[];
}
