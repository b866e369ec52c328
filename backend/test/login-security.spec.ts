import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { AUDITED, CHANGES_NOTHING } from '../src/audit/audited.decorator';
import { ROLES } from '../src/auth/auth.decorators';
import { createOperator, waitFor } from './support/operators';
import { listHandlers } from './support/routes';
import { ADMIN, connectSocket, startTestApp, type TestApp } from './support/test-app';

const login = (t: TestApp, email: string, password: string) => t.api('/api/auth/login', { body: { email, password } });

describe('login throttling, voided tokens and the audit log', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_SECONDS: '2' });
    admin = await t.login();
  });
  afterAll(() => t.close());

  it('locks an account after wrong passwords in a row with 429 and Retry-After, even for the right password, until the lock runs out', async () => {
    const email = 'locked@test.local';
    expect((await t.api('/api/agents', { token: admin, body: { email, name: 'Lock', password: 'right-password-1' } })).status).toBe(201);
    expect((await login(t, email, 'wrong-1')).status).toBe(401);
    expect((await login(t, email, 'wrong-2')).status).toBe(401);
    const locking = await login(t, email, 'wrong-3');
    expect(locking.status).toBe(429);
    const res = await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'right-password-1' }) });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    expect((await res.json()).message).toMatch(/locked/);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
    expect((await login(t, email, 'right-password-1')).status).toBe(200);
  });

  it('resets the count on a successful login', async () => {
    const email = 'reset@test.local';
    await t.api('/api/agents', { token: admin, body: { email, name: 'Reset', password: 'right-password-1' } });
    for (let round = 0; round < 3; round += 1) {
      expect((await login(t, email, 'wrong')).status).toBe(401);
      expect((await login(t, email, 'wrong')).status).toBe(401);
      expect((await login(t, email, 'right-password-1')).status).toBe(200);
    }
  });

  it('answers an e-mail without an account exactly like one with it: the same 401s, the same lock', async () => {
    const email = 'twin@test.local';
    await t.api('/api/agents', { token: admin, body: { email, name: 'Twin', password: 'right-password-1' } });
    const answers = async (address: string) => {
      const seen: Array<[number, string, string | null]> = [];
      for (const password of ['wrong-1', 'wrong-2', 'wrong-3', 'wrong-4']) {
        const res = await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: address, password }) });
        seen.push([res.status, (await res.json()).message, res.headers.get('retry-after')]);
      }
      return seen;
    };
    const known = await answers(email);
    const unknown = await answers('Nobody@Test.local');
    expect(known.map(([status]) => status)).toEqual([401, 401, 429, 429]);
    expect(unknown).toEqual(known);
    // Each lock runs out by itself.
    await new Promise((r) => setTimeout(r, 2100));
    expect((await login(t, email, 'right-password-1')).status).toBe(200);
    expect((await login(t, 'nobody@test.local', 'x')).status).toBe(401);
  });

  it('voids tokens and closes open sockets when the role changes', async () => {
    const op = await createOperator(t, admin, { name: 'Role change' });
    const socket = await connectSocket(`${t.url}/agents`, { token: op.token });
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect((await t.api(`/api/agents/${op.id}`, { method: 'PATCH', token: admin, body: { role: 'supervisor' } })).status).toBe(200);
    expect(await closed).toBe('io server disconnect');
    expect((await t.api('/api/auth/me', { token: op.token })).status).toBe(401);
    await expect(connectSocket(`${t.url}/agents`, { token: op.token })).rejects.toThrow(/no longer valid/);
    socket.close();
  });

  it('keeps the token when nothing about the login changed', async () => {
    const op = await createOperator(t, admin, { name: 'Same role' });
    await t.api(`/api/agents/${op.id}`, { method: 'PATCH', token: admin, body: { maxChats: 7, role: 'agent' } });
    expect((await t.api('/api/auth/me', { token: op.token })).status).toBe(200);
  });

  it('audits every admin route that acts: one without @Audited fails here', () => {
    const admin = listHandlers(t.app).filter((h) => (h.meta(ROLES) as string[] | undefined)?.includes('admin'));
    expect(admin.length).toBeGreaterThan(5);
    expect(admin.filter((h) => !h.route.startsWith('GET ') && !h.meta(AUDITED) && !h.meta(CHANGES_NOTHING)).map((h) => h.route)).toEqual([]);
  });

  it('keeps the entry of an action whose first write of it failed: a job writes it again', async () => {
    const entries = t.app.get(DataSource).getRepository(AuditEntry);
    const save = vi.spyOn(entries, 'save').mockRejectedValueOnce(new Error('Connection lost: The server closed the connection.'));
    try {
      const team = await t.api('/api/teams', { token: admin, body: { name: 'Written later' } });
      expect(team.status).toBe(201);
      const entry = await waitFor(
        () => entries.findOneBy({ action: 'team.create', entityId: team.body.team.id }),
        (row) => row !== null,
        10_000,
        'the audit entry written by the retry',
      );
      expect(entry?.changes).toEqual({ name: 'Written later' });
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      save.mockRestore();
    }
  });

  it('writes every admin action to the audit log, passwords redacted, readable only by admins', async () => {
    const op = await createOperator(t, admin, { name: 'Audited' });
    await t.api(`/api/agents/${op.id}`, { method: 'PATCH', token: admin, body: { password: 'new-password-9', maxChats: 2 } });
    const team = await t.api('/api/teams', { token: admin, body: { name: 'Audit team' } });
    const inbox = await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Audited inbox' } });
    await t.api(`/api/inboxes/${inbox.body.inbox.id}`, { method: 'PATCH', token: admin, body: { teamId: team.body.team.id } });
    const refused = await t.api('/api/inboxes', { token: admin, body: { type: 'webchat' } });
    expect(refused.status).toBe(400);

    const log = await t.api('/api/audit?limit=200', { token: admin });
    expect(log.status).toBe(200);
    const adminId = (await t.api('/api/auth/me', { token: admin })).body.user.id;
    const update = log.body.items.find((e: any) => e.action === 'agent.update' && e.entityId === op.id && e.changes.maxChats === 2);
    expect(update).toMatchObject({ actorId: adminId, entityType: 'agent', changes: { password: '[redacted]', maxChats: 2 } });
    expect(JSON.stringify(log.body.items)).not.toContain('new-password-9');
    expect(JSON.stringify(log.body.items)).not.toContain('operator-pass-1');
    expect(log.body.items.find((e: any) => e.action === 'agent.create' && e.entityId === op.id)).toBeTruthy();
    expect(log.body.items.find((e: any) => e.action === 'team.create' && e.entityId === team.body.team.id)).toBeTruthy();
    expect(log.body.items.find((e: any) => e.action === 'inbox.create' && e.entityId === inbox.body.inbox.id)).toBeTruthy();
    expect(log.body.items.find((e: any) => e.action === 'inbox.update' && e.entityId === inbox.body.inbox.id)?.changes).toEqual({ teamId: team.body.team.id });
    // A refused request changed nothing and is not an action.
    expect(log.body.items.filter((e: any) => e.action === 'inbox.create')).toHaveLength(1);

    const filtered = await t.api(`/api/audit?entityType=agent&entityId=${op.id}`, { token: admin });
    expect(filtered.body.items.map((e: any) => e.action).sort()).toEqual(['agent.create', 'agent.update']);
    const supervisor = await createOperator(t, admin, { name: 'Sup', role: 'supervisor' });
    expect((await t.api('/api/audit', { token: supervisor.token })).status).toBe(403);
    expect((await t.api('/api/audit?entityType=x%27%20OR%201%3D1', { token: admin })).status).toBe(400);
  });
});

describe('login attempts per address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an address has used its attempts, right password or not', async () => {
    for (let i = 0; i < 5; i += 1) expect((await login(t, `guess${i}@test.local`, 'x')).status).toBe(401);
    const res = await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).message).toMatch(/Too many login attempts/);
  });
});
