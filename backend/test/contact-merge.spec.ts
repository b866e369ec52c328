import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationsService } from '../src/conversations/conversations.service';
import { conversation, createOperator, customerWrites, waitFor } from './support/operators';
import { connectSocket, connectVisitor, nextEvent, startTestApp, type TestApp } from './support/test-app';

/**
 * One person known as two contacts becomes one: the same phone on the site
 * widget and in the shop's widget, merged from the contact panel.
 */
describe('POST /api/contacts/:id/merge', () => {
  let t: TestApp;
  let admin: string;
  let site: { id: number; publicKey: string };
  let shop: { id: number; publicKey: string };
  let socket: Socket;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false' });
    admin = await t.login();
    site = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Site' } })).body.inbox;
    shop = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Shop' } })).body.inbox;
    socket = await connectSocket(`${t.url}/agents`, { token: admin });
  });
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  const contactOf = async (conversationId: number) => (await conversation(t, admin, conversationId)).contact.id as number;
  const setPhone = (contactId: number, phone: string | null) => t.api(`/api/contacts/${contactId}`, { method: 'PATCH', token: admin, body: { phone } });
  const merge = (into: number, contactId: unknown, token = admin) => t.api(`/api/contacts/${into}/merge`, { token, body: { contactId } });
  /** A visitor writes into an inbox: their conversation and contact. */
  const visitorWrites = async (inbox: { publicKey: string }, text: string, visitorToken?: string) => {
    const written = await customerWrites(t, inbox.publicKey, text, visitorToken);
    return { ...written, contactId: await contactOf(written.conversationId) };
  };

  it('moves the conversations and channels of the other contact, keeps the survivor’s details and fills its gaps', async () => {
    const anna = await visitorWrites(site, 'Hello from the site');
    const shopper = await visitorWrites(shop, 'Hello from the shop');
    await setPhone(anna.contactId, '+380 44 123 45 67');
    await setPhone(shopper.contactId, '+380441234567');
    await t.api(`/api/contacts/${shopper.contactId}`, { method: 'PATCH', token: admin, body: { name: 'Anna Koval', email: 'anna@example.com' } });

    const duplicates = await t.api(`/api/contacts/${anna.contactId}/duplicates`, { token: admin });
    expect(duplicates.status).toBe(200);
    expect(duplicates.body.items.map((c: { id: number }) => c.id)).toEqual([shopper.contactId]);

    const merged = nextEvent(socket, 'contact.merged');
    const res = await merge(anna.contactId, shopper.contactId);
    expect(res.status).toBe(200);
    expect(res.body.contact).toMatchObject({ id: anna.contactId, name: 'Anna Koval', email: 'anna@example.com', phone: '+380441234567' });
    expect(res.body.contact.identities.map((i: { inboxId: number }) => i.inboxId).sort()).toEqual([site.id, shop.id].sort());
    expect(await merged).toMatchObject({ contactId: shopper.contactId, contact: { id: anna.contactId } });

    // History follows: both conversations are the survivor's, on both channels.
    const history = (await t.api(`/api/contacts/${anna.contactId}/history`, { token: admin })).body.items.map((c: { id: number }) => c.id);
    expect(history.sort()).toEqual([anna.conversationId, shopper.conversationId].sort());
    expect(await contactOf(shopper.conversationId)).toBe(anna.contactId);
    // The old id still answers, with the survivor; nothing is offered to merge any more.
    expect((await t.api(`/api/contacts/${shopper.contactId}`, { token: admin })).body.contact.id).toBe(anna.contactId);
    expect((await t.api(`/api/contacts/${anna.contactId}/duplicates`, { token: admin })).body.items).toEqual([]);

    // The shop visitor writes again: into the same, moved, open conversation.
    const again = await visitorWrites(shop, 'Me again', shopper.visitorToken);
    expect(again.conversationId).toBe(shopper.conversationId);
    // Once it is closed, their next message opens a new conversation of the survivor.
    expect((await t.api(`/api/conversations/${shopper.conversationId}/close`, { method: 'POST', token: admin })).status).toBe(200);
    const next = await visitorWrites(shop, 'A new question', shopper.visitorToken);
    expect(next.conversationId).not.toBe(shopper.conversationId);
    expect(next.contactId).toBe(anna.contactId);

    const audit = (await t.api('/api/audit?entityType=contact', { token: admin })).body.items;
    expect(audit[0]).toMatchObject({ action: 'contact.merge', entityId: anna.contactId, changes: { contactId: shopper.contactId } });
  });

  it('answers 400 naming the field, 404 for no such contact, and changes nothing', async () => {
    const one = await visitorWrites(site, 'Bad input test');
    for (const body of [undefined, 'abc', 0, 1.5]) {
      const res = await merge(one.contactId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.message)).toMatch(/contactId must be a contact id/);
    }
    const itself = await merge(one.contactId, one.contactId);
    expect(itself.status).toBe(400);
    expect(itself.body.message).toMatch(/contactId: a contact cannot be merged into itself/);
    expect((await merge(one.contactId, 999_999)).status).toBe(404);
    expect((await merge(999_999, one.contactId)).status).toBe(404);
    expect(await contactOf(one.conversationId)).toBe(one.contactId);
  });

  it('refuses with 409 what would not be one person or would lose track of a conversation', async () => {
    const first = await visitorWrites(site, 'First browser');
    const second = await visitorWrites(site, 'Second browser');
    const stranger = await visitorWrites(shop, 'Someone else');
    await setPhone(first.contactId, '+48 600 100 200');
    await setPhone(second.contactId, '+48600100200');
    await setPhone(stranger.contactId, '+48 600 999 999');

    const notSame = await merge(first.contactId, stranger.contactId);
    expect(notSame.status).toBe(409);
    expect(notSame.body.message).toMatch(/share neither a phone nor an e-mail address/);

    const bothOpen = await merge(first.contactId, second.contactId);
    expect(bothOpen.status).toBe(409);
    expect(bothOpen.body.message).toMatch(/Both contacts have an open conversation in Site: close one of them first/);
    expect(await contactOf(second.conversationId)).toBe(second.contactId);

    // With one closed, the two browsers become one person, and a reply reaches both.
    expect((await t.api(`/api/conversations/${second.conversationId}/close`, { method: 'POST', token: admin })).status).toBe(200);
    expect((await merge(first.contactId, second.contactId)).status).toBe(200);
    const browsers = await Promise.all([connectVisitor(t.url, site.publicKey, first.visitorToken), connectVisitor(t.url, site.publicKey, second.visitorToken)]);
    try {
      const replies = browsers.map(({ socket: s }) => nextEvent(s, 'message.created'));
      const sent = await t.api(`/api/conversations/${first.conversationId}/messages`, { token: admin, body: { text: 'One answer for both' } });
      expect(sent.status).toBe(201);
      for (const reply of await Promise.all(replies)) expect(reply.message.text).toBe('One answer for both');
    } finally {
      for (const { socket: s } of browsers) s.close();
    }
    // A contact merged away cannot be merged again: it has nothing left.
    const again = await merge(stranger.contactId, second.contactId);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/was merged into contact/);
  });

  it('lets the operator holding one of the conversations merge; others get 403', async () => {
    const holder = await createOperator(t, admin, { name: 'Olga', maxChats: 10 });
    const outsider = await createOperator(t, admin, { name: 'Petro', online: false });
    const web = await visitorWrites(site, 'Held by Olga');
    await waitFor(() => conversation(t, admin, web.conversationId), (c) => c.assigneeId === holder.id, 5000, 'assignment');
    const shopper = await visitorWrites(shop, 'Also me');
    await setPhone(web.contactId, '+1 202 555 0100');
    await setPhone(shopper.contactId, '+12025550100');
    const refused = await merge(web.contactId, shopper.contactId, outsider.token);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/the operator holding an open conversation of one of the two contacts/);
    expect(await contactOf(shopper.conversationId)).toBe(shopper.contactId);
    expect((await merge(web.contactId, shopper.contactId, holder.token)).status).toBe(200);
  });

  it('loses no message written while the merge runs: each lands in a conversation of the survivor', async () => {
    const anna = await visitorWrites(site, 'Before the merge');
    const shopper = await visitorWrites(shop, 'Shop, before the merge');
    await setPhone(anna.contactId, '+44 20 7946 0000');
    await setPhone(shopper.contactId, '+442079460000');
    expect((await t.api(`/api/conversations/${shopper.conversationId}/close`, { method: 'POST', token: admin })).status).toBe(200);

    const visitor = await connectVisitor(t.url, shop.publicKey, shopper.visitorToken);
    try {
      const texts = Array.from({ length: 12 }, (_, i) => `During the merge ${i}`);
      const [mergeResult, ...acks] = await Promise.all([
        merge(anna.contactId, shopper.contactId),
        ...texts.map((text) => visitor.socket.emitWithAck('message.send', { text, clientMessageId: randomUUID() })),
      ]);
      expect(mergeResult.status).toBe(200);
      for (const ack of acks) expect(ack.message, JSON.stringify(ack)).toBeTruthy();
      const conversationIds = [...new Set(acks.map((ack) => ack.message.conversationId as number))];
      // All of them reached one open conversation, and it is the survivor's.
      expect(conversationIds).toHaveLength(1);
      expect(await contactOf(conversationIds[0])).toBe(anna.contactId);
      const stored = (await t.api(`/api/conversations/${conversationIds[0]}/messages?limit=50`, { token: admin })).body.items.map((m: { text: string }) => m.text);
      for (const text of texts) expect(stored).toContain(text);
      // A message resolved to the old contact just before the merge committed still finds the survivor's conversation.
      const late = await t.app.get(ConversationsService).openOrGet(shop.id, shopper.contactId);
      expect(late).toMatchObject({ created: false, conversation: { id: conversationIds[0], contactId: anna.contactId } });
      const left = await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM conversations WHERE contactId = ?', [shopper.contactId]);
      expect(Number(left[0].n)).toBe(0);
    } finally {
      visitor.socket.close();
    }
  });

  it('widens no visitor’s widget history: a typed e-mail is an unverified duplicate, and after the merge each browser reads only its own conversations', async () => {
    const victim = await visitorWrites(site, 'Victim: my order 4411 goes to Main St 5');
    const victimBrowser = await connectVisitor(t.url, site.publicKey, victim.visitorToken);
    const intruder = await visitorWrites(site, 'Intruder hello');
    const intruderBrowser = await connectVisitor(t.url, site.publicKey, intruder.visitorToken);
    try {
      expect((await victimBrowser.socket.emitWithAck('contact.update', { email: 'victim@example.com' })).contact.email).toBe('victim@example.com');
      expect((await t.api(`/api/conversations/${victim.conversationId}/close`, { method: 'POST', token: admin })).status).toBe(200);
      // The intruder types the victim's address: offered as a duplicate, but marked as nobody's proof.
      expect((await intruderBrowser.socket.emitWithAck('contact.update', { email: 'Victim@example.com' })).contact.email).toBe('victim@example.com');
      const offered = await t.api(`/api/contacts/${intruder.contactId}/duplicates`, { token: admin });
      expect(offered.body.items).toEqual([expect.objectContaining({ id: victim.contactId, match: { field: 'email', verified: false } })]);

      expect((await merge(intruder.contactId, victim.contactId)).status).toBe(200);
      const texts = async (browser: typeof victimBrowser) => ((await browser.socket.emitWithAck('history', {})).items as Array<{ text: string }>).map((m) => m.text);
      expect(await texts(intruderBrowser)).toEqual(['Intruder hello']);
      expect(await texts(victimBrowser)).toEqual(['Victim: my order 4411 goes to Main St 5']);
      // Nor can the intruder rate the victim's conversation.
      expect((await intruderBrowser.socket.emitWithAck('csat.submit', { conversationId: victim.conversationId, score: 1 })).error).toBe(`conversationId: no conversation ${victim.conversationId} of yours`);
      // Reconnected, with the token the intruder holds: still only their own.
      intruderBrowser.socket.close();
      const again = await connectVisitor(t.url, site.publicKey, intruder.visitorToken);
      intruderBrowser.socket = again.socket;
      expect(await texts(again)).toEqual(['Intruder hello']);
    } finally {
      victimBrowser.socket.close();
      intruderBrowser.socket.close();
    }
  });
});
