import { ApiProperty } from '@nestjs/swagger';

/** GET /health/live */
export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}
