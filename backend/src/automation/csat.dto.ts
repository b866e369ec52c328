import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { valuesOf } from '../common/api-answer';
import { CSAT_COMMENT_MAX } from './csat.policy';
import type { LinkAnswer } from './csat.service';

/** An answer on the rating page (a form post or JSON). */
export class CsatAnswerDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  // A form post sends "5".
  @Type(() => Number)
  @IsInt({ message: 'score must be a whole number from 1 to 5' })
  @Min(1, { message: 'score must be a whole number from 1 to 5' })
  @Max(5, { message: 'score must be a whole number from 1 to 5' })
  score: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(CSAT_COMMENT_MAX) comment?: string;
}

/** The JSON answer of the survey link (`Accept: application/json`), whatever the outcome; the status says it too (csat.controller.ts). */
export class CsatLinkAnswer {
  @ApiProperty({ enum: valuesOf<LinkAnswer['outcome']>()('open', 'recorded', 'already-rated', 'expired', 'not-asked', 'invalid') }) outcome: LinkAnswer['outcome'];
  @ApiProperty({ type: 'integer', nullable: true, description: 'The score given, once rated' }) csatScore: number | null;
}
