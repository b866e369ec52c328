import { describe, expect, it } from 'vitest';
import { isExpired, refusalMessage, scopesAllow, tokenRole, tokenRuleFor } from './api-token.policy';

describe('which scope a route needs', () => {
  it('reads need only a token, admin routes need admin whatever the method', () => {
    expect(tokenRuleFor('GET', {})).toBe('read');
    expect(tokenRuleFor('HEAD', { roles: ['supervisor', 'admin'] })).toBe('read');
    expect(tokenRuleFor('GET', { roles: ['admin'] })).toBe('admin');
    expect(tokenRuleFor('DELETE', { roles: ['admin'], declared: 'contacts' })).toBe('admin');
  });

  it('a write needs its declared scope, and one that declares none is closed', () => {
    expect(tokenRuleFor('POST', { declared: 'conversations' })).toBe('conversations');
    expect(tokenRuleFor('patch', { declared: 'contacts' })).toBe('contacts');
    expect(tokenRuleFor('POST', {})).toBe('closed');
    expect(tokenRuleFor('PUT', { roles: ['supervisor', 'admin'] })).toBe('closed');
  });

  it('a route closed to tokens is closed to their reads too', () => {
    expect(tokenRuleFor('GET', { declared: 'closed' })).toBe('closed');
    expect(tokenRuleFor('GET', { declared: 'closed', roles: ['admin'] })).toBe('closed');
  });
});

describe('what a token may do', () => {
  it('every scope reads; writes need their own scope; closed routes refuse all', () => {
    expect(scopesAllow(['contacts'], 'read')).toBe(true);
    expect(scopesAllow(['read'], 'conversations')).toBe(false);
    expect(scopesAllow(['read', 'conversations'], 'conversations')).toBe(true);
    expect(scopesAllow(['conversations'], 'admin')).toBe(false);
    expect(scopesAllow(['read', 'conversations', 'contacts', 'admin'], 'closed')).toBe(false);
  });

  it('names the missing scope in the refusal', () => {
    expect(refusalMessage('contacts', 'PATCH /api/contacts/:id')).toBe('This API token lacks the scope "contacts" that PATCH /api/contacts/:id needs');
    expect(refusalMessage('closed', 'POST /api/voice/token')).toMatch(/cannot be used for POST \/api\/voice\/token/);
  });

  it('acts as an operator of its teams, or sees every inbox without a team restriction', () => {
    expect(tokenRole({ scopes: ['read'], teamIds: [3] })).toBe('agent');
    expect(tokenRole({ scopes: ['conversations'], teamIds: [] })).toBe('supervisor');
    expect(tokenRole({ scopes: ['admin'], teamIds: [] })).toBe('admin');
  });

  it('expires at its expiry, not a moment later', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(isExpired({ expiresAt: null }, now)).toBe(false);
    expect(isExpired({ expiresAt: new Date('2030-01-01T00:00:01Z') }, now)).toBe(false);
    expect(isExpired({ expiresAt: now }, now)).toBe(true);
  });
});
