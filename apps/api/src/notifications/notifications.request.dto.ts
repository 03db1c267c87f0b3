import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DELIVERIES, type Delivery } from '@ap/domain';

export class NotificationPreferenceDto {
  @ApiProperty({ enum: DELIVERIES, description: 'Immediate emails, or one digest each school-day morning' })
  @IsIn(DELIVERIES)
  delivery!: Delivery;
}

/** GOV.UK Notify's delivery receipt (callback) body; fields we do not use are ignored. */
export class DeliveryReceiptDto {
  @ApiProperty({ description: "Notify's notification id" }) @IsString() @MaxLength(100) id!: string;
  @ApiPropertyOptional({ description: 'Our message id, sent as the reference' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string | null;
  @ApiProperty({ example: 'permanent-failure' }) @IsString() @MaxLength(50) status!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) completed_at?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) created_at?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) sent_at?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) notification_type?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(320) to?: string;
}
