import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Agent, AgentRole } from '../agents/agent.entity';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';

/** The route needs no login (login itself, health, widget and webhooks with their own checks). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route. */
export const Roles = (...roles: AgentRole[]) => SetMetadata(ROLES, roles);

/** The logged-in agent. */
export const CurrentAgent = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Agent => ctx.switchToHttp().getRequest<{ agent: Agent }>().agent,
);
