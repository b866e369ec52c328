import { SetMetadata } from '@nestjs/common';

export const AUDITED = 'audit:action';

export interface AuditedAction {
  action: string;
  entityType: string;
}

/** The route is an admin action: a successful call writes an audit entry (AuditInterceptor). */
export const Audited = (action: string, entityType: string) => SetMetadata(AUDITED, { action, entityType } satisfies AuditedAction);
