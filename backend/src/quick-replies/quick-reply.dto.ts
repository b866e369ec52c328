import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsPositive, IsString, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { LANGUAGE_TAG } from '../automation/language.policy';
import { templateProblems } from '../automation/message-template.policy';
import { MessageText } from '../common/message-text';
import { QUICK_REPLY_SCOPES, type QuickReply, type QuickReplyScope } from './quick-reply.entity';
import type { QuickReplyDto } from './quick-reply.responses';

const SHORTCUT = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}$/u;
const CONTENT_MAX = 5000;

function UsesKnownVariables() {
  return ValidateBy({
    name: 'usesKnownVariables',
    validator: {
      validate: (value) => typeof value === 'string' && templateProblems(value).length === 0,
      defaultMessage: (args) => `${args?.property} uses unknown variable(s): ${templateProblems(String(args?.value)).map((v) => `{{${v}}}`).join(', ')}`,
    },
  });
}

export class CreateQuickReplyDto {
  @ApiProperty({ enum: QUICK_REPLY_SCOPES }) @IsIn(QUICK_REPLY_SCOPES, { message: `scope must be one of: ${QUICK_REPLY_SCOPES.join(', ')}` }) scope: QuickReplyScope;
  @ApiPropertyOptional({ description: 'Required for scope team' }) @IsOptional() @IsInt() @IsPositive() teamId?: number;
  @ApiProperty({ example: 'hello', description: 'Typed after / in the composer' })
  @Matches(SHORTCUT, { message: 'shortcut must be 1 to 64 letters, digits, - or _, starting with a letter or digit' })
  shortcut: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(120) title: string;
  @ApiProperty({ example: 'Hello {{contact.name | there}}!' }) @IsString() @MinLength(1) @MessageText(CONTENT_MAX) @UsesKnownVariables() content: string;
  @ApiPropertyOptional({ example: 'en' }) @IsOptional() @Matches(LANGUAGE_TAG, { message: 'language must be a language tag like en or pt-BR' }) language?: string;
}

export class UpdateQuickReplyDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SHORTCUT, { message: 'shortcut must be 1 to 64 letters, digits, - or _, starting with a letter or digit' })
  shortcut?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MessageText(CONTENT_MAX) @UsesKnownVariables() content?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null: for every language' }) @IsOptional() @Matches(LANGUAGE_TAG, { message: 'language must be a language tag like en or pt-BR' }) language?: string | null;
}

export class UseQuickReplyFilesDto {
  @ApiProperty({ description: 'The conversation the files go to' }) @IsInt() @IsPositive() conversationId: number;
}

export class ListQuickRepliesDto {
  @ApiPropertyOptional({ description: 'Matches shortcut, title or content' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ description: 'The replies you may change (the admin screen) instead of the ones you may use' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  manage?: boolean;
}

export function toQuickReplyDto(r: QuickReply): QuickReplyDto {
  return {
    id: r.id,
    scope: r.scope,
    teamId: r.teamId,
    agentId: r.agentId,
    shortcut: r.shortcut,
    title: r.title,
    content: r.content,
    language: r.language,
    usageCount: r.usageCount,
    attachments: (r.attachments ?? []).map((f) => ({ key: f.storageKey, fileName: f.fileName, mimeType: f.mimeType, size: f.size })),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}
