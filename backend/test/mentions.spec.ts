import { DataSource } from 'typeorm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Mention as MentionRow } from '../src/mentions/mention.entity';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { nextEvent, startTestApp, type TestApp } from './support/test-app';

interface Mention {
  id: number;
  conversationId: number;
  messageId: number;
  authorId: number;
  authorName: string | null;
  contactName: string | null;
  excerpt: string;
  readAt: string | null;
}

describe('mentions', () => {
  let t: TestApp;
  let admin: string;
  let holder: { id: number; token: string; name: string };
  let expert: { id: number; token: string; name: string };
  let bystander: { id: number; token: string; name: string };
  let expertSocket: Socket;
  let conversationId: number;
  let mention: Mention;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    const [support, sales] = await Promise.all(['Support', 'Sales'].map(async (name) => (await t.api('/api/teams', { token: admin, body: { name } })).body.team as { id: number }));
    const inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Support site', teamId: support.id } })).body.inbox;
    holder = await createOperator(t, admin, { name: 'Hanna Holder', teamIds: [support.id] });
    await openInbox(t, holder);
    // Both of another team: the expert is asked, the bystander is not.
    expert = await createOperator(t, admin, { name: 'Olga Expert', teamIds: [sales.id], online: false });
    bystander = await createOperator(t, admin, { name: 'Boris Bystander', teamIds: [sales.id], online: false });
    expertSocket = await openInbox(t, expert);
    conversationId = (await customerWrites(t, inbox.publicKey, 'Can I pay by invoice?')).conversationId;
    await waitFor(() => conversation(t, holder.token, conversationId), (c) => c?.assigneeId === holder.id, 5000, 'the conversation routed to its holder');
  });
  afterAll(async () => {
    expertSocket?.close();
    await t.close();
  });

  const note = (token: string, text: string, isPrivate = true) => t.api(`/api/conversations/${conversationId}/messages`, { token, body: { text, private: isPrivate } });
  const unread = async (token: string) => (await t.api('/api/mentions', { token })).body.items as Mention[];

  it('another team’s operator cannot open the conversation before anyone mentions them', async () => {
    expect((await t.api(`/api/conversations/${conversationId}`, { token: expert.token })).status).toBe(404);
  });

  it('a public reply mentions nobody', async () => {
    expect((await note(holder.token, 'Let me ask @OlgaExpert', false)).status).toBe(201);
    expect(await unread(expert.token)).toEqual([]);
  });

  it('a private note’s @name notifies that operator’s open tabs and lists the mention as unread', async () => {
    const pushed = nextEvent<{ mention: Mention }>(expertSocket, 'mention.created');
    const sent = await note(holder.token, '@OlgaExpert do we invoice companies in Poland? cc @nobody');
    expect(sent.status).toBe(201);
    const { mention: live } = await pushed;
    expect(live).toMatchObject({ conversationId, messageId: sent.body.message.id, authorId: holder.id, authorName: 'Hanna Holder', readAt: null });
    expect(live.excerpt).toContain('do we invoice companies');
    const listed = await unread(expert.token);
    expect(listed.map((m) => m.id)).toEqual([live.id]);
    mention = listed[0];
    expect(await unread(holder.token)).toEqual([]);
    expect(await unread(bystander.token)).toEqual([]);
  });

  it('lets the mentioned operator read the conversation and add notes, never reply or close', async () => {
    expect((await t.api(`/api/conversations/${conversationId}`, { token: expert.token })).status).toBe(200);
    const messages = (await t.api(`/api/conversations/${conversationId}/messages`, { token: expert.token })).body.items as Array<{ text: string }>;
    expect(messages.map((m) => m.text)).toContain('Can I pay by invoice?');
    expect((await note(expert.token, 'Yes, with a VAT number. @HannaHolder')).status).toBe(201);
    expect((await unread(holder.token)).map((m) => m.excerpt)).toEqual(['Yes, with a VAT number. @HannaHolder']);
    const reply = await note(expert.token, 'Hello from sales', false);
    expect(reply.status).toBe(403);
    expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: expert.token })).status).toBe(403);
    expect((await t.api(`/api/conversations/${conversationId}/attributes`, { method: 'PATCH', token: expert.token, body: { attributes: {} } })).status).toBe(403);
  });

  it('gives nothing to an operator of that team who was not mentioned', async () => {
    expect((await t.api(`/api/conversations/${conversationId}`, { token: bystander.token })).status).toBe(404);
    expect((await note(bystander.token, 'me too')).status).toBe(404);
    expect((await t.api(`/api/mentions/${mention.id}/read`, { method: 'POST', token: bystander.token })).status).toBe(404);
  });

  it('marks a mention read; it still opens the conversation for a week from when it was made', async () => {
    const read = await t.api(`/api/mentions/${mention.id}/read`, { method: 'POST', token: expert.token });
    expect(read.status).toBe(200);
    expect(read.body.mention.readAt).not.toBeNull();
    expect(await unread(expert.token)).toEqual([]);
    expect(((await t.api('/api/mentions?unread=false', { token: expert.token })).body.items as Mention[]).map((m) => m.id)).toEqual([mention.id]);
    expect((await t.api(`/api/conversations/${conversationId}`, { token: expert.token })).status).toBe(200);
    await t.app.get(DataSource).getRepository(MentionRow).update({ id: mention.id }, { createdAt: new Date(Date.now() - 8 * 86_400_000) });
    expect((await t.api(`/api/conversations/${conversationId}`, { token: expert.token })).status).toBe(404);
    expect((await note(expert.token, 'one more thing')).status).toBe(404);
  });

  it('answers 400 naming the field for a bad unread flag', async () => {
    const bad = await t.api('/api/mentions?unread=maybe', { token: expert.token });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('unread must be true or false');
  });
});
