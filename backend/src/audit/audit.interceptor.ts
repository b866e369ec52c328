import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import type { Agent } from '../agents/agent.entity';
import { AUDITED, type AuditedAction } from './audited.decorator';
import { AuditService } from './audit.service';

/** The id of the row a response is about: `{ agent: { id } }`, `{ inbox: { id } }`... */
function idInResponse(body: unknown): number | null {
  if (!body || typeof body !== 'object') return null;
  for (const value of Object.values(body as Record<string, unknown>)) {
    const id = (value as { id?: unknown } | null)?.id;
    if (Number.isInteger(id)) return id as number;
  }
  return null;
}

/**
 * Writes the audit entry of an @Audited route after it succeeded, before
 * the answer leaves: an action the client saw succeed is in the log.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const audited = context.getType() === 'http' ? this.reflector.get<AuditedAction | undefined>(AUDITED, context.getHandler()) : undefined;
    if (!audited) return next.handle();
    const request = context.switchToHttp().getRequest<Request & { agent?: Agent }>();
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(
          (async () => {
            const paramId = Number(request.params?.id);
            await this.audit.recordAfterAction({
              actorId: request.agent?.id ?? 0,
              action: audited.action,
              entityType: audited.entityType,
              entityId: Number.isInteger(paramId) && paramId > 0 ? paramId : idInResponse(body),
              changes: request.body,
            });
            return body;
          })(),
        ),
      ),
    );
  }
}
