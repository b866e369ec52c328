import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Agent } from '../agents/agent.entity';
import { Audited } from '../audit/audited.decorator';
import { CurrentAgent, Roles } from '../auth/auth.decorators';
import { ApiAnswer } from '../common/api-answer';
import { CreateApiTokenDto } from './api-token.dto';
import { ApiTokenDto } from './api-token.responses';
import { ApiTokensService, toApiTokenDto } from './api-tokens.service';

@ApiTags('api-tokens')
@Roles('admin')
@Controller('api/api-tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @ApiOperation({ summary: 'List API tokens' })
  @ApiAnswer({ items: [ApiTokenDto] }, 'Newest first; never the secrets')
  @Get()
  async list() {
    return { items: (await this.tokens.list()).map(toApiTokenDto) };
  }

  @ApiOperation({ summary: 'Create an API token' })
  @ApiConflictResponse({ description: 'A token has that name already' })
  @ApiAnswer({ token: ApiTokenDto, secret: { type: 'string', example: 'inb_Xb3k…' } }, '`secret` is shown this once: only its hash is kept')
  @Audited('api-token.create', 'api-token')
  @Post()
  async create(@CurrentAgent() admin: Agent, @Body() body: CreateApiTokenDto) {
    const { token, secret } = await this.tokens.create(admin, body);
    return { token: toApiTokenDto(token), secret };
  }

  /** Revokes the token at once, on every process. */
  @ApiOperation({ summary: 'Revoke an API token' })
  @Audited('api-token.revoke', 'api-token')
  @Delete(':id')
  @HttpCode(204)
  async revoke(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.tokens.revoke(id);
  }
}
