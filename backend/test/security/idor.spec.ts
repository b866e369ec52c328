import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, customerWrites, waitFor } from '../support/operators';
import { asA, recordedCallOfB, reviewedAndBotOfB, ROUTES, type World } from './idor-routes';
import { IS_PUBLIC, ROLES } from '../../src/auth/auth.decorators';
import { listHandlers, listHttpRoutes } from '../support/routes';
import { connectSocket, connectVisitor, startTestApp } from '../support/test-app';
import { FakeTwilioApi, PUBLIC_URL } from '../support/voice-fixtures';

/**
 * Insecure direct object references: every route and socket event that
 * takes an id, called by operator A (team A) with the ids of team B's inbox,
 * conversation, contact, message, file and quick reply, and by visitor A
 * with visitor B's. Routes are read from the running application, so a
 * new one without an entry here fails the suite; the socket events' table
 * and the anonymous and role checks are the authorization matrix's.
 */

const isDocs = (route: string) => /^GET \/api\/docs/.test(route);

describe('IDOR: nobody reaches another team’s or another visitor’s data by id', () => {
  const w = {} as World;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    w.twilio = await new FakeTwilioApi().start();
    w.t = await startTestApp({ DEMO: 'false', PUBLIC_URL, TWILIO_API_URL: w.twilio.url });
    w.admin = await w.t.login();
    const teamA = (await w.t.api('/api/teams', { token: w.admin, body: { name: 'Team A' } })).body.team.id;
    const teamB = (await w.t.api('/api/teams', { token: w.admin, body: { name: 'Team B' } })).body.team.id;
    w.inboxA = (await w.t.api('/api/inboxes', { token: w.admin, body: { type: 'webchat', name: 'A site', teamId: teamA } })).body.inbox;
    w.inboxB = (await w.t.api('/api/inboxes', { token: w.admin, body: { type: 'webchat', name: 'B site', teamId: teamB } })).body.inbox;
    w.opA = await createOperator(w.t, w.admin, { name: 'Anna', teamIds: [teamA] });
    w.opB = await createOperator(w.t, w.admin, { name: 'Boris', teamIds: [teamB] });

    const secret = `B-secret-${randomUUID()}`;
    w.a = await customerWrites(w.t, w.inboxA.publicKey, 'A customer hello');
    const b = await customerWrites(w.t, w.inboxB.publicKey, secret);
    const conv = await waitFor(
      () => w.t.api(`/api/conversations/${b.conversationId}`, { token: w.opB.token }),
      (r) => r.body.conversation?.assigneeId === w.opB.id,
      5000,
      'B’s conversation assigned to Boris',
    );
    const messages = await w.t.api(`/api/conversations/${b.conversationId}/messages`, { token: w.opB.token });
    const form = new FormData();
    form.append('file', new Blob(['boris file']), 'b.txt');
    const upload = await fetch(`${w.t.url}/api/conversations/${b.conversationId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${w.opB.token}` }, body: form });
    const quickReply = await w.t.api('/api/quick-replies', { token: w.opB.token, body: { scope: 'personal', shortcut: 'bsecret', title: 'B', content: 'Boris only' } });
    expect(quickReply.status, JSON.stringify(quickReply.body)).toBe(201);
    const macro = await w.t.api('/api/macros', { token: w.opB.token, body: { name: 'B’s', scope: 'personal', actions: [{ type: 'add-note', text: 'Boris only' }] } });
    expect(macro.status, JSON.stringify(macro.body)).toBe(201);
    w.b = {
      conversationId: b.conversationId,
      contactId: conv.body.contact.id,
      messageId: messages.body.items[0].id,
      attachmentId: (await upload.json()).attachment.id,
      quickReplyId: quickReply.body.quickReply.id,
      macroId: macro.body.macro.id,
      visitorToken: b.visitorToken,
      secret,
      ...(await reviewedAndBotOfB(w.t, w.admin, w.inboxB, w.opB)),
      mentionId: 0,
    };
    // A note in B's closed conversation mentions Bella, of no team: the mention is hers alone.
    w.bella = await createOperator(w.t, w.admin, { name: 'Bella Mentioned', online: false });
    const mentioning = await w.t.api(`/api/conversations/${w.b.closedConversationId}/messages`, { token: w.admin, body: { text: '@BellaMentioned please check this one', private: true } });
    expect(mentioning.status, JSON.stringify(mentioning.body)).toBe(201);
    w.b.mentionId = (await w.t.api('/api/mentions', { token: w.bella.token })).body.items[0].id;
    w.voiceB = await recordedCallOfB(w, teamB);
    // A holds A's conversation and A's customer has a number: only the line's team can refuse the call.
    await waitFor(() => asA(w, `/api/conversations/${w.a.conversationId}`), (r) => r.body.conversation?.assigneeId === w.opA.id, 5000, 'A’s conversation assigned to Anna');
    const contactA = (await asA(w, `/api/conversations/${w.a.conversationId}`)).body.contact.id;
    expect((await asA(w, `/api/contacts/${contactA}`, { method: 'PATCH', body: { phone: '+4930555001' } })).status).toBe(200);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await w.t.close();
    await w.twilio.stop();
  });

  it('has an entry for every HTTP route the application serves', () => {
    const served = listHttpRoutes(w.t.app).filter((r) => !isDocs(r));
    expect(served.filter((r) => !(r in ROUTES)), 'routes without an IDOR entry: add a probe (or say why none is needed)').toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !served.includes(r)), 'entries for routes that no longer exist').toEqual([]);
    const unprobed = served.filter((r) => /:(id|inboxId)\b/.test(r) && 'exempt' in ROUTES[r]);
    expect(unprobed, 'a route taking a row id needs a probe, not an exemption').toEqual([]);
  });

  it('answers every probe with none of B’s data: 404 where an operator may call the route, as for what does not exist', async () => {
    // A 403 would tell that B's id exists: it is left to routes an operator may not call at all, and to those
    // without a login (the provider webhooks, served outside Nest's controllers, included).
    const handlers = new Map(listHandlers(w.t.app).map((h) => [h.route, h.meta]));
    const mayRefuseWith = (route: string) => {
      const meta = handlers.get(route);
      if (!meta || meta(IS_PUBLIC) === true) return [401, 403, 404];
      const roles = meta(ROLES) as string[] | undefined;
      return roles && !roles.includes('agent') ? [403] : [404];
    };
    const outcomes: string[] = [];
    for (const [route, entry] of Object.entries(ROUTES)) {
      if (!('probe' in entry)) continue;
      const res = await entry.probe(w);
      const text = JSON.stringify(res.body);
      const refused = entry.allowed ? res.status === 200 : mayRefuseWith(route).includes(res.status);
      if (!refused || text.includes(w.b.secret) || /passwordHash|tokenVersion|failedLogins|secretsEncrypted/.test(text)) outcomes.push(`${route}: ${res.status} ${text.slice(0, 200)}`);
    }
    expect(outcomes).toEqual([]);
  });

  it('changed nothing of B’s through those probes', async () => {
    const conv = await w.t.api(`/api/conversations/${w.b.conversationId}`, { token: w.opB.token });
    expect(conv.body.conversation).toMatchObject({ status: 'assigned', assigneeId: w.opB.id });
    expect(conv.body.contact.name).not.toBe('Renamed');
    const messages = await w.t.api(`/api/conversations/${w.b.conversationId}/messages`, { token: w.opB.token });
    expect(messages.body.items.map((m: { text: string }) => m.text)).toEqual([w.b.secret]);
    expect((await w.t.api('/api/quick-replies?manage=true', { token: w.opB.token })).body.items.map((q: { title: string }) => q.title)).toContain('B');
    expect(await w.t.login((await w.t.api(`/api/agents/${w.opB.id}`, { token: w.admin })).body.agent.email, 'operator-pass-1')).toBeTruthy();
  });

  it('a mention of someone else opens nothing to A: not the conversation, its messages, nor the mention', async () => {
    // The mention is real and lets Bella in...
    expect((await w.t.api(`/api/conversations/${w.b.closedConversationId}`, { token: w.bella.token })).status).toBe(200);
    // ...and nobody else.
    expect((await asA(w, `/api/conversations/${w.b.closedConversationId}`)).status).toBe(404);
    expect((await asA(w, `/api/conversations/${w.b.closedConversationId}/messages`)).status).toBe(404);
    expect((await asA(w, `/api/conversations/${w.b.closedConversationId}/messages`, { body: { text: '@Anna me too', private: true } })).status).toBe(404);
    expect((await asA(w, '/api/mentions?unread=false')).body.items).toEqual([]);
    expect((await asA(w, `/api/mentions/${w.b.mentionId}/read`, { method: 'POST' })).status).toBe(404);
    expect((await w.t.api('/api/mentions', { token: w.bella.token })).body.items.map((m: { id: number }) => m.id)).toEqual([w.b.mentionId]);
  });

  it('lists only the caller’s inboxes and queue', async () => {
    const inboxes = await w.t.api('/api/inboxes', { token: w.opA.token });
    expect(inboxes.body.items.map((i: { id: number }) => i.id)).toEqual([w.inboxA.id]);
    const queue = await w.t.api('/api/conversations?view=queue', { token: w.opA.token });
    expect(queue.body.items.filter((c: { inboxId: number }) => c.inboxId === w.inboxB.id)).toEqual([]);
    const all = await w.t.api('/api/inboxes', { token: w.admin });
    expect(all.body.items.map((i: { id: number }) => i.id)).toEqual(expect.arrayContaining([w.inboxA.id, w.inboxB.id]));
  });

  it('shares an inbox without a team with every operator', async () => {
    const shared = (await w.t.api('/api/inboxes', { token: w.admin, body: { type: 'webchat', name: 'Shared' } })).body.inbox;
    const { conversationId } = await customerWrites(w.t, shared.publicKey, 'Anyone?');
    expect((await w.t.api(`/api/conversations/${conversationId}`, { token: w.opA.token })).status).toBe(200);
    expect((await w.t.api(`/api/conversations/${conversationId}`, { token: w.opB.token })).status).toBe(200);
    expect((await w.t.api('/api/inboxes', { token: w.opB.token })).body.items.map((i: { id: number }) => i.id)).toContain(shared.id);
  });

  it('does not let A send B’s uploaded file in A’s own conversation', async () => {
    await waitFor(() => w.t.api(`/api/conversations/${w.a.conversationId}`, { token: w.opA.token }), (r) => r.body.conversation?.assigneeId === w.opA.id);
    const res = await asA(w, `/api/conversations/${w.a.conversationId}/messages`, { body: { text: 'look', attachments: [w.b.attachmentId] } });
    expect(res.status).toBe(404);
    const mine = await asA(w, `/api/conversations/${w.a.conversationId}/messages`);
    expect(mine.body.items.map((m: { text: string }) => m.text)).not.toContain('look');
  });

  it('operator sockets: A cannot watch or type into B’s conversation, and hears nothing of B’s inbox', async () => {
    const a = await connectSocket(`${w.t.url}/agents`, { token: w.opA.token });
    const b = await connectSocket(`${w.t.url}/agents`, { token: w.opB.token });
    sockets.push(a, b);
    const heardByA: string[] = [];
    a.onAny((event: string, payload: unknown) => heardByA.push(`${event} ${JSON.stringify(payload)}`));

    expect(await a.emitWithAck('conversation.watch', { conversationId: w.b.conversationId })).toEqual({ error: `Conversation ${w.b.conversationId} does not exist` });
    const visitorB = await connectVisitor(w.t.url, w.inboxB.publicKey, w.b.visitorToken);
    sockets.push(visitorB.socket);
    let typingSeenByB = false;
    visitorB.socket.on('typing', () => {
      typingSeenByB = true;
    });
    a.emit('typing', { conversationId: w.b.conversationId, on: true });

    const bHears = new Promise((resolve) => b.on('message.created', (p: { message: { text: string } }) => p.message.text === 'second B secret' && resolve(p)));
    const ack = await visitorB.socket.emitWithAck('message.send', { text: 'second B secret', clientMessageId: randomUUID() });
    expect(ack.message).toBeTruthy();
    await bHears;
    await new Promise((r) => setTimeout(r, 200));
    expect(heardByA.filter((e) => e.includes('B secret') || e.includes(`"inboxId":${w.inboxB.id}`))).toEqual([]);
    expect(typingSeenByB).toBe(false);
  });

  it('an operator moved to B’s team hears B’s inbox on the open socket, and stops when moved back', async () => {
    const teams = (await w.t.api('/api/teams', { token: w.admin })).body.items as Array<{ id: number; name: string }>;
    const teamA = teams.find((t) => t.name === 'Team A')!.id;
    const teamB = teams.find((t) => t.name === 'Team B')!.id;
    const extra = await createOperator(w.t, w.admin, { name: 'Mover', teamIds: [teamA], online: false });
    const socket = await connectSocket(`${w.t.url}/agents`, { token: extra.token });
    sockets.push(socket);
    const heard: string[] = [];
    socket.on('message.created', (p: { message: { text: string } }) => heard.push(p.message.text));
    const visitorB = await connectVisitor(w.t.url, w.inboxB.publicKey, w.b.visitorToken);
    sockets.push(visitorB.socket);

    await visitorB.socket.emitWithAck('message.send', { text: 'before the move', clientMessageId: randomUUID() });
    await w.t.api(`/api/agents/${extra.id}`, { method: 'PATCH', token: w.admin, body: { teamIds: [teamB] } });
    await visitorB.socket.emitWithAck('message.send', { text: 'after the move', clientMessageId: randomUUID() });
    await waitFor(async () => heard, (h) => h.includes('after the move'), 3000, 'the moved operator to hear B');
    await w.t.api(`/api/agents/${extra.id}`, { method: 'PATCH', token: w.admin, body: { teamIds: [teamA] } });
    await visitorB.socket.emitWithAck('message.send', { text: 'after moving back', clientMessageId: randomUUID() });
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual(['after the move']);
  });

  it('an operator moved from A’s team to B’s stops hearing, watching and typing into A’s conversations on the open socket', async () => {
    const teams = (await w.t.api('/api/teams', { token: w.admin })).body.items as Array<{ id: number; name: string }>;
    const teamA = teams.find((t) => t.name === 'Team A')!.id;
    const teamB = teams.find((t) => t.name === 'Team B')!.id;
    const leaver = await createOperator(w.t, w.admin, { name: 'Leaver', teamIds: [teamA], online: false });
    const socket = await connectSocket(`${w.t.url}/agents`, { token: leaver.token });
    sockets.push(socket);
    expect(await socket.emitWithAck('conversation.watch', { conversationId: w.a.conversationId })).toEqual({ watching: w.a.conversationId });

    expect((await w.t.api(`/api/agents/${leaver.id}`, { method: 'PATCH', token: w.admin, body: { teamIds: [teamB] } })).status).toBe(200);
    const heard: string[] = [];
    socket.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`));
    const visitorA = await connectVisitor(w.t.url, w.inboxA.publicKey, w.a.visitorToken);
    sockets.push(visitorA.socket);
    expect((await asA(w, `/api/conversations/${w.a.conversationId}/messages`, { body: { text: 'A reply after the move' } })).status).toBe(201);
    expect((await asA(w, `/api/conversations/${w.a.conversationId}/messages`, { body: { text: 'A private note after the move', private: true } })).status).toBe(201);
    visitorA.socket.emit('typing', { on: true });
    const later = await customerWrites(w.t, w.inboxA.publicKey, 'A customer after the move');
    await new Promise((r) => setTimeout(r, 300));
    const ofA = (e: string) => e.includes('after the move') || e.includes(`"conversationId":${w.a.conversationId}`) || e.includes(`"inboxId":${w.inboxA.id}`);
    expect(heard.filter(ofA)).toEqual([]);

    for (const conversationId of [w.a.conversationId, later.conversationId]) {
      expect(await socket.emitWithAck('conversation.watch', { conversationId })).toEqual({ error: `Conversation ${conversationId} does not exist` });
    }
    // Still an operator of B's inbox on the same socket.
    const bHeard = new Promise((resolve) => socket.on('message.created', (p: { message: { text: string } }) => p.message.text === 'B after the leaver came' && resolve(p)));
    const visitorB = await connectVisitor(w.t.url, w.inboxB.publicKey, w.b.visitorToken);
    sockets.push(visitorB.socket);
    await visitorB.socket.emitWithAck('message.send', { text: 'B after the leaver came', clientMessageId: randomUUID() });
    await bHeard;
  });

  it('an inbox moved to another team takes its conversations from the old team’s open sockets', async () => {
    const teams = (await w.t.api('/api/teams', { token: w.admin })).body.items as Array<{ id: number; name: string }>;
    const teamA = teams.find((t) => t.name === 'Team A')!.id;
    const teamB = teams.find((t) => t.name === 'Team B')!.id;
    const moving = (await w.t.api('/api/inboxes', { token: w.admin, body: { type: 'webchat', name: 'Moving site', teamId: teamA } })).body.inbox;
    const watcher = await createOperator(w.t, w.admin, { name: 'Stayer', teamIds: [teamA], online: false });
    const socket = await connectSocket(`${w.t.url}/agents`, { token: watcher.token });
    sockets.push(socket);
    const written = await customerWrites(w.t, moving.publicKey, 'moving inbox hello');
    expect(await socket.emitWithAck('conversation.watch', { conversationId: written.conversationId })).toEqual({ watching: written.conversationId });

    expect((await w.t.api(`/api/inboxes/${moving.id}`, { method: 'PATCH', token: w.admin, body: { teamId: teamB } })).status).toBe(200);
    const heard: string[] = [];
    socket.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`));
    const visitor = await connectVisitor(w.t.url, moving.publicKey, written.visitorToken);
    sockets.push(visitor.socket);
    await visitor.socket.emitWithAck('message.send', { text: 'moving inbox after the move', clientMessageId: randomUUID() });
    visitor.socket.emit('typing', { on: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(heard.filter((e) => e.includes('after the move') || e.includes(`"conversationId":${written.conversationId}`))).toEqual([]);
    expect(await socket.emitWithAck('conversation.watch', { conversationId: written.conversationId })).toEqual({ error: `Conversation ${written.conversationId} does not exist` });
  });

  it('widget: visitor A never reads or touches visitor B’s conversation', async () => {
    const visitorA = await connectVisitor(w.t.url, w.inboxA.publicKey, w.a.visitorToken);
    sockets.push(visitorA.socket);
    const history = await visitorA.socket.emitWithAck('history', {});
    expect(JSON.stringify(history)).not.toContain(w.b.secret);
    expect(history.items.map((m: { text: string }) => m.text)).toContain('A customer hello');
    const history2 = await visitorA.socket.emitWithAck('history', { before: w.b.messageId + 1000 });
    expect(JSON.stringify(history2)).not.toContain(w.b.secret);

    const csat = await visitorA.socket.emitWithAck('csat.submit', { conversationId: w.b.conversationId, score: 1 });
    expect(csat.error).toMatch(/no conversation/);

    // B's visitor's file, sent by id from A: refused, and nothing stored.
    const form = new FormData();
    form.append('file', new Blob(['b visitor file']), 'b.txt');
    const upload = await fetch(`${w.t.url}/api/widget/uploads`, { method: 'POST', headers: { 'x-inbox-key': w.inboxB.publicKey, 'x-visitor-token': w.b.visitorToken }, body: form });
    const bFile = (await upload.json()).attachment.id;
    const sent = await visitorA.socket.emitWithAck('message.send', { clientMessageId: randomUUID(), attachments: [bFile] });
    expect(sent.error).toMatch(/attachments/);

    const renamed = await visitorA.socket.emitWithAck('contact.update', { name: 'Visitor A' });
    expect(renamed.contact.name).toBe('Visitor A');
    const bContact = await w.t.api(`/api/contacts/${w.b.contactId}`, { token: w.opB.token });
    expect(bContact.body.contact.name).not.toBe('Visitor A');

    // Typing from A reaches only A's own conversation's watchers.
    const b = await connectSocket(`${w.t.url}/agents`, { token: w.opB.token });
    sockets.push(b);
    await b.emitWithAck('conversation.watch', { conversationId: w.b.conversationId });
    let bSawTyping = false;
    b.on('typing', () => {
      bSawTyping = true;
    });
    visitorA.socket.emit('typing', { on: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(bSawTyping).toBe(false);
  });

  it('widget: a visitor token opens only its own inbox, and a forged one nothing', async () => {
    await expect(connectVisitor(w.t.url, w.inboxA.publicKey, w.b.visitorToken)).rejects.toThrow(/invalid visitor token/);
    const [v, inbox, visitor, mac] = w.b.visitorToken.split('.');
    await expect(connectVisitor(w.t.url, w.inboxB.publicKey, [v, inbox, `${visitor}x`, mac].join('.'))).rejects.toThrow(/invalid visitor token/);
    await expect(connectVisitor(w.t.url, w.inboxB.publicKey, [v, inbox, visitor, `${mac.slice(0, -2)}AA`].join('.'))).rejects.toThrow(/invalid visitor token/);
  });
});
