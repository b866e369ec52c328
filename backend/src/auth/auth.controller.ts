import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { Agent } from '../agents/agent.entity';
import { toAgentDto } from '../agents/agent.dto';
import { AgentDto } from '../agents/agent.responses';
import { ApiAnswer } from '../common/api-answer';
import { CurrentAgent, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { NotForApiTokens } from '../api-tokens/api-token-scope.decorator';

export class LoginDto {
  @ApiProperty({ example: 'admin@example.com' }) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) password: string;
}

@ApiTags('auth')
@NotForApiTokens()
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @ApiOperation({ summary: 'Log in with e-mail and password' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins from the address, or the account is locked for a while' })
  @ApiAnswer({ accessToken: { type: 'string' }, user: AgentDto })
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginDto, @Ip() clientAddress: string) {
    const { accessToken, agent } = await this.auth.login(body.email, body.password, clientAddress);
    return { accessToken, user: toAgentDto(agent) };
  }

  @ApiOperation({ summary: 'The logged-in operator' })
  @ApiAnswer({ user: AgentDto })
  @Get('me')
  me(@CurrentAgent() agent: Agent) {
    return { user: toAgentDto(agent) };
  }
}
