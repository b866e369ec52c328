import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversation, createOperator, customerWrites, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

describe('quick replies', () => {
  let t: TestApp;
  let adminToken: string;
  let billing: { id: number };
  let anna: { id: number; token: string };
  let boris: { id: number; token: string };

  const create = (token: string, body: Record<string, unknown>) => t.api('/api/quick-replies', { token, body });
  const shortcuts = async (token: string) => (await t.api('/api/quick-replies', { token })).body.items.map((r: { shortcut: string }) => r.shortcut).sort();

  beforeAll(async () => {
    // Without the demo's own quick replies: the lists hold only what these tests create.
    t = await startTestApp({ DEMO: 'false' });
    adminToken = await t.login();
    billing = (await t.api('/api/teams', { token: adminToken, body: { name: 'Billing' } })).body.team;
    anna = await createOperator(t, adminToken, { teamIds: [billing.id], online: false });
    boris = await createOperator(t, adminToken, { online: false });
  });
  afterAll(() => t.close());

  it('keeps global, team and personal lists, each seen by whom it is for', async () => {
    expect((await create(adminToken, { scope: 'global', shortcut: 'hello', title: 'Greeting', content: 'Hello {{contact.name | there}}!' })).status).toBe(201);
    expect((await create(adminToken, { scope: 'team', teamId: billing.id, shortcut: 'refund', title: 'Refund', content: 'Your refund is on its way.' })).status).toBe(201);
    const personal = await create(anna.token, { scope: 'personal', shortcut: 'brb', title: 'Back soon', content: 'One moment, {{contact.name}}.', language: 'en' });
    expect(personal.status).toBe(201);
    expect(personal.body.quickReply).toMatchObject({ scope: 'personal', agentId: anna.id, usageCount: 0 });

    expect(await shortcuts(anna.token)).toEqual(['brb', 'hello', 'refund']);
    expect(await shortcuts(boris.token)).toEqual(['hello']);
    expect(await shortcuts(adminToken)).toEqual(['hello']);
    expect((await t.api('/api/quick-replies?q=refund', { token: anna.token })).body.items).toHaveLength(1);
    // The admin screen: an admin changes every shared list, an operator only their own.
    const managed = async (token: string) => (await t.api('/api/quick-replies?manage=true', { token })).body.items.map((r: { shortcut: string }) => r.shortcut).sort();
    expect(await managed(adminToken)).toEqual(['hello', 'refund']);
    expect(await managed(anna.token)).toEqual(['brb']);
    expect((await t.api('/api/quick-replies?manage=maybe', { token: anna.token })).status).toBe(400);
  });

  it('lets operators keep only personal replies, and each only their own', async () => {
    const refused = await create(boris.token, { scope: 'global', shortcut: 'mine', title: 'x', content: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^scope: only supervisors and admins/);
    const [brb] = (await t.api('/api/quick-replies', { token: anna.token })).body.items.filter((r: any) => r.shortcut === 'brb');
    expect((await t.api(`/api/quick-replies/${brb.id}`, { method: 'PATCH', token: boris.token, body: { title: 'Mine now' } })).status).toBe(404);
    expect((await t.api(`/api/quick-replies/${brb.id}`, { method: 'DELETE', token: boris.token })).status).toBe(404);
    const [hello] = (await t.api('/api/quick-replies', { token: boris.token })).body.items;
    expect((await t.api(`/api/quick-replies/${hello.id}`, { method: 'PATCH', token: boris.token, body: { title: 'Hi' } })).status).toBe(403);
    const renamed = await t.api(`/api/quick-replies/${brb.id}`, { method: 'PATCH', token: anna.token, body: { title: 'Be right back' } });
    expect(renamed.body.quickReply.title).toBe('Be right back');
  });

  it('refuses bad input naming the field, and a shortcut twice in one list', async () => {
    const cases: Array<[Record<string, unknown>, RegExp, number]> = [
      [{ scope: 'everyone', shortcut: 'a', title: 'a', content: 'a' }, /scope must be one of: global, team, personal/, 400],
      [{ scope: 'global', shortcut: 'two words', title: 'a', content: 'a' }, /shortcut must be 1 to 64 letters/, 400],
      [{ scope: 'global', shortcut: 'typo', title: 'a', content: 'Hi {{contact.nmae}}' }, /content uses unknown variable\(s\): \{\{contact\.nmae\}\}/, 400],
      [{ scope: 'team', shortcut: 'team', title: 'a', content: 'a' }, /teamId: a team quick reply needs the team/, 400],
      [{ scope: 'team', teamId: 999, shortcut: 'team', title: 'a', content: 'a' }, /teamId: no team with id 999/, 404],
      [{ scope: 'global', shortcut: 'hello', title: 'again', content: 'a' }, /shortcut: \/hello already exists/, 409],
    ];
    for (const [body, message, status] of cases) {
      const res = await create(adminToken, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect([res.body.message].flat().join('; ')).toMatch(message);
    }
    // The same shortcut in another list is fine.
    expect((await create(anna.token, { scope: 'personal', shortcut: 'hello', title: 'My hello', content: 'Hi!' })).status).toBe(201);
  });

  it('counts a use when a reply is sent from it, and deletes', async () => {
    const inbox = (await t.api('/api/inboxes', { token: adminToken, body: { type: 'webchat', name: 'Shop' } })).body.inbox;
    await t.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
    const { conversationId } = await customerWrites(t, inbox.publicKey, 'Hi');
    await waitFor(() => conversation(t, adminToken, conversationId), (c) => c.status === 'assigned');
    const [hello] = (await t.api('/api/quick-replies', { token: adminToken })).body.items;
    await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'Hello there!', quickReplyId: hello.id } });
    await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'Hello again!', quickReplyId: hello.id } });
    // A personal reply of someone else counts nothing for this sender.
    const [annas] = (await t.api('/api/quick-replies', { token: anna.token })).body.items.filter((r: any) => r.shortcut === 'brb');
    await t.api(`/api/conversations/${conversationId}/messages`, { token: adminToken, body: { text: 'x', quickReplyId: annas.id } });
    await waitFor(async () => (await t.api('/api/quick-replies', { token: adminToken })).body.items[0].usageCount, (n) => n === 2);
    expect((await t.api('/api/quick-replies', { token: anna.token })).body.items.find((r: any) => r.id === annas.id).usageCount).toBe(0);

    expect((await t.api(`/api/quick-replies/${hello.id}`, { method: 'DELETE', token: adminToken })).status).toBe(204);
    expect(await shortcuts(boris.token)).toEqual([]);
  });

  it('carries files: inserting the reply attaches copies that go out with the message', async () => {
    const reply = (await create(adminToken, { scope: 'global', shortcut: 'manual', title: 'Manual', content: 'The manual is attached.' })).body.quickReply;
    const upload = (token: string, name: string, bytes: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      return fetch(`${t.url}/api/quick-replies/${reply.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    };
    expect((await upload(boris.token, 'x.pdf', 'x')).status).toBe(403);
    const added = await (await upload(adminToken, 'manual.pdf', '%PDF-1.4 manual')).json();
    expect(added.quickReply.attachments).toEqual([{ key: expect.any(String), fileName: 'manual.pdf', mimeType: 'application/pdf', size: 15 }]);
    await upload(adminToken, 'extra.pdf', '%PDF extra');

    const { conversationId } = await customerWrites(t, (await t.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey, 'Where is the manual?');
    await waitFor(() => conversation(t, adminToken, conversationId), (c) => c.status === 'assigned', 5000, 'the assignment to the admin');
    // Not her conversation: an operator may not take the files into it.
    expect((await t.api(`/api/quick-replies/${reply.id}/use`, { token: anna.token, body: { conversationId } })).status).toBe(403);
    const used = await t.api(`/api/quick-replies/${reply.id}/use`, { token: adminToken, body: { conversationId } });
    expect(used.status).toBe(200);
    expect(used.body.attachments.map((a: any) => a.fileName)).toEqual(['manual.pdf', 'extra.pdf']);
    const sent = await t.api(`/api/conversations/${conversationId}/messages`, {
      token: adminToken,
      body: { text: 'The manual is attached.', quickReplyId: reply.id, attachments: used.body.attachments.map((a: any) => a.id) },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.message.attachments.map((a: any) => a.fileName)).toEqual(['manual.pdf', 'extra.pdf']);
    const file = await fetch(`${t.url}${sent.body.message.attachments[0].url}`);
    expect(await file.text()).toBe('%PDF-1.4 manual');
    // The reply keeps its own files; removing one leaves the other.
    const removed = await t.api(`/api/quick-replies/${reply.id}/attachments/${added.quickReply.attachments[0].key}`, { method: 'DELETE', token: adminToken });
    expect(removed.body.quickReply.attachments.map((a: any) => a.fileName)).toEqual(['extra.pdf']);
    expect((await t.api(`/api/quick-replies/${reply.id}/use`, { token: adminToken, body: { conversationId: 'x' } })).status).toBe(400);
  });
});
