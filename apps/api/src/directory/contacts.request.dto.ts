import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONTACT_ROLES, DELIVERIES, type ContactRole, type Delivery } from '@ap/domain';

/** One of an organisation's contacts for notifications (issue 15). */
export class ContactDto {
  @ApiProperty({ enum: CONTACT_ROLES, description: 'What this contact hears about (README: who hears what)' })
  @IsIn(CONTACT_ROLES)
  role!: ContactRole;
  @ApiProperty({ example: 'dsl@oak.example' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ description: "A named user's user id (their token's sub); required for named_user" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  userId?: string;
  @ApiPropertyOptional({ enum: DELIVERIES, default: 'immediate' }) @IsOptional() @IsIn(DELIVERIES) delivery?: Delivery;
}
