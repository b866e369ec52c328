import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';
import { MessageText } from '../common/message-text';
import { intervalProblem, isValidTimeZone, LOCAL_DATE, TIME_OF_DAY, type OpeningInterval } from './business-hours.policy';
import { LANGUAGE_TAG, type LocalizedText } from './language.policy';
import { templateProblems } from './message-template.policy';

const MAX_TEXT = 2000;
const MAX_LANGUAGES = 30;

/** What is wrong with a text-per-language object, or null. */
export function localizedTextProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object of language → text, e.g. {"en": "Hello"}';
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_LANGUAGES) return `must have at most ${MAX_LANGUAGES} languages`;
  for (const [language, text] of entries) {
    if (!LANGUAGE_TAG.test(language)) return `"${language}" is not a language tag like en or pt-BR`;
    if (typeof text !== 'string') return `${language} must be a string`;
    if (text.length > MAX_TEXT) return `${language} must be at most ${MAX_TEXT} characters`;
    const unknown = templateProblems(text);
    if (unknown.length) return `${language} uses unknown variable(s): ${unknown.map((v) => `{{${v}}}`).join(', ')}`;
  }
  return null;
}

function IsLocalizedText(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLocalizedText',
      validator: {
        validate: (value) => localizedTextProblem(value) === null,
        defaultMessage: (args) => `${args?.property}: ${localizedTextProblem(args?.value)}`,
      },
    },
    options,
  );
}

function IsTimeZone() {
  return ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value) => typeof value === 'string' && isValidTimeZone(value),
      defaultMessage: (args) => `${args?.property} must be an IANA time zone like Europe/Berlin`,
    },
  });
}

function IsOpeningInterval() {
  return ValidateBy({
    name: 'isOpeningInterval',
    validator: {
      // A bad `open` is reported on its own field.
      validate: (_value, args) => !TIME_OF_DAY.test((args?.object as OpeningInterval).open) || intervalProblem(args?.object as OpeningInterval) === null,
      defaultMessage: (args) => `${args?.property}: ${intervalProblem(args?.object as OpeningInterval)}`,
    },
  });
}

export class OpeningIntervalDto {
  @ApiProperty({ example: '09:00' }) @Matches(TIME_OF_DAY, { message: 'open must be a time HH:MM' }) open: string;
  @ApiProperty({ example: '18:00' }) @IsString() @IsOpeningInterval() close: string;
}

const Day = () =>
  applyDecorators(ApiPropertyOptional({ type: [OpeningIntervalDto] }), IsOptional(), IsArray(), ArrayMaxSize(8), IsObject({ each: true }), ValidateNested({ each: true }), Type(() => OpeningIntervalDto));

export class WeeklyScheduleDto {
  @Day() mon?: OpeningIntervalDto[];
  @Day() tue?: OpeningIntervalDto[];
  @Day() wed?: OpeningIntervalDto[];
  @Day() thu?: OpeningIntervalDto[];
  @Day() fri?: OpeningIntervalDto[];
  @Day() sat?: OpeningIntervalDto[];
  @Day() sun?: OpeningIntervalDto[];
}

export class BusinessHoursDto {
  @ApiProperty({ example: 'Europe/Berlin' }) @IsTimeZone() timeZone: string;
  @ApiProperty({ type: WeeklyScheduleDto }) @IsObject() @ValidateNested() @Type(() => WeeklyScheduleDto) weekly: WeeklyScheduleDto;
  @ApiPropertyOptional({ type: [String], example: ['2026-12-25'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @Matches(LOCAL_DATE, { each: true, message: 'holidays must be dates YYYY-MM-DD' })
  holidays?: string[];
}

export class AutomaticTextDto {
  @ApiProperty() @IsBoolean() enabled: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Texts per language', example: { en: 'Hello {{contact.name | there}}!' } }) @IsLocalizedText() @MessageText() text: LocalizedText;
}

export class AutoCloseDto extends AutomaticTextDto {
  @ApiProperty({ description: 'Minutes without an answer from the customer', example: 60 }) @IsInt() @Min(1) @Max(43_200) afterMinutes: number;
}

export class CsatSettingsDto {
  @ApiProperty() @IsBoolean() enabled: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Replaces the built-in question; texts per language' }) @IsOptional() @IsLocalizedText() @MessageText() text?: LocalizedText;
}

/** PATCH semantics: each section given replaces that section; `null` removes it. */
export class InboxAutomationDto {
  @ApiPropertyOptional({ type: String, example: 'en', nullable: true }) @IsOptional() @Matches(LANGUAGE_TAG, { message: 'defaultLanguage must be a language tag like en or pt-BR' }) defaultLanguage?: string | null;
  @ApiPropertyOptional({ type: AutomaticTextDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => AutomaticTextDto) greeting?: AutomaticTextDto | null;
  @ApiPropertyOptional({ type: BusinessHoursDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => BusinessHoursDto) businessHours?: BusinessHoursDto | null;
  @ApiPropertyOptional({ type: AutomaticTextDto, nullable: true, description: '{{next_opening}}: when the team is back' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => AutomaticTextDto) afterHours?: AutomaticTextDto | null;
  @ApiPropertyOptional({ type: AutomaticTextDto, nullable: true, description: '{{queue.position}}, {{expected_wait}}' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => AutomaticTextDto) queueMessage?: AutomaticTextDto | null;
  @ApiPropertyOptional({ type: AutomaticTextDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => AutomaticTextDto) goodbye?: AutomaticTextDto | null;
  @ApiPropertyOptional({ type: AutoCloseDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => AutoCloseDto) autoClose?: AutoCloseDto | null;
  @ApiPropertyOptional({ type: CsatSettingsDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => CsatSettingsDto) csat?: CsatSettingsDto | null;
}

/** The `automation` field of the inbox create and update bodies. */
export const AutomationSettingsField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: InboxAutomationDto, description: 'Greeting, business hours, goodbye, auto-close, CSAT (docs/automation.md)' }),
    IsOptional(),
    IsObject(),
    ValidateNested(),
    Type(() => InboxAutomationDto),
  );
