import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ApiToken } from '../src/api-tokens/api-token.entity';
import { hashSecretToken } from '../src/common/secret-token';
import { createOperator, customerWrites } from './support/operators';
import { connectSocket, startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const RATE = 40;

/** Integration tokens: admin CRUD, scopes, team restriction, expiry, revocation, rate limit, audit. */
describe('API tokens', () => {
  const env = { APP_SECRET: randomBytes(32).toString('hex'), DEMO: 'false', API_TOKEN_RATE_PER_MINUTE: String(RATE) };
  let db: TestDatabase;
  let dataDir: string;
  let t: TestApp;
  let admin: string;
  let teamA: number;
  let teamB: number;
  let conversationA: number;
  let conversationB: number;

  /** Creates a token through the admin API and returns its secret and row. */
  async function createToken(body: Record<string, unknown>): Promise<{ secret: string; id: number; body: any }> {
    const res = await t.api('/api/api-tokens', { token: admin, body });
    if (res.status !== 201) throw new Error(`creating a token: ${res.status} ${JSON.stringify(res.body)}`);
    return { secret: res.body.secret, id: res.body.token.id, body: res.body };
  }

  const withToken = (secret: string, path: string, init: { method?: string; body?: unknown } = {}) => t.api(path, { ...init, headers: { 'x-api-token': secret } });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'inbox-tokens-'));
    t = await startTestApp(env, { db, dataDir });
    admin = await t.login();
    teamA = (await t.api('/api/teams', { token: admin, body: { name: 'Team A' } })).body.team.id;
    teamB = (await t.api('/api/teams', { token: admin, body: { name: 'Team B' } })).body.team.id;
    const inboxA = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'A site', teamId: teamA } })).body.inbox;
    const inboxB = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'B site', teamId: teamB } })).body.inbox;
    conversationA = (await customerWrites(t, inboxA.publicKey, 'Hello A')).conversationId;
    conversationB = (await customerWrites(t, inboxB.publicKey, 'Hello B')).conversationId;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the secret once, keeps only its hash, and never lists it', async () => {
    const created = await createToken({ name: 'CRM sync', scopes: ['read'] });
    expect(created.secret).toMatch(/^inb_[A-Za-z0-9_-]{32}$/);
    expect(created.body.token).toMatchObject({ name: 'CRM sync', scopes: ['read'], teamIds: [], expiresAt: null, lastUsedAt: null, secretStart: created.secret.slice(0, 8) });
    const row = await t.app.get(DataSource).getRepository(ApiToken).findOneByOrFail({ id: created.id });
    expect(row.secretHash).toBe(hashSecretToken(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const list = await t.api('/api/api-tokens', { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { name: string }) => i.name)).toContain('CRM sync');
    expect(JSON.stringify(list.body)).not.toContain(created.secret);
    expect(list.body.items[0]).not.toHaveProperty('secret');
  });

  it('is for admins only', async () => {
    const supervisor = await createOperator(t, admin, { role: 'supervisor', online: false });
    expect((await t.api('/api/api-tokens', { token: supervisor.token })).status).toBe(403);
    expect((await t.api('/api/api-tokens', { token: supervisor.token, body: { name: 'x', scopes: ['read'] } })).status).toBe(403);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ scopes: ['read'] }, /name/],
      [{ name: '   ', scopes: ['read'] }, /name must not be blank/],
      [{ name: 'x', scopes: [] }, /scopes must name at least one scope/],
      [{ name: 'x', scopes: ['write'] }, /scopes must each be one of: read, conversations, contacts, admin/],
      [{ name: 'x', scopes: ['read'], teamIds: ['a'] }, /teamIds/],
      [{ name: 'x', scopes: ['read'], teamIds: [999_999] }, /teamIds: no team with id 999999/],
      [{ name: 'x', scopes: ['admin'], teamIds: [teamA] }, /teamIds: a token with the admin scope cannot be restricted to teams/],
      [{ name: 'x', scopes: ['read'], expiresAt: 'tomorrow' }, /expiresAt must be an ISO 8601 date/],
      [{ name: 'x', scopes: ['read'], expiresAt: '2001-01-01T00:00:00Z' }, /expiresAt must be in the future/],
    ];
    for (const [body, message] of cases) {
      const res = await t.api('/api/api-tokens', { token: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.message), JSON.stringify(body)).toMatch(message);
    }
    await createToken({ name: 'Twice', scopes: ['read'] });
    expect((await t.api('/api/api-tokens', { token: admin, body: { name: 'Twice', scopes: ['read'] } })).status).toBe(409);
  });

  it('works as a bearer and as X-Api-Token; a wrong token is 401', async () => {
    const { secret } = await createToken({ name: 'Headers', scopes: ['read'] });
    expect((await t.api('/api/conversations?view=all', { token: secret })).status).toBe(200);
    expect((await withToken(secret, '/api/conversations?view=all')).status).toBe(200);
    const wrong = await withToken(`${secret}x`, '/api/conversations');
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('The API token is unknown or was revoked');
    expect((await t.api('/api/conversations', { token: 'inb_nothing' })).status).toBe(401);
  });

  it('read allows GET only; conversations and contacts allow their writes; each refusal names the missing scope', async () => {
    const read = await createToken({ name: 'Reader', scopes: ['read'] });
    const conversations = await createToken({ name: 'Replier', scopes: ['conversations'] });
    const contacts = await createToken({ name: 'Contact editor', scopes: ['contacts'] });
    const contactId = (await t.api(`/api/conversations/${conversationA}`, { token: admin })).body.contact.id;
    const reply = { method: 'POST', body: { text: 'Answered by the integration', private: true } };
    const edit = { method: 'PATCH', body: { name: 'Named by the CRM' } };

    expect((await withToken(read.secret, `/api/conversations/${conversationA}/messages`)).status).toBe(200);
    const refused = await withToken(read.secret, `/api/conversations/${conversationA}/messages`, reply);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('This API token lacks the scope "conversations" that POST /api/conversations/:id/messages needs');
    expect((await withToken(contacts.secret, `/api/conversations/${conversationA}/messages`, reply)).status).toBe(403);

    const sent = await withToken(conversations.secret, `/api/conversations/${conversationA}/messages`, reply);
    expect(sent.status).toBe(201);
    expect(sent.body.message).toMatchObject({ text: 'Answered by the integration', private: true });

    const notContacts = await withToken(conversations.secret, `/api/contacts/${contactId}`, edit);
    expect(notContacts.status).toBe(403);
    expect(notContacts.body.message).toMatch(/lacks the scope "contacts"/);
    const edited = await withToken(contacts.secret, `/api/contacts/${contactId}`, edit);
    expect(edited.status).toBe(200);
    expect(edited.body.contact.name).toBe('Named by the CRM');

    // Admin routes, reads included, need the admin scope.
    const settings = await withToken(conversations.secret, '/api/api-tokens');
    expect(settings.status).toBe(403);
    expect(settings.body.message).toMatch(/lacks the scope "admin"/);
    const adminToken = await createToken({ name: 'Provisioning', scopes: ['admin'] });
    expect((await withToken(adminToken.secret, '/api/api-tokens')).status).toBe(200);
    expect((await withToken(adminToken.secret, '/api/teams', { method: 'POST', body: { name: 'Team from a script' } })).status).toBe(201);
    // Routes about the caller as a person refuse tokens altogether.
    const me = await withToken(adminToken.secret, '/api/auth/me');
    expect(me.status).toBe(403);
    expect(me.body.message).toMatch(/API tokens cannot be used for GET \/api\/auth\/me/);
  });

  it('restricted to a team, acts as an operator of that team: the other team’s conversations are 404', async () => {
    const { secret } = await createToken({ name: 'Team A bot', scopes: ['read'], teamIds: [teamA] });
    expect((await withToken(secret, `/api/conversations/${conversationA}`)).status).toBe(200);
    const other = await withToken(secret, `/api/conversations/${conversationB}`);
    expect(other.status).toBe(404);
    expect(other.body.message).toBe(`Conversation ${conversationB} does not exist`);
    const queue = await withToken(secret, '/api/conversations?view=queue');
    expect(queue.body.items.map((c: { id: number }) => c.id)).toEqual([conversationA]);
    // An operator may not see the whole floor; neither may this token.
    const floor = await withToken(secret, '/api/conversations?view=all');
    expect(floor.status).toBe(403);
    expect((await withToken(secret, '/api/supervision/board')).body.message).toBe('This needs the role supervisor or admin; this API token acts as agent');
    const unrestricted = await createToken({ name: 'Everything reader', scopes: ['read'] });
    const all = await withToken(unrestricted.secret, '/api/conversations?view=all');
    expect(all.body.items.map((c: { id: number }) => c.id).sort()).toEqual([conversationA, conversationB].sort());
  });

  it('is for REST only: the operators’ socket refuses it', async () => {
    const { secret } = await createToken({ name: 'No sockets', scopes: ['read', 'conversations'] });
    await expect(connectSocket(`${t.url}/agents`, { token: secret })).rejects.toThrow();
  });

  it('is refused once expired', async () => {
    const { secret, id } = await createToken({ name: 'Short-lived', scopes: ['read'], expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await withToken(secret, '/api/teams')).status).toBe(200);
    await t.app.get(DataSource).getRepository(ApiToken).update({ id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await withToken(secret, '/api/teams');
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/^The API token "Short-lived" expired at /);
  });

  it('is refused at once after a revoke, by every process', async () => {
    const other = await startTestApp(env, { db, dataDir });
    try {
      const { secret, id } = await createToken({ name: 'Revoked soon', scopes: ['read'] });
      expect((await withToken(secret, '/api/teams')).status).toBe(200);
      expect((await other.api('/api/teams', { headers: { 'x-api-token': secret } })).status).toBe(200);
      expect((await t.api(`/api/api-tokens/${id}`, { method: 'DELETE', token: admin })).status).toBe(204);
      expect((await withToken(secret, '/api/teams')).status).toBe(401);
      expect((await other.api('/api/teams', { headers: { 'x-api-token': secret } })).status).toBe(401);
      expect((await t.api(`/api/api-tokens/${id}`, { method: 'DELETE', token: admin })).status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('notes when it was last used, at most once a minute', async () => {
    const { secret, id } = await createToken({ name: 'Used', scopes: ['read'] });
    const repo = t.app.get(DataSource).getRepository(ApiToken);
    await withToken(secret, '/api/teams');
    const first = (await repo.findOneByOrFail({ id })).lastUsedAt;
    expect(first).not.toBeNull();
    await withToken(secret, '/api/teams');
    expect((await repo.findOneByOrFail({ id })).lastUsedAt).toEqual(first);
    const listed = (await t.api('/api/api-tokens', { token: admin })).body.items.find((i: { id: number }) => i.id === id);
    expect(listed.lastUsedAt).toBe(new Date(first!).toISOString());
  });

  it(`answers 429 with Retry-After past ${RATE} requests a minute, per token`, async () => {
    const busy = await createToken({ name: 'Busy', scopes: ['read'] });
    const calm = await createToken({ name: 'Calm', scopes: ['read'] });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < RATE + 1; i++) {
      const res = await fetch(`${t.url}/api/teams`, { headers: { 'x-api-token': busy.secret } });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(((await res.json()) as { message: string }).message).toMatch(/API token "Busy" made more than 40 requests a minute/);
      }
    }
    expect(statuses.slice(0, RATE).every((s) => s === 200)).toBe(true);
    expect(statuses[RATE]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await withToken(calm.secret, '/api/teams')).status).toBe(200);
  });

  it('audits every write made with a token under the token’s name', async () => {
    const { secret } = await createToken({ name: 'Audited writer', scopes: ['conversations'] });
    const sent = await withToken(secret, `/api/conversations/${conversationB}/messages`, { method: 'POST', body: { text: 'Note from the CRM', private: true } });
    expect(sent.status).toBe(201);
    expect((await withToken(secret, `/api/conversations/${conversationB}/close`, { method: 'POST' })).status).toBe(200);
    expect((await withToken(secret, `/api/conversations/${conversationB}/messages`)).status).toBe(200);
    const entries = (await t.api('/api/audit?entityType=conversations', { token: admin })).body.items;
    const mine = entries.filter((e: { actorName: string | null }) => e.actorName === 'API token Audited writer');
    // Newest first; the read is not there.
    expect(mine.map((e: { action: string }) => e.action)).toEqual(['POST /api/conversations/:id/close', 'POST /api/conversations/:id/messages']);
    expect(mine.at(-1)).toMatchObject({ actorId: null, entityId: conversationB, changes: { text: 'Note from the CRM', private: true } });
    // Reads are not audited; the admin's own token creation is, as an admin action.
    const created = (await t.api('/api/audit?entityType=api-token', { token: admin })).body.items.find((e: { changes: { name?: string } }) => e.changes?.name === 'Audited writer');
    expect(created).toMatchObject({ action: 'api-token.create', actorName: null });
  });
});
