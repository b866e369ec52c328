import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, Min, ValidateIf } from 'class-validator';
import { MAX_SNOOZE_MINUTES, SNOOZE_MODES, type SnoozeMode } from './snooze.policy';

export class SnoozeDto {
  @ApiProperty({
    enum: SNOOZE_MODES,
    enumName: 'SnoozeMode',
    description: "until-customer-writes: no time; for: `minutes` from now; until: the time in `until`; tomorrow: the inbox's first opening on a later day (09:00 in `timeZone` for an inbox without business hours). A customer's message wakes it in every mode.",
  })
  @IsIn(SNOOZE_MODES, { message: `mode must be one of: ${SNOOZE_MODES.join(', ')}` })
  mode: SnoozeMode;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_SNOOZE_MINUTES, description: "mode 'for': how many minutes" })
  @ValidateIf((body: SnoozeDto) => body.mode === 'for' || body.minutes !== undefined)
  @IsInt({ message: 'minutes must be a whole number of minutes' })
  @Min(1, { message: 'minutes must be at least 1' })
  @Max(MAX_SNOOZE_MINUTES, { message: `minutes must be at most ${MAX_SNOOZE_MINUTES} (90 days)` })
  minutes?: number;

  @ApiPropertyOptional({ format: 'date-time', description: "mode 'until': when it wakes, in the future and within 90 days" })
  @ValidateIf((body: SnoozeDto) => body.mode === 'until' || body.until !== undefined)
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 time' })
  until?: string;

  @ApiPropertyOptional({ description: "mode 'tomorrow' for an inbox without business hours: the operator's IANA time zone (default UTC)" })
  @IsOptional()
  @IsString({ message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  timeZone?: string;
}
