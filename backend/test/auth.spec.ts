import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, connectSocket, startTestApp, type TestApp } from './support/test-app';

describe('auth and roles', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
  });
  afterAll(() => t.close());

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const me = await t.api('/api/auth/me', { token: admin });
    expect(me.body.user).toMatchObject({ email: ADMIN.email, role: 'admin' });
    expect(me.body.user.passwordHash).toBeUndefined();
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrongPassword = await t.api('/api/auth/login', { body: { email: ADMIN.email, password: 'wrong-password' } });
    const unknown = await t.api('/api/auth/login', { body: { email: 'ghost@test.local', password: 'wrong-password' } });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body.message).toBe(wrongPassword.body.message);
  });

  it('keeps admin routes from operators and voids tokens when the password changes', async () => {
    const created = await t.api('/api/agents', { token: admin, body: { email: 'op@test.local', name: 'Olga', password: 'operator-pass-1', maxChats: 3, languages: ['en', 'ru'] } });
    expect(created.status).toBe(201);
    expect(created.body.agent).toMatchObject({ role: 'agent', maxChats: 3, languages: ['en', 'ru'], status: 'offline' });
    const duplicate = await t.api('/api/agents', { token: admin, body: { email: 'op@test.local', name: 'Again', password: 'operator-pass-1' } });
    expect(duplicate.status).toBe(409);

    const op = await t.login('op@test.local', 'operator-pass-1');
    const forbidden = await t.api('/api/inboxes', { token: op, body: { type: 'webchat', name: 'Mine' } });
    expect(forbidden.status).toBe(403);
    expect((await t.api('/api/conversations?view=all', { token: op })).status).toBe(403);
    expect((await t.api('/api/conversations?view=mine', { token: op })).status).toBe(200);

    const status = await t.api('/api/agents/me/status', { method: 'PATCH', token: op, body: { status: 'online' } });
    expect(status.body.agent.status).toBe('online');

    await t.api(`/api/agents/${created.body.agent.id}`, { method: 'PATCH', token: admin, body: { password: 'a-new-password-2' } });
    expect((await t.api('/api/auth/me', { token: op })).status).toBe(401);
    await expect(connectSocket(`${t.url}/agents`, { token: op })).rejects.toThrow(/no longer valid/);
    expect(await t.login('op@test.local', 'a-new-password-2')).toBeTruthy();
  });

  it('refuses operator sockets without a valid token', async () => {
    await expect(connectSocket(`${t.url}/agents`, {})).rejects.toThrow(/access token/);
    await expect(connectSocket(`${t.url}/agents`, { token: 'x.y.z' })).rejects.toThrow(/invalid or expired/);
  });

  it('reports health without a login', async () => {
    const health = await t.api('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', db: 'ok', redis: process.env.REDIS_URL ? 'ok' : 'disabled' });
  });

  it('serves the OpenAPI description', async () => {
    const doc = await t.api('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/conversations/{id}/messages', '/api/inboxes']));
  });
});
