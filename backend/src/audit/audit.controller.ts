import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsPositive, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Roles } from '../auth/auth.decorators';
import { AuditService } from './audit.service';
import { ApiAnswer, nullable } from '../common/api-answer';
import { AuditEntryDto } from './audit.responses';

export class ListAuditDto {
  @ApiPropertyOptional({ example: 'agent' }) @IsOptional() @IsString() @MaxLength(32) @Matches(/^[a-z-]+$/) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @IsPositive() entityId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @IsPositive() actorId?: number;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @Type(() => Number) @IsInt() @IsPositive() cursor?: number;
  @ApiPropertyOptional({ default: 50, maximum: 200 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit: number = 50;
}

@ApiTags('audit')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** What admins did, newest first. */
  @ApiOperation({ summary: 'The audit log' })
  @ApiAnswer({ items: [AuditEntryDto], nextCursor: nullable({ type: 'integer' }) })
  @Roles('admin')
  @Get()
  async list(@Query() query: ListAuditDto) {
    const rows = await this.audit.list(query);
    return {
      items: rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })),
      nextCursor: rows.length === query.limit ? rows[rows.length - 1].id : null,
    };
  }
}
