import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, mergeMap, type Observable } from 'rxjs';
import { tokenActorName } from '../api-tokens/api-token.policy';
import type { AuthenticatedRequest } from '../auth/auth.guard';
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

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What an audit entry calls a write that carries no @Audited: its route
 * (`POST /api/conversations/:id/messages`, at most 64 characters) and
 * the first part of its path after /api (`conversations`).
 */
function actionOfRoute(request: AuthenticatedRequest): AuditedAction {
  const path = (request.route as { path?: string } | undefined)?.path ?? request.path;
  return { action: `${request.method} ${path}`.slice(0, 64), entityType: (/^\/api\/([a-z-]+)/.exec(path)?.[1] ?? 'api').slice(0, 32) };
}

/**
 * Writes the audit entry of an @Audited route, and of every write made
 * with an API token, after it succeeded and before the answer leaves: an
 * action the client saw succeed is in the log.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const byToken = request.apiToken !== undefined && !READS.has(request.method);
    const audited = this.reflector.get<AuditedAction | undefined>(AUDITED, context.getHandler()) ?? (byToken ? actionOfRoute(request) : undefined);
    if (!audited) return next.handle();
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(
          (async () => {
            const paramId = Number(request.params?.id);
            await this.audit.recordAfterAction({
              actorId: request.apiToken ? null : (request.agent?.id ?? null),
              actorName: request.apiToken ? tokenActorName(request.apiToken.name) : null,
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
