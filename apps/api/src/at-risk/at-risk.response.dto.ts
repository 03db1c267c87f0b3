import { ApiProperty } from '@nestjs/swagger';

export class AtRiskThresholdValuesDto {
  @ApiProperty({ description: 'Suspensions this term at or above which a pupil is listed' })
  suspensionsThisTerm!: number;
  @ApiProperty({ description: 'Suspensions this school year at or above which a pupil is listed' })
  suspensionsThisYear!: number;
  @ApiProperty({ description: 'Attendance (percent) below which a pupil is listed' }) attendanceBelow!: number;
  @ApiProperty({ description: 'Declined referrals at or above which a pupil is listed' }) declinedReferrals!: number;
}

/** GET /las/{laCode}/at-risk-thresholds: the thresholds (defaults until set). */
export class AtRiskThresholdsAnswerDto extends AtRiskThresholdValuesDto {
  @ApiProperty() laCode!: string;
  @ApiProperty({ description: 'The stream version (0 while the defaults apply)' }) version!: number;
}

export class AtRiskReasonDto {
  @ApiProperty({ example: 'suspensions_term' }) code!: string;
  @ApiProperty() detail!: string;
  @ApiProperty() weight!: number;
}

export class PupilAtRiskDto {
  @ApiProperty() upn!: string;
  @ApiProperty({ description: 'The sum of the reasons’ weights' }) score!: number;
  @ApiProperty({ type: [AtRiskReasonDto] }) reasons!: AtRiskReasonDto[];
  @ApiProperty({ type: [String], description: 'What has been tried already' }) tried!: string[];
}

/** GET /pupils-at-risk: most at risk first. */
export class PupilsAtRiskDto {
  @ApiProperty({ format: 'date', description: "Today on the engine's clock" }) today!: string;
  @ApiProperty({ type: AtRiskThresholdValuesDto }) thresholds!: AtRiskThresholdValuesDto;
  @ApiProperty({ type: [PupilAtRiskDto] }) pupils!: PupilAtRiskDto[];
}
