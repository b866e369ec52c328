import type { AgentRole } from '../agents/agent.entity';

export const API_TOKEN_SCOPES = ['read', 'conversations', 'contacts', 'admin'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** Scopes a route may declare for its writes; `admin` comes from `@Roles('admin')`, `read` from the method. */
export type WriteScope = Extract<ApiTokenScope, 'conversations' | 'contacts'>;

/** What a route asks of a token: one scope, or no token at all. */
export type TokenRule = ApiTokenScope | 'closed';

/** Every API token starts so: people and secret scanners can tell what a leaked string is. */
export const API_TOKEN_PREFIX = 'inb_';

const READS = new Set(['GET', 'HEAD']);

/**
 * The scope a request needs. Admin routes (`@Roles('admin')` alone) need
 * `admin` whatever the method: their reads are settings and logs, not
 * inbox data. Any other read needs only a token. A write needs the scope
 * its route declares (`@ApiTokenScope`), and a write that declares none is
 * closed to tokens: a route added without a thought for tokens refuses
 * them rather than letting any token through.
 */
export function tokenRuleFor(method: string, route: { declared?: WriteScope | 'closed'; roles?: AgentRole[] | null }): TokenRule {
  if (route.declared === 'closed') return 'closed';
  if (route.roles?.length === 1 && route.roles[0] === 'admin') return 'admin';
  if (READS.has(method.toUpperCase())) return 'read';
  return route.declared ?? 'closed';
}

/** Every token reads; `read` is the scope of a token that does nothing else. */
export function scopesAllow(scopes: readonly ApiTokenScope[], rule: TokenRule): boolean {
  if (rule === 'closed') return false;
  return rule === 'read' || scopes.includes(rule);
}

/** The 403 message for a refused request, naming what is missing. */
export function refusalMessage(rule: TokenRule, request: string): string {
  return rule === 'closed'
    ? `API tokens cannot be used for ${request}; it is for logged-in operators only`
    : `This API token lacks the scope "${rule}" that ${request} needs`;
}

/**
 * Whom a token acts as. Restricted to teams: an operator of those teams
 * (their inboxes and the shared ones; anything else is 404, as for an
 * operator). Unrestricted: it sees every inbox, as supervisors and admins
 * do, and is an admin only with the `admin` scope (whose routes it can
 * reach only with that scope anyway). A token with `admin` cannot be
 * restricted to teams (settings belong to no team), so that pair is not
 * created.
 */
export function tokenRole(token: { scopes: readonly ApiTokenScope[]; teamIds: readonly number[] }): AgentRole {
  if (token.teamIds.length) return 'agent';
  return token.scopes.includes('admin') ? 'admin' : 'supervisor';
}

/** How audit entries and messages name what a token did. */
export const tokenActorName = (name: string) => `API token ${name}`;

export const isExpired = (token: { expiresAt: Date | null }, now: Date) => token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime();
