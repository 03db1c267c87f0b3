import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** The LA's thresholds for its pupils-at-risk list; any left out keep their current value. */
export class AtRiskThresholdsDto {
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(1) @Max(20) suspensionsThisTerm?: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(1) @Max(50) suspensionsThisYear?: number;
  @ApiPropertyOptional({ example: 90 }) @IsOptional() @IsNumber() @Min(1) @Max(100) attendanceBelow?: number;
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(1) @Max(10) declinedReferrals?: number;
}
