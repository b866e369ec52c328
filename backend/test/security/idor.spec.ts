import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WidgetGateway } from '../../src/channels/webchat/widget.gateway';
import { VoiceCall } from '../../src/channels/voice/voice-call.entity';
import { AgentsGateway } from '../../src/realtime/agents.gateway';
import { createOperator, customerWrites, waitFor } from '../support/operators';
import { listHttpRoutes, listSocketEvents } from '../support/routes';
import { connectSocket, connectVisitor, startTestApp, type TestApp } from '../support/test-app';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, AUTH_TOKEN, FakeTwilioApi, PUBLIC_URL, sid } from '../support/voice-fixtures';

/**
 * Insecure direct object references: every route and socket event that
 * takes an id, called by operator A (team A) with the ids of team B's inbox,
 * conversation, contact, message, file and quick reply, and by visitor A
 * with visitor B's. Routes and events are read from the running
 * application, so a new one without an entry here fails the suite.
 */

interface World {
  t: TestApp;
  admin: string;
  opA: { id: number; token: string };
  opB: { id: number; token: string };
  inboxA: { id: number; publicKey: string };
  inboxB: { id: number; publicKey: string };
  /** Team B's phone line, with a recorded call in B's conversation. */
  voiceB: { inboxId: number; callId: number };
  twilio: FakeTwilioApi;
  /** B's conversation, its contact, its first message, B's file, B's personal quick reply. */
  b: { conversationId: number; contactId: number; messageId: number; attachmentId: number; quickReplyId: number; visitorToken: string; secret: string; botId: number; closedConversationId: number; reviewId: number };
  a: { conversationId: number; visitorToken: string };
}

type Probe = (w: World) => Promise<{ status: number; body: unknown }>;

/** Each route: how operator A tries to reach B's data through it, or why it takes no id of anyone's. */
type Entry = { probe: Probe; allowed?: string } | { exempt: string };

const asA = (w: World, path: string, init: { method?: string; body?: unknown } = {}) => w.t.api(path, { ...init, token: w.opA.token });

const ROUTES: Record<string, Entry> = {
  'GET /api/conversations/:id': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}`) },
  'GET /api/conversations/:id/messages': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/messages`) },
  'GET /api/conversations/:id/events': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/events`) },
  'POST /api/conversations/:id/messages': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/messages`, { body: { text: 'injected' } }) },
  'POST /api/conversations/:id/attachments': {
    probe: async (w) => {
      const form = new FormData();
      form.append('file', new Blob(['x']), 'x.txt');
      const res = await fetch(`${w.t.url}/api/conversations/${w.b.conversationId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${w.opA.token}` }, body: form });
      return { status: res.status, body: await res.json() };
    },
  },
  'POST /api/conversations/:id/accept': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/accept`, { method: 'POST' }) },
  'POST /api/conversations/:id/decline': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/decline`, { method: 'POST' }) },
  'POST /api/conversations/:id/close': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/close`, { method: 'POST' }) },
  'POST /api/conversations/:id/transfer': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/transfer`, { body: { agentId: w.opA.id } }) },
  'GET /api/conversations': { probe: (w) => asA(w, `/api/conversations?view=queue&inboxId=${w.inboxB.id}`) },
  'GET /api/search': {
    probe: (w) => asA(w, `/api/search?q=${encodeURIComponent(w.b.secret)}`),
    allowed: 'results come only from the caller’s inboxes and conversations: B’s words find nothing of B’s',
  },
  'GET /api/contacts/:id': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}`) },
  'PATCH /api/contacts/:id': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}`, { method: 'PATCH', body: { name: 'Renamed' } }) },
  'GET /api/contacts/:id/history': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}/history`) },
  'GET /api/contacts/:id/duplicates': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}/duplicates`) },
  // B's contact merged into A's own: it would pull B's conversations over.
  'POST /api/contacts/:id/merge': {
    probe: async (w) => {
      const own = (await asA(w, `/api/conversations/${w.a.conversationId}`)).body.contact.id;
      return asA(w, `/api/contacts/${own}/merge`, { body: { contactId: w.b.contactId } });
    },
  },
  'GET /api/inboxes/:id': { probe: (w) => asA(w, `/api/inboxes/${w.inboxB.id}`) },
  'PATCH /api/inboxes/:id': { probe: (w) => asA(w, `/api/inboxes/${w.inboxB.id}`, { method: 'PATCH', body: { name: 'Mine now' } }) },
  'POST /api/inboxes/:id/connection-test': { probe: (w) => asA(w, `/api/inboxes/${w.inboxB.id}/connection-test`, { method: 'POST' }) },
  'GET /api/messages/:id/email': { probe: (w) => asA(w, `/api/messages/${w.b.messageId}/email`) },
  'POST /api/messages/:id/retry': { probe: (w) => asA(w, `/api/messages/${w.b.messageId}/retry`, { method: 'POST' }) },
  'PATCH /api/quick-replies/:id': { probe: (w) => asA(w, `/api/quick-replies/${w.b.quickReplyId}`, { method: 'PATCH', body: { title: 'Stolen' } }) },
  'DELETE /api/quick-replies/:id': { probe: (w) => asA(w, `/api/quick-replies/${w.b.quickReplyId}`, { method: 'DELETE' }) },
  'PATCH /api/agents/:id': { probe: (w) => asA(w, `/api/agents/${w.opB.id}`, { method: 'PATCH', body: { password: 'taken-over-1' } }) },
  'GET /api/agents/:id': {
    allowed: 'the operator directory (names, status, load) is shared so anyone can transfer; it carries no credentials',
    probe: (w) => asA(w, `/api/agents/${w.opB.id}`),
  },
  'POST /webhooks/telegram/:inboxId': {
    probe: (w) => w.t.api(`/webhooks/telegram/${w.inboxB.id}`, { body: { update_id: 1, message: { message_id: 1, date: 1, chat: { id: 1, type: 'private' }, from: { id: 1, is_bot: false, first_name: 'x' }, text: 'forged' } } }),
  },
  // Channels built on the same conversation: the 24-hour window, templates, calls.
  'GET /api/conversations/:id/window': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/window`) },
  'GET /api/conversations/:id/templates': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/templates`) },
  'POST /api/conversations/:id/template': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/template`, { body: { name: 'hello', language: 'en' } }) },
  // Both must be A's: the conversation, and the line it calls from (B's would be billed to B).
  'POST /api/conversations/:id/call': {
    probe: async (w) => {
      const intoB = await asA(w, `/api/conversations/${w.b.conversationId}/call`, { body: {} });
      const fromB = await asA(w, `/api/conversations/${w.a.conversationId}/call`, { body: { inboxId: w.voiceB.inboxId } });
      return [401, 403, 404].includes(intoB.status) ? fromB : intoB;
    },
  },
  'GET /api/voice/calls/:id/recording': {
    probe: async (w) => {
      const res = await fetch(`${w.t.url}/api/voice/calls/${w.voiceB.callId}/recording`, { headers: { authorization: `Bearer ${w.opA.token}` } });
      return { status: res.status, body: await res.text() };
    },
  },
  'POST /api/voice/token': { probe: (w) => asA(w, '/api/voice/token', { body: { inboxId: w.voiceB.inboxId } }) },
  // B's personal quick reply and its files.
  'POST /api/quick-replies/:id/attachments': {
    probe: async (w) => {
      const form = new FormData();
      form.append('file', new Blob(['x']), 'x.txt');
      const res = await fetch(`${w.t.url}/api/quick-replies/${w.b.quickReplyId}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${w.opA.token}` }, body: form });
      return { status: res.status, body: await res.json() };
    },
  },
  'DELETE /api/quick-replies/:id/attachments/:key': { probe: (w) => asA(w, `/api/quick-replies/${w.b.quickReplyId}/attachments/any-key`, { method: 'DELETE' }) },
  'POST /api/quick-replies/:id/use': { probe: (w) => asA(w, `/api/quick-replies/${w.b.quickReplyId}/use`, { body: { conversationId: w.b.conversationId } }) },
  // Bots: admins only; the bot API takes the bot's own token, never an operator's.
  'GET /api/bots/:id': { probe: (w) => asA(w, `/api/bots/${w.b.botId}`) },
  'PATCH /api/bots/:id': { probe: (w) => asA(w, `/api/bots/${w.b.botId}`, { method: 'PATCH', body: { enabled: false } }) },
  'DELETE /api/bots/:id': { probe: (w) => asA(w, `/api/bots/${w.b.botId}`, { method: 'DELETE' }) },
  'GET /api/bots/:id/versions/:version': { probe: (w) => asA(w, `/api/bots/${w.b.botId}/versions/1`) },
  'POST /api/bots/:id/credentials': { probe: (w) => asA(w, `/api/bots/${w.b.botId}/credentials`, { method: 'POST' }) },
  'GET /api/bots': { exempt: 'admin only' },
  'POST /api/bots': { exempt: 'admin only' },
  'POST /api/bot/conversations/:id/messages': { probe: (w) => asA(w, `/api/bot/conversations/${w.b.conversationId}/messages`, { body: { text: 'injected' } }) },
  'POST /api/bot/conversations/:id/handover': { probe: (w) => asA(w, `/api/bot/conversations/${w.b.conversationId}/handover`, { method: 'POST' }) },
  'GET /api/inboxes/:id/whatsapp': { probe: (w) => asA(w, `/api/inboxes/${w.inboxB.id}/whatsapp`) },
  // Supervision and reports: supervisors and admins; an operator only their own reviews.
  'GET /api/supervision/board': { exempt: 'supervisors only (probed for operators below)' },
  'POST /api/supervision/conversations/:id/whisper': { probe: (w) => asA(w, `/api/supervision/conversations/${w.b.conversationId}/whisper`, { body: { text: 'injected' } }) },
  'POST /api/supervision/conversations/:id/take-over': { probe: (w) => asA(w, `/api/supervision/conversations/${w.b.conversationId}/take-over`, { method: 'POST' }) },
  'POST /api/supervision/conversations/:id/reassign': { probe: (w) => asA(w, `/api/supervision/conversations/${w.b.conversationId}/reassign`, { body: { agentId: w.opA.id } }) },
  'GET /api/reviews/conversations': { exempt: 'supervisors only (probed for operators below)' },
  'GET /api/reviews/conversations/:id': { probe: (w) => asA(w, `/api/reviews/conversations/${w.b.closedConversationId}`) },
  'PUT /api/reviews/conversations/:id/tags': { probe: (w) => asA(w, `/api/reviews/conversations/${w.b.closedConversationId}/tags`, { method: 'PUT', body: { tags: ['x'] } }) },
  'GET /api/reviews/criteria': { exempt: 'supervisors only (probed for operators below)' },
  'PUT /api/reviews/criteria': { exempt: 'supervisors only (probed for operators below)' },
  'POST /api/reviews': { probe: (w) => asA(w, '/api/reviews', { body: { conversationId: w.b.closedConversationId } }) },
  'POST /api/reviews/sample': { exempt: 'supervisors only (probed for operators below)' },
  'GET /api/reviews/mine': { exempt: 'the caller’s own reviews' },
  'GET /api/reviews/:id': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}`) },
  'PATCH /api/reviews/:id': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}`, { method: 'PATCH', body: { summary: 'rewritten' } }) },
  'POST /api/reviews/:id/acknowledge': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}/acknowledge`, { method: 'POST' }) },
  'POST /api/reviews/:id/comments': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}/comments`, { body: { text: 'injected' } }) },
  'DELETE /api/reviews/:id/comments/:commentId': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}/comments/1`, { method: 'DELETE' }) },
  'GET /api/reports/summary': { exempt: 'supervisors only (probed for operators below)' },
  'GET /api/reports/export': { exempt: 'supervisors only (probed for operators below)' },
  'GET /api/reports/service-levels': { exempt: 'supervisors only (probed for operators below)' },
  'PUT /api/reports/service-levels/:inboxId': { probe: (w) => asA(w, `/api/reports/service-levels/${w.inboxB.id}`, { method: 'PUT', body: { thresholdSeconds: 1, targetPercent: 1 } }) },
  // Provider webhooks into B's inbox (a widget inbox): refused, nothing stored (signatures: webhook-signatures spec).
  'GET /webhooks/meta/:inboxId': { probe: (w) => w.t.api(`/webhooks/meta/${w.inboxB.id}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1`) },
  'POST /webhooks/meta/:inboxId': { probe: (w) => w.t.api(`/webhooks/meta/${w.inboxB.id}`, { body: { object: 'whatsapp_business_account', entry: [] } }) },
  'POST /webhooks/twilio/:inboxId/:hook': {
    probe: async (w) => {
      const res = await fetch(`${w.t.url}/webhooks/twilio/${w.inboxB.id}/voice`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'CallSid=CA1&From=%2B4930123456' });
      return { status: res.status, body: await res.text() };
    },
  },
  // Own-data routes: the id is the caller's own, taken from the token.
  'GET /api/auth/me': { exempt: 'the caller’s own account' },
  'PATCH /api/agents/me/status': { exempt: 'the caller’s own status' },
  'POST /api/auth/logout': { exempt: 'the caller’s own status' },
  'GET /api/quick-replies': { exempt: 'filtered to what the caller may use (quick-replies spec)' },
  'POST /api/quick-replies': { exempt: 'creates the caller’s own; team and global scopes need the role (quick-replies spec)' },
  'GET /api/inboxes': { exempt: 'filtered to the caller’s inboxes (checked below)' },
  'GET /api/agents': { exempt: 'the shared operator directory, as GET /api/agents/:id' },
  'GET /api/teams': { exempt: 'team names, shared for transfers' },
  // Admin-only: the role check is the whole answer (probed for operators below).
  'POST /api/agents': { exempt: 'admin only' },
  'POST /api/teams': { exempt: 'admin only' },
  'POST /api/inboxes': { exempt: 'admin only' },
  'POST /api/inboxes/email/connection-test': { exempt: 'admin only, takes no stored id' },
  'GET /api/audit': { exempt: 'admin only' },
  // Public routes with their own key.
  'POST /api/auth/login': { exempt: 'public: credentials' },
  'GET /api/health': { exempt: 'public: no data' },
  'GET /api/attachments/:key/:name': { exempt: 'the 192-bit random key is the capability, handed only to the conversation’s participants' },
  'POST /api/widget/uploads': { exempt: 'the signed visitor token names the uploader; linking someone else’s file is probed on message.send' },
  'GET /csat/:token': { exempt: 'the signed survey token is the key (csat spec)' },
  'POST /csat/:token': { exempt: 'the signed survey token is the key (csat spec)' },
  'GET /demo': { exempt: 'public demo page' },
};
/** A finished conversation of B's with a review of it, and the bot of B's inbox. */
async function reviewedAndBotOfB(t: TestApp, admin: string, inboxB: { id: number; publicKey: string }, opB: { id: number; token: string }) {
  const { conversationId } = await customerWrites(t, inboxB.publicKey, 'B finished');
  await waitFor(() => t.api(`/api/conversations/${conversationId}`, { token: opB.token }), (r) => r.body.conversation?.assigneeId === opB.id, 5000, 'B’s second conversation assigned');
  expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: opB.token })).status).toBe(200);
  const review = await t.api('/api/reviews', { token: admin, body: { conversationId } });
  expect(review.status, JSON.stringify(review.body)).toBeLessThan(300);
  const bot = await t.api('/api/bots', { token: admin, body: { inboxId: inboxB.id, name: 'B bot', kind: 'external', enabled: false, webhookUrl: 'https://bot.example.test/hook' } });
  expect(bot.status, JSON.stringify(bot.body)).toBe(201);
  return { closedConversationId: conversationId, reviewId: review.body.review.id as number, botId: bot.body.bot.id as number };
}

/** Team B's voice inbox (browser calling set up) and a recorded call in B's conversation. */
async function recordedCallOfB(w: World, teamB: number): Promise<World['voiceB']> {
  const voice = await w.t.api('/api/inboxes', {
    token: w.admin,
    body: { type: 'twilio-voice', name: 'B line', teamId: teamB, voice: { phoneNumber: '+4940111333', accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiKeySid: API_KEY_SID, apiKeySecret: API_KEY_SECRET, twimlAppSid: sid('AP', 0xb) } },
  });
  expect(voice.status, JSON.stringify(voice.body)).toBe(201);
  const calls = w.t.app.get(DataSource).getRepository(VoiceCall);
  const call = await calls.save(
    calls.create({ inboxId: voice.body.inbox.id, conversationId: w.b.conversationId, direction: 'in', fromNumber: '+4930555002', toNumber: '+4940111333', state: 'ended', outcome: 'answered', recordingSid: sid('RE', 0xb) }),
  );
  return { inboxId: voice.body.inbox.id, callId: call.id };
}

const isDocs = (route: string) => /^GET \/api\/docs/.test(route);

const SOCKET_EVENTS: Record<'agents' | 'widget', string[]> = {
  agents: ['conversation.watch', 'typing'],
  widget: ['contact.update', 'csat.submit', 'history', 'message.send', 'typing'],
};

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
    w.b = {
      conversationId: b.conversationId,
      contactId: conv.body.contact.id,
      messageId: messages.body.items[0].id,
      attachmentId: (await upload.json()).attachment.id,
      quickReplyId: quickReply.body.quickReply.id,
      visitorToken: b.visitorToken,
      secret,
      ...(await reviewedAndBotOfB(w.t, w.admin, w.inboxB, w.opB)),
    };
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

  it('answers every probe with 403 or 404 and none of B’s data', async () => {
    const outcomes: string[] = [];
    for (const [route, entry] of Object.entries(ROUTES)) {
      if (!('probe' in entry)) continue;
      const res = await entry.probe(w);
      const text = JSON.stringify(res.body);
      const refused = entry.allowed ? res.status === 200 : res.status === 403 || res.status === 404 || res.status === 401;
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

  it('knows every socket event of both namespaces', () => {
    expect(listSocketEvents(w.t.app.get(AgentsGateway))).toEqual(SOCKET_EVENTS.agents);
    expect(listSocketEvents(w.t.app.get(WidgetGateway))).toEqual(SOCKET_EVENTS.widget);
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

  it('keeps every admin route from operators and supervisors', async () => {
    const supervisor = await createOperator(w.t, w.admin, { name: 'Sam', role: 'supervisor' });
    for (const token of [w.opA.token, supervisor.token]) {
      const calls = [
        w.t.api('/api/agents', { token, body: { email: 'x@test.local', name: 'X', password: 'password-123' } }),
        w.t.api('/api/teams', { token, body: { name: 'X' } }),
        w.t.api('/api/inboxes', { token, body: { type: 'webchat', name: 'X' } }),
        w.t.api('/api/inboxes/email/connection-test', { token, body: {} }),
        w.t.api('/api/audit', { token }),
        w.t.api('/api/bots', { token }),
        w.t.api('/api/bots', { token, body: { inboxId: w.inboxA.id, name: 'X', kind: 'external' } }),
      ];
      expect((await Promise.all(calls)).map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    }
  });

  it('keeps every supervisor route from operators', async () => {
    const calls = [
      asA(w, '/api/supervision/board'),
      asA(w, '/api/reviews/conversations'),
      asA(w, '/api/reviews/criteria'),
      asA(w, '/api/reviews/criteria', { method: 'PUT', body: { items: [] } }),
      asA(w, '/api/reviews/sample', { body: { perAgent: 1, days: 7 } }),
      asA(w, '/api/reports/summary'),
      asA(w, '/api/reports/export?table=agents'),
      asA(w, '/api/reports/service-levels'),
    ];
    expect((await Promise.all(calls)).map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
  });
});
