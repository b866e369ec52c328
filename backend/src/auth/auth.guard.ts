import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Agent, AgentRole } from '../agents/agent.entity';
import { API_TOKEN_RULE } from '../api-tokens/api-token-scope.decorator';
import type { ApiToken } from '../api-tokens/api-token.entity';
import { API_TOKEN_PREFIX, refusalMessage, scopesAllow, tokenRuleFor, type WriteScope } from '../api-tokens/api-token.policy';
import { ApiTokensService, principalOf } from '../api-tokens/api-tokens.service';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { AuthService } from './auth.service';

export type AuthenticatedRequest = Request & { agent?: Agent; apiToken?: Pick<ApiToken, 'id' | 'name'> };

/** An API token, from `X-Api-Token` or as the bearer (told from an access token by its prefix). */
function apiTokenOf(request: Request): string | undefined {
  const header = request.headers['x-api-token'];
  if (typeof header === 'string') return header;
  const bearer = bearerOf(request);
  return bearer?.startsWith(API_TOKEN_PREFIX) ? bearer : undefined;
}

const bearerOf = (request: Request) => (request.headers.authorization?.startsWith('Bearer ') ? request.headers.authorization.slice(7) : undefined);

/**
 * Applied to every HTTP route: a route is closed unless marked @Public().
 * Operators come with their access token; integrations with an API token,
 * which must also have the scope the route needs (api-token.policy.ts)
 * and then acts as the operator `principalOf` describes.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly apiTokens: ApiTokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const roles = this.reflector.getAllAndOverride<AgentRole[] | undefined>(ROLES, targets);
    const secret = apiTokenOf(request);
    if (secret !== undefined) {
      const token = await this.apiTokens.admit(secret);
      const rule = tokenRuleFor(request.method, { declared: this.reflector.getAllAndOverride<WriteScope | 'closed' | undefined>(API_TOKEN_RULE, targets), roles });
      if (!scopesAllow(token.scopes, rule)) throw new ForbiddenException(refusalMessage(rule, `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`));
      request.apiToken = { id: token.id, name: token.name };
      request.agent = principalOf(token);
    } else {
      request.agent = await this.auth.authenticate(bearerOf(request));
    }
    const agent = request.agent;
    if (roles && !roles.includes(agent.role)) {
      throw new ForbiddenException(`This needs the role ${roles.join(' or ')}; ${request.apiToken ? 'this API token acts as' : 'you are'} ${agent.role}`);
    }
    return true;
  }
}
