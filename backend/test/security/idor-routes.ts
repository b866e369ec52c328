import { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { VoiceCall } from '../../src/channels/voice/voice-call.entity';
import { waitFor, customerWrites } from '../support/operators';
import type { TestApp } from '../support/test-app';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID, AUTH_TOKEN, type FakeTwilioApi, sid } from '../support/voice-fixtures';

/**
 * The IDOR suite's table: for every route, how operator A probes it with
 * team B's ids (or why it takes none), and the world of teams A and B the
 * probes run in (idor.spec.ts).
 */

export interface World {
  t: TestApp;
  admin: string;
  opA: { id: number; token: string };
  opB: { id: number; token: string };
  /** Of no team: mentioned in a note of B's closed conversation. */
  bella: { id: number; token: string };
  inboxA: { id: number; publicKey: string };
  inboxB: { id: number; publicKey: string };
  /** Team B's phone line, with a recorded call in B's conversation. */
  voiceB: { inboxId: number; callId: number };
  twilio: FakeTwilioApi;
  /** B's conversation, its contact, its first message, B's file, B's personal quick reply and macro, a mention of B. */
  b: { conversationId: number; contactId: number; messageId: number; attachmentId: number; quickReplyId: number; macroId: number; visitorToken: string; secret: string; botId: number; closedConversationId: number; reviewId: number; webhookId: number; mentionId: number };
  a: { conversationId: number; visitorToken: string };
}

type Probe = (w: World) => Promise<{ status: number; body: unknown }>;

/** Each route: how operator A tries to reach B's data through it, or why it takes no id of anyone's. */
export type Entry = { probe: Probe; allowed?: string } | { exempt: string };

const teamOfB = async (w: World): Promise<number> => (await w.t.api(`/api/agents/${w.opB.id}`, { token: w.admin })).body.agent.teams[0].id;

export const asA = (w: World, path: string, init: { method?: string; body?: unknown } = {}) => w.t.api(path, { ...init, token: w.opA.token });

export const ROUTES: Record<string, Entry> = {
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
  'PATCH /api/conversations/:id': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}`, { method: 'PATCH', body: { priority: 'urgent' } }) },
  'PUT /api/conversations/:id/labels': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/labels`, { method: 'PUT', body: { labelIds: [] } }) },
  'POST /api/conversations/:id/snooze': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/snooze`, { body: { mode: 'until-customer-writes' } }) },
  'POST /api/conversations/:id/unsnooze': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/unsnooze`, { method: 'POST' }) },
  'POST /api/conversations/:id/macros/:macroId/preview': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/macros/${w.b.macroId}/preview`, { method: 'POST' }) },
  'POST /api/conversations/:id/macros/:macroId/run': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/macros/${w.b.macroId}/run`, { body: {} }) },
  'PATCH /api/macros/:id': { probe: (w) => asA(w, `/api/macros/${w.b.macroId}`, { method: 'PATCH', body: { name: 'Stolen' } }) },
  'DELETE /api/macros/:id': { probe: (w) => asA(w, `/api/macros/${w.b.macroId}`, { method: 'DELETE' }) },
  'PATCH /api/conversations/:id/attributes': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/attributes`, { method: 'PATCH', body: { attributes: {} } }) },
  'POST /api/conversations/:id/transfer': { probe: (w) => asA(w, `/api/conversations/${w.b.conversationId}/transfer`, { body: { agentId: w.opA.id } }) },
  'GET /api/conversations': { probe: (w) => asA(w, `/api/conversations?view=queue&inboxId=${w.inboxB.id}`) },
  'GET /api/search': {
    probe: (w) => asA(w, `/api/search?q=${encodeURIComponent(w.b.secret)}`),
    allowed: 'results come only from the caller’s inboxes and conversations: B’s words find nothing of B’s',
  },
  'GET /api/contacts/:id': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}`) },
  'PATCH /api/contacts/:id': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}`, { method: 'PATCH', body: { name: 'Renamed' } }) },
  'PATCH /api/contacts/:id/attributes': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}/attributes`, { method: 'PATCH', body: { attributes: {} } }) },
  'GET /api/contacts/:id/history': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}/history`) },
  'DELETE /api/contacts/:id/block': { probe: (w) => asA(w, `/api/contacts/${w.b.contactId}/block`, { method: 'DELETE' }) },
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
  // Outgoing webhooks belong to no team: an admin's, probed with the one the admin made.
  'GET /api/webhooks': { exempt: 'admin only' },
  'POST /api/webhooks': { exempt: 'admin only' },
  'GET /api/webhooks/:id': { probe: (w) => asA(w, `/api/webhooks/${w.b.webhookId}`) },
  'PATCH /api/webhooks/:id': { probe: (w) => asA(w, `/api/webhooks/${w.b.webhookId}`, { method: 'PATCH', body: { active: false } }) },
  'DELETE /api/webhooks/:id': { probe: (w) => asA(w, `/api/webhooks/${w.b.webhookId}`, { method: 'DELETE' }) },
  'POST /api/webhooks/:id/secret': { probe: (w) => asA(w, `/api/webhooks/${w.b.webhookId}/secret`, { method: 'POST' }) },
  'GET /api/webhooks/:id/attempts': { probe: (w) => asA(w, `/api/webhooks/${w.b.webhookId}/attempts`) },
  'POST /api/webhooks/:id/test': { probe: (w) => asA(w, `/api/webhooks/${w.b.webhookId}/test`, { method: 'POST' }) },
  'POST /api/webhooks/:id/deliveries/:deliveryId/redeliver': { probe: (w) => asA(w, `/api/webhooks/${w.b.webhookId}/deliveries/1/redeliver`, { method: 'POST' }) },
  'POST /api/bots': { exempt: 'admin only' },
  // Automation rules: admins only; they belong to no team, so any id will do and an operator reaches none.
  'GET /api/automation-rules': { exempt: 'admin only' },
  'POST /api/automation-rules': { exempt: 'admin only' },
  'POST /api/automation-rules/try': { exempt: 'admin only' },
  'GET /api/automation-rules/:id': { probe: (w) => asA(w, '/api/automation-rules/1') },
  'GET /api/automation-rules/:id/versions': { probe: (w) => asA(w, '/api/automation-rules/1/versions') },
  'PATCH /api/automation-rules/:id': { probe: (w) => asA(w, '/api/automation-rules/1', { method: 'PATCH', body: { active: false } }) },
  'DELETE /api/automation-rules/:id': { probe: (w) => asA(w, '/api/automation-rules/1', { method: 'DELETE' }) },
  'POST /api/bots/preview': { exempt: 'admin only, stores nothing' },
  'POST /api/bot/conversations/:id/messages': { probe: (w) => asA(w, `/api/bot/conversations/${w.b.conversationId}/messages`, { body: { text: 'injected' } }) },
  'POST /api/bot/conversations/:id/handover': { probe: (w) => asA(w, `/api/bot/conversations/${w.b.conversationId}/handover`, { method: 'POST' }) },
  'GET /api/inboxes/:id/whatsapp': { probe: (w) => asA(w, `/api/inboxes/${w.inboxB.id}/whatsapp`) },
  // Supervision and reports: supervisors and admins; an operator only their own reviews.
  'GET /api/supervision/board': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'POST /api/supervision/conversations/:id/whisper': { probe: (w) => asA(w, `/api/supervision/conversations/${w.b.conversationId}/whisper`, { body: { text: 'injected' } }) },
  'POST /api/supervision/conversations/:id/take-over': { probe: (w) => asA(w, `/api/supervision/conversations/${w.b.conversationId}/take-over`, { method: 'POST' }) },
  'POST /api/supervision/conversations/:id/reassign': { probe: (w) => asA(w, `/api/supervision/conversations/${w.b.conversationId}/reassign`, { body: { agentId: w.opA.id } }) },
  'GET /api/reviews/conversations': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'GET /api/reviews/conversations/:id': { probe: (w) => asA(w, `/api/reviews/conversations/${w.b.closedConversationId}`) },
  'PUT /api/reviews/conversations/:id/tags': { probe: (w) => asA(w, `/api/reviews/conversations/${w.b.closedConversationId}/tags`, { method: 'PUT', body: { tags: ['x'] } }) },
  'GET /api/reviews/criteria': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'PUT /api/reviews/criteria': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'POST /api/reviews': { probe: (w) => asA(w, '/api/reviews', { body: { conversationId: w.b.closedConversationId } }) },
  'POST /api/reviews/sample': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'GET /api/reviews/mine': { exempt: 'the caller’s own reviews' },
  'GET /api/reviews/:id': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}`) },
  'PATCH /api/reviews/:id': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}`, { method: 'PATCH', body: { summary: 'rewritten' } }) },
  'POST /api/reviews/:id/acknowledge': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}/acknowledge`, { method: 'POST' }) },
  'POST /api/reviews/:id/comments': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}/comments`, { body: { text: 'injected' } }) },
  'DELETE /api/reviews/:id/comments/:commentId': { probe: (w) => asA(w, `/api/reviews/${w.b.reviewId}/comments/1`, { method: 'DELETE' }) },
  'GET /api/reports/summary': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'GET /api/reports/export': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'GET /api/reports/service-levels': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'GET /api/reports/sla': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'GET /api/sla/at-risk': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'GET /api/sla-policies': { exempt: 'supervisors only (the authorization matrix probes operators)' },
  'POST /api/sla-policies': { exempt: 'admin only' },
  // SLA policies belong to no team: any id will do, and an operator may change none.
  'PATCH /api/sla-policies/:id': { probe: (w) => asA(w, '/api/sla-policies/1', { method: 'PATCH', body: { name: 'Ours' } }) },
  'DELETE /api/sla-policies/:id': { probe: (w) => asA(w, '/api/sla-policies/1', { method: 'DELETE' }) },
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
  'GET /api/mentions': { exempt: 'the caller’s own mentions (mentions spec; B’s mention is not among A’s, checked below)' },
  'POST /api/mentions/:id/read': { probe: (w) => asA(w, `/api/mentions/${w.b.mentionId}/read`, { method: 'POST' }) },
  'PATCH /api/agents/me/status': { exempt: 'the caller’s own status' },
  'GET /api/push-subscriptions/settings': { exempt: 'the caller’s own browsers and choice (push spec)' },
  'POST /api/push-subscriptions': { exempt: 'subscribes a browser for the caller; an endpoint taken over leaves its old owner (push spec)' },
  'DELETE /api/push-subscriptions': { exempt: 'removes only the caller’s own (push spec: another operator’s endpoint stays)' },
  'PUT /api/push-subscriptions/events': { exempt: 'the caller’s own choice' },
  'POST /api/auth/logout': { exempt: 'the caller’s own status' },
  'GET /api/quick-replies': { exempt: 'filtered to what the caller may use (quick-replies spec)' },
  'POST /api/quick-replies': { exempt: 'creates the caller’s own; team and global scopes need the role (quick-replies spec)' },
  'GET /api/macros': { exempt: 'filtered to what the caller may run or change (macros spec)' },
  'POST /api/macros': { exempt: 'creates the caller’s own; team and shared scopes need the role (macros spec)' },
  'GET /api/inboxes': { exempt: 'filtered to the caller’s inboxes (checked below)' },
  'GET /api/agents': { exempt: 'the shared operator directory, as GET /api/agents/:id' },
  'GET /api/teams': { exempt: 'team names, shared for transfers' },
  'GET /api/labels': { exempt: 'the label catalogue, shared by every operator for pickers and filters (labels spec)' },
  'POST /api/labels': { exempt: 'admin only' },
  // Labels belong to no team: any id will do, and an operator may change none.
  'PATCH /api/labels/:id': { probe: (w) => asA(w, '/api/labels/1', { method: 'PATCH', body: { color: '#000000' } }) },
  'DELETE /api/labels/:id': { probe: (w) => asA(w, '/api/labels/1', { method: 'DELETE' }) },
  'GET /api/attribute-definitions': { exempt: 'the attribute definitions, shared by every operator for panels and filters (attributes spec)' },
  'POST /api/attribute-definitions': { exempt: 'admin only' },
  // Definitions belong to no team: any id will do, and an operator may change none.
  'PATCH /api/attribute-definitions/:id': { probe: (w) => asA(w, '/api/attribute-definitions/1', { method: 'PATCH', body: { label: 'Ours' } }) },
  'DELETE /api/attribute-definitions/:id': { probe: (w) => asA(w, '/api/attribute-definitions/1', { method: 'DELETE' }) },
  // Admin-only: the role check is the whole answer (the authorization matrix probes operators).
  'POST /api/agents': { exempt: 'admin only' },
  'POST /api/teams': { exempt: 'admin only' },
  'PATCH /api/teams/:id': { probe: async (w) => asA(w, `/api/teams/${await teamOfB(w)}`, { method: 'PATCH', body: { name: 'Ours now' } }) },
  'DELETE /api/teams/:id': { probe: async (w) => asA(w, `/api/teams/${await teamOfB(w)}`, { method: 'DELETE' }) },
  'POST /api/inboxes': { exempt: 'admin only' },
  'POST /api/inboxes/email/connection-test': { exempt: 'admin only, takes no stored id' },
  'GET /api/audit': { exempt: 'admin only' },
  'GET /api/api-tokens': { exempt: 'admin only' },
  'POST /api/api-tokens': { exempt: 'admin only' },
  'DELETE /api/api-tokens/:id': {
    probe: async (w) => {
      const { token } = (await w.t.api('/api/api-tokens', { token: w.admin, body: { name: 'B’s integration', scopes: ['read'], teamIds: [await teamOfB(w)] } })).body;
      return asA(w, `/api/api-tokens/${token.id}`, { method: 'DELETE' });
    },
  },
  // Public routes with their own key.
  'POST /api/auth/login': { exempt: 'public: credentials' },
  'GET /api/health': { exempt: 'public: no data' },
  'GET /api/attachments/:key/:name': { exempt: 'the 192-bit random key is the capability, handed only to the conversation’s participants' },
  'POST /api/widget/uploads': { exempt: 'the signed visitor token names the uploader; linking someone else’s file is probed on message.send' },
  'GET /csat/:token': { exempt: 'the signed survey token is the key (csat spec)' },
  'POST /csat/:token': { exempt: 'the signed survey token is the key (csat spec)' },
  'GET /demo': { exempt: 'public demo page' },
};
/** A finished conversation of B's with a review of it, the bot of B's inbox, and an admin's outgoing webhook. */
export async function reviewedAndBotOfB(t: TestApp, admin: string, inboxB: { id: number; publicKey: string }, opB: { id: number; token: string }) {
  const { conversationId } = await customerWrites(t, inboxB.publicKey, 'B finished');
  await waitFor(() => t.api(`/api/conversations/${conversationId}`, { token: opB.token }), (r) => r.body.conversation?.assigneeId === opB.id, 5000, 'B’s second conversation assigned');
  expect((await t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: opB.token })).status).toBe(200);
  const review = await t.api('/api/reviews', { token: admin, body: { conversationId } });
  expect(review.status, JSON.stringify(review.body)).toBeLessThan(300);
  const bot = await t.api('/api/bots', { token: admin, body: { inboxId: inboxB.id, name: 'B bot', kind: 'external', enabled: false, webhookUrl: 'https://bot.example.test/hook' } });
  expect(bot.status, JSON.stringify(bot.body)).toBe(201);
  // A public address given as such: no name to resolve, and nothing is ever sent (no review is submitted here).
  const webhook = await t.api('/api/webhooks', { token: admin, body: { url: 'https://93.184.216.34/hook', events: ['review.created'] } });
  expect(webhook.status, JSON.stringify(webhook.body)).toBe(201);
  return { closedConversationId: conversationId, reviewId: review.body.review.id as number, botId: bot.body.bot.id as number, webhookId: webhook.body.webhook.id as number };
}

/** Team B's voice inbox (browser calling set up) and a recorded call in B's conversation. */
export async function recordedCallOfB(w: World, teamB: number): Promise<World['voiceB']> {
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
