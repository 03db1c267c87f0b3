import { ApiProperty } from '@nestjs/swagger';

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
