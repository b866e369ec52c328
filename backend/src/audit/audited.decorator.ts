import { SetMetadata } from '@nestjs/common';

export const AUDITED = 'audit:action';

export interface AuditedAction {
  action: string;
  entityType: string;
}

/** The route is an admin action: a successful call writes an audit entry (AuditInterceptor). */
export const Audited = (action: string, entityType: string) => SetMetadata(AUDITED, { action, entityType } satisfies AuditedAction);

export const CHANGES_NOTHING = 'audit:changes-nothing';

/** An admin route that takes a body but only computes (a dry run, a preview): it stores nothing, so there is nothing to audit. */
export const ChangesNothing = () => SetMetadata(CHANGES_NOTHING, true);
