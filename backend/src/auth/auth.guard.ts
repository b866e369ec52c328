import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Agent, AgentRole } from '../agents/agent.entity';
import { IS_PUBLIC, ROLES } from './auth.decorators';
import { AuthService } from './auth.service';

/** Applied to every HTTP route: a route is closed unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { agent?: Agent }>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const agent = await this.auth.authenticate(token);
    request.agent = agent;
    const roles = this.reflector.getAllAndOverride<AgentRole[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(agent.role)) {
      throw new ForbiddenException(`This needs the role ${roles.join(' or ')}; you are ${agent.role}`);
    }
    return true;
  }
}
