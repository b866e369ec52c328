import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhook-events';
import { urlProblem } from './webhook-http';

/** http(s), no credentials; whether its host is public is the service's check (it resolves the name). */
function IsWebhookUrl() {
  return ValidateBy({
    name: 'isWebhookUrl',
    validator: {
      validate: (value) => typeof value === 'string' && urlProblem(value) === null,
      defaultMessage: (args) => `url ${typeof args?.value === 'string' ? urlProblem(args.value) : 'must be an absolute http(s) URL'}`,
    },
  });
}

const EVENTS_MESSAGE = `events must each be one of: ${WEBHOOK_EVENTS.join(', ')}`;

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://crm.example.com/hooks/inbox' }) @IsString() @MaxLength(2000) @IsWebhookUrl() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, enumName: 'WebhookEvent', isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @IsIn(WEBHOOK_EVENTS, { each: true, message: EVENTS_MESSAGE })
  events: WebhookEvent[];
  @ApiPropertyOptional({ description: 'message.created and message.updated also for private notes and whispers (default false)' })
  @IsOptional()
  @IsBoolean()
  includePrivateNotes?: boolean;
  @ApiPropertyOptional({ description: 'false: created paused (default true)' }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) @IsWebhookUrl() url?: string;
  @ApiPropertyOptional({ enum: WEBHOOK_EVENTS, enumName: 'WebhookEvent', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @IsIn(WEBHOOK_EVENTS, { each: true, message: EVENTS_MESSAGE })
  events?: WebhookEvent[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() includePrivateNotes?: boolean;
  @ApiPropertyOptional({ description: 'false pauses it; true resumes it (the failure count starts again, and what waited is sent)' }) @IsOptional() @IsBoolean() active?: boolean;
}
