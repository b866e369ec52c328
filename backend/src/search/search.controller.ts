import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsPositive, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import type { Agent } from '../agents/agent.entity';
import { CurrentAgent } from '../auth/auth.decorators';
import { AttributeFilters } from '../attributes/attribute-filters.decorator';
import { ApiAnswer } from '../common/api-answer';
import { QUERY_CHARS } from './search.policy';
import { SearchHit } from './search.responses';
import { SearchService } from './search.service';

export class SearchQueryDto {
  @ApiPropertyOptional({ example: 'parcel damaged', description: 'Words of a message (each a prefix), or part of the customer’s name, e-mail or phone; may be left out when `label` or `attr` is given' })
  @ValidateIf((query: SearchQueryDto) => query.q !== undefined || (query.label === undefined && query.attr === undefined))
  @IsString({ message: `q must be ${QUERY_CHARS.min} to ${QUERY_CHARS.max} characters` })
  @Length(QUERY_CHARS.min, QUERY_CHARS.max, { message: `q must be ${QUERY_CHARS.min} to ${QUERY_CHARS.max} characters` })
  q?: string;

  @ApiPropertyOptional({ description: 'Only conversations carrying this label (its id); alone, the newest of them' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'label must be a label id' })
  @IsPositive({ message: 'label must be a label id' })
  label?: number;

  @AttributeFilters() attr?: string[];

  @ApiPropertyOptional({ default: 20, maximum: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit: number = 20;
}

@ApiTags('search')
@Controller('api/search')
export class SearchController {
  constructor(private readonly searches: SearchService) {}

  @ApiOperation({ summary: 'Search conversations by text, customer, label or custom attributes, newest first' })
  @ApiAnswer({ items: [SearchHit] })
  @Get()
  async search(@CurrentAgent() agent: Agent, @Query() query: SearchQueryDto) {
    return { items: await this.searches.search(agent, { q: query.q, label: query.label, attr: query.attr }, query.limit) };
  }
}
