import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RULE_CHAIN_MAX_DEPTH } from '../src/automation-rules/rule-chain.policy';
import { conversation, createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { startTestApp, type TestApp } from './support/test-app';

type Event = { type: string; actorId: number | null; data: Record<string, unknown> | null };
type Message = { text: string; private: boolean; senderType: string; payload: Record<string, unknown> | null };

describe('automation rules', () => {
  let t: TestApp;
  let admin: string;
  let support: { id: number };
  let sales: { id: number };
  let inbox: { id: number; publicKey: string };
  let holder: { id: number; token: string; name: string };
  let hot: number;
  let cold: number;
  let receiver: Server;
  const received: Array<{ body: { event: string; data: Record<string, any> }; signature: string }> = [];
  let webhookId: number;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'false', WEBHOOKS_ALLOW_PRIVATE: 'true' });
    admin = await t.login();
    [support, sales] = await Promise.all(['Support', 'Sales'].map(async (name) => (await t.api('/api/teams', { token: admin, body: { name } })).body.team));
    inbox = (await t.api('/api/inboxes', { token: admin, body: { type: 'webchat', name: 'Shop', teamId: support.id } })).body.inbox;
    holder = await createOperator(t, admin, { name: 'Hanna Holder', teamIds: [support.id], maxChats: 50 });
    sockets.push(await openInbox(t, holder));
    [hot, cold] = await Promise.all(
      [['Hot', '#eb5757'], ['Cold', '#2f80ed']].map(async ([name, color]) => (await t.api('/api/labels', { token: admin, body: { name, color } })).body.label.id as number),
    );
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')), signature: String(req.headers['x-inbox-signature']) });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    // Subscribed to something else: a rule's webhook goes to it all the same.
    const hook = await t.api('/api/webhooks', { token: admin, body: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, events: ['agent.status_changed'] } });
    webhookId = hook.body.webhook.id;
  });
  afterEach(async () => {
    for (const r of (await t.api('/api/automation-rules', { token: admin })).body.items) await t.api(`/api/automation-rules/${r.id}`, { method: 'DELETE', token: admin });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    receiver.close();
    await t.close();
  });

  const createRule = async (body: Record<string, unknown>) => {
    const res = await t.api('/api/automation-rules', { token: admin, body: { conditions: { match: 'all', items: [] }, ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.rule as { id: number; version: number };
  };
  const events = async (id: number): Promise<Event[]> => (await t.api(`/api/conversations/${id}/events`, { token: admin })).body.items;
  const ruleActions = async (id: number) => (await events(id)).filter((e) => e.type === 'rule_action');
  const messages = async (id: number): Promise<Message[]> => (await t.api(`/api/conversations/${id}/messages`, { token: admin })).body.items;
  const settle = () => new Promise((r) => setTimeout(r, 400));
  const newConversation = async (text: string) => {
    const { conversationId, visitorToken } = await customerWrites(t, inbox.publicKey, text);
    await waitFor(() => conversation(t, admin, conversationId), (c) => c?.assigneeId === holder.id, 5000, 'assigned to the holder');
    return { id: conversationId, visitorToken };
  };
  const waitForActions = (id: number, count: number) => waitFor(() => ruleActions(id), (a) => a.length >= count, 5000, `${count} rule actions`);

  it('answers 400 naming the condition or action and its field', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ name: 'x', event: 'message.sent', actions: [{ type: 'close' }] }, /^event must be one of: conversation\.created/],
      [{ name: 'x', event: 'message.customer', conditions: { match: 'all', items: [{ field: 'country', op: 'is', values: ['Spain'] }] }, actions: [{ type: 'close' }] }, /conditions\.items\[0\]\.values must be 1 to 50 two-letter country codes/],
      [{ name: 'x', event: 'message.customer', conditions: { match: 'every', items: [] }, actions: [{ type: 'close' }] }, /conditions\.match must be one of: all, any/],
      [{ name: 'x', event: 'message.customer', actions: [{ type: 'add-note', text: 'ok' }, { type: 'send-webhook' }] }, /actions\[1\]\.webhookId must be a webhook id/],
      [{ name: 'x', event: 'message.customer', actions: [{ type: 'send-message', text: 'Hi {{contact.nmae}}' }] }, /actions\[0\]\.text uses unknown variable/],
      [{ name: '', event: 'message.customer', actions: [{ type: 'close' }] }, /name must not be empty/],
    ];
    for (const [body, message] of cases) {
      const res = await t.api('/api/automation-rules', { token: admin, body: { conditions: { match: 'all', items: [] }, ...body } });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(String(res.body.message), JSON.stringify(body)).toMatch(message);
    }
  });

  it('keeps every version of a rule and audits each change', async () => {
    const rule = await createRule({ name: 'Tag hot leads', event: 'message.customer', actions: [{ type: 'add-labels', labelIds: [hot] }] });
    expect(rule.version).toBe(1);
    const changed = await t.api(`/api/automation-rules/${rule.id}`, { method: 'PATCH', token: admin, body: { name: 'Tag hot leads (EU)', active: false } });
    expect(changed.body.rule).toMatchObject({ version: 2, name: 'Tag hot leads (EU)', active: false, actions: [{ type: 'add-labels', labelIds: [hot] }] });
    const versions = (await t.api(`/api/automation-rules/${rule.id}/versions`, { token: admin })).body.items;
    expect(versions.map((v: { version: number; name: string; active: boolean }) => [v.version, v.name, v.active])).toEqual([
      [2, 'Tag hot leads (EU)', false],
      [1, 'Tag hot leads', true],
    ]);
    const audit = (await t.api('/api/audit', { token: admin })).body.items as Array<{ action: string; entityType: string; entityId: number }>;
    expect(audit.filter((a) => a.entityType === 'automation-rule' && a.entityId === rule.id).map((a) => a.action)).toEqual(['automation-rule.update', 'automation-rule.create']);
  });

  it('runs on a real customer message: each action done and logged as the rule’s, with nothing done when the conditions do not hold', async () => {
    const rule = await createRule({
      name: 'Refunds are hot',
      event: 'message.customer',
      conditions: { match: 'all', items: [{ field: 'text', op: 'matches-words', values: ['refund'] }, { field: 'channel', op: 'is', values: ['webchat'] }] },
      actions: [
        { type: 'add-labels', labelIds: [hot, cold] },
        { type: 'remove-labels', labelIds: [cold] },
        { type: 'set-priority', priority: 'high' },
        { type: 'add-note', text: 'Refund asked by {{contact.name | a guest}}' },
        { type: 'send-message', text: 'We have your refund request, {{contact.name | there}}.' },
      ],
    });
    const quiet = await newConversation('Just saying hello');
    const { id } = await newConversation('I want a REFUND please');
    const actions = await waitForActions(id, 5);
    expect(actions.map((a) => [a.actorId, a.data?.ruleId, a.data?.version, a.data?.event, a.data?.action])).toEqual([
      [null, rule.id, 1, 'message.customer', 'add-labels'],
      [null, rule.id, 1, 'message.customer', 'remove-labels'],
      [null, rule.id, 1, 'message.customer', 'set-priority'],
      [null, rule.id, 1, 'message.customer', 'add-note'],
      [null, rule.id, 1, 'message.customer', 'send-message'],
    ]);
    const log = await events(id);
    expect(log.filter((e) => e.type === 'prioritised')).toEqual([expect.objectContaining({ actorId: null, data: { from: 'normal', to: 'high' } })]);
    const after = await conversation(t, admin, id);
    expect(after.priority).toBe('high');
    expect(after.labels.map((l: { id: number }) => l.id)).toEqual([hot]);
    const written = (await messages(id)).filter((m) => m.senderType === 'system');
    expect(written.map((m) => [m.private, m.text, m.payload?.automatic])).toEqual([
      [true, 'Refund asked by a guest', 'rule'],
      [false, 'We have your refund request, there.', 'rule'],
    ]);
    await settle();
    expect(await ruleActions(quiet.id)).toEqual([]);
    expect((await conversation(t, admin, quiet.id)).priority).toBe('normal');
  });

  it('runs the rules of an event in their order, and a rule that stops the others stops them', async () => {
    const second = await createRule({ name: 'Second', event: 'conversation.created', position: 20, actions: [{ type: 'add-note', text: 'second' }] });
    const first = await createRule({ name: 'First', event: 'conversation.created', position: 10, actions: [{ type: 'add-note', text: 'first' }] });
    const a = await newConversation('Order check one');
    await waitForActions(a.id, 2);
    expect((await messages(a.id)).filter((m) => m.private).map((m) => m.text)).toEqual(['first', 'second']);

    await t.api(`/api/automation-rules/${first.id}`, { method: 'PATCH', token: admin, body: { stopsOthers: true } });
    const b = await newConversation('Order check two');
    await waitForActions(b.id, 1);
    await settle();
    expect((await ruleActions(b.id)).map((e) => e.data?.ruleId)).toEqual([first.id]);
    expect(second.id).not.toBe(first.id);
  });

  it('does not trigger a rule with its own action, however often the event comes back', async () => {
    // Every transfer is sent on to Sales, which is itself a transfer: without protection it would never end.
    const rule = await createRule({ name: 'Everything to Sales', event: 'conversation.transferred', actions: [{ type: 'assign', teamId: sales.id }] });
    const { id } = await newConversation('Please pass me on');
    expect((await t.api(`/api/conversations/${id}/transfer`, { token: holder.token, body: { teamId: support.id } })).status).toBe(200);
    await waitForActions(id, 1);
    await settle();
    await settle();
    expect((await ruleActions(id)).map((e) => e.data?.ruleId)).toEqual([rule.id]);
    expect((await events(id)).filter((e) => e.type === 'transferred').map((e) => [e.actorId, e.data?.teamId])).toEqual([
      [holder.id, support.id],
      [null, sales.id],
    ]);
    expect((await conversation(t, admin, id)).teamId).toBe(sales.id);
  });

  it('stops a chain of rules triggering one another at the depth limit', async () => {
    // Each transfer raises the next; each rule stops the others, so one rule acts per step of the chain.
    const ids: number[] = [];
    for (const [i, teamId] of [sales.id, support.id, sales.id, support.id].entries()) {
      ids.push((await createRule({ name: `Bounce ${i + 1}`, event: 'conversation.transferred', position: i, stopsOthers: true, actions: [{ type: 'assign', teamId }] })).id);
    }
    const { id } = await newConversation('Bounce me around');
    expect((await t.api(`/api/conversations/${id}/transfer`, { token: holder.token, body: { teamId: support.id } })).status).toBe(200);
    await waitForActions(id, 3);
    await settle();
    await settle();
    expect((await ruleActions(id)).map((e) => e.data?.ruleId)).toEqual(ids.slice(0, RULE_CHAIN_MAX_DEPTH));
  });

  it('routes a new conversation by a rule before the router gives it to anyone', async () => {
    await createRule({
      name: 'Affiliates to Sales',
      event: 'conversation.created',
      conditions: { match: 'any', items: [{ field: 'text', op: 'contains', values: ['affiliate'] }, { field: 'country', op: 'is', values: ['ES'] }] },
      actions: [{ type: 'assign', teamId: sales.id }],
    });
    const { conversationId } = await customerWrites(t, inbox.publicKey, 'I come from the affiliate program');
    await waitForActions(conversationId, 1);
    await settle();
    // Nobody of Sales is online: it waits in their queue, and was never the Support holder's.
    expect(await conversation(t, admin, conversationId)).toMatchObject({ status: 'queued', teamId: sales.id, assigneeId: null });
    expect((await events(conversationId)).map((e) => e.type)).not.toContain('assigned');
  });

  it('snoozes, assigns, closes, and sends a signed webhook', async () => {
    // On assignment: only an assigned conversation can be snoozed (the customer's last message is the text looked at).
    await createRule({ name: 'Snooze greetings', event: 'conversation.assigned', conditions: { match: 'any', items: [{ field: 'text', op: 'contains', values: ['snooze me'] }] }, actions: [{ type: 'snooze', mode: 'for', minutes: 30 }] });
    await createRule({
      name: 'Report and close',
      event: 'message.customer',
      conditions: { match: 'any', items: [{ field: 'text', op: 'contains', values: ['bye now'] }] },
      actions: [{ type: 'send-webhook', webhookId }, { type: 'close' }],
    });
    const snoozed = await newConversation('Please snooze me');
    expect((await waitForActions(snoozed.id, 1)).map((e) => e.data?.error ?? null)).toEqual([null]);
    expect((await conversation(t, admin, snoozed.id)).status).toBe('snoozed');

    const closing = await newConversation('OK bye now');
    expect((await waitForActions(closing.id, 2)).map((e) => e.data?.error ?? null)).toEqual([null, null]);
    expect((await conversation(t, admin, closing.id)).status).toBe('closed');
    const hook = await waitFor(async () => received.find((r) => r.body.event === 'automation.rule'), Boolean, 5000, 'the rule’s webhook');
    expect(hook?.body.data).toMatchObject({ rule: { name: 'Report and close', version: 1 }, conversation: { id: closing.id } });
    expect(hook?.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    const operator = await createOperator(t, admin, { name: 'Otto Other', teamIds: [sales.id], maxChats: 5 });
    sockets.push(await openInbox(t, operator));
    await createRule({ name: 'VIPs to Otto', event: 'message.customer', conditions: { match: 'all', items: [{ field: 'text', op: 'contains', values: ['vip'] }] }, actions: [{ type: 'assign', agentId: operator.id }] });
    const vip = await customerWrites(t, inbox.publicKey, 'I am VIP');
    await waitForActions(vip.conversationId, 1);
    expect((await conversation(t, admin, vip.conversationId)).assigneeId).toBe(operator.id);
  });

  it('marks spam: closed without goodbye, auto-close message or survey, the contact blocked', async () => {
    const automation = { goodbye: { enabled: true, text: { en: 'Bye!' } }, autoClose: { enabled: true, afterMinutes: 600, text: { en: 'Closing' } }, csat: { enabled: true } };
    await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: admin, body: { automation } });
    try {
      await createRule({ name: 'Spam', event: 'message.customer', conditions: { match: 'all', items: [{ field: 'text', op: 'contains', values: ['cheap pills'] }] }, actions: [{ type: 'mark-spam' }] });
      const { id, visitorToken } = await newConversation('Hello there');
      // The operator answered, so any other close would bring the survey.
      expect((await t.api(`/api/conversations/${id}/messages`, { token: holder.token, body: { text: 'Hello, how can I help?' } })).status).toBe(201);
      await customerWrites(t, inbox.publicKey, 'Buy cheap pills', visitorToken);
      await waitForActions(id, 1);
      await settle();
      const c = await conversation(t, admin, id);
      expect(c.status).toBe('closed');
      expect((await events(id)).find((e) => e.type === 'closed')).toMatchObject({ actorId: null, data: { reason: 'spam' } });
      expect((await messages(id)).filter((m) => m.senderType === 'system')).toEqual([]);
      const [contact] = await t.app.get(DataSource).query('SELECT blockedAt FROM contacts WHERE id = ?', [c.contact.id]);
      expect(contact.blockedAt).not.toBeNull();
      // Blocked: the next message is kept in the closed conversation and opens nothing.
      const again = await customerWrites(t, inbox.publicKey, 'Hello? Cheap pills!', visitorToken);
      expect(again.conversationId).toBe(id);
      await settle();
      expect((await conversation(t, admin, id)).status).toBe('closed');
      expect((await messages(id)).map((m) => m.text)).toContain('Hello? Cheap pills!');
      const [{ open }] = await t.app.get(DataSource).query("SELECT COUNT(*) AS open FROM conversations WHERE contactId = ? AND status <> 'closed'", [c.contact.id]);
      expect(Number(open)).toBe(0);
      expect((await conversation(t, admin, id)).contact.id).toBe(c.contact.id);
      expect((await t.api(`/api/contacts/${c.contact.id}`, { token: admin })).body.contact.blockedAt).not.toBeNull();

      // Unblocked (supervisors and admins): the customer is heard again.
      expect((await t.api(`/api/contacts/${c.contact.id}/block`, { method: 'DELETE', token: holder.token })).status).toBe(403);
      const unblocked = await t.api(`/api/contacts/${c.contact.id}/block`, { method: 'DELETE', token: admin });
      expect(unblocked.body.contact.blockedAt).toBeNull();
      expect((await customerWrites(t, inbox.publicKey, 'Sorry, a real question now', visitorToken)).conversationId).not.toBe(id);
    } finally {
      await t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: admin, body: { automation: { goodbye: null, autoClose: null, csat: null } } });
    }
  });

  it('tries a rule on the last conversations without doing anything', async () => {
    const { id } = await newConversation('Is there a discount for me?');
    const count = async () => {
      const [row] = await t.app.get(DataSource).query(
        'SELECT (SELECT COUNT(*) FROM conversation_events) AS events, (SELECT COUNT(*) FROM messages) AS messages, (SELECT COUNT(*) FROM conversation_labels) AS labels, (SELECT COUNT(*) FROM webhook_deliveries) AS deliveries',
      );
      const rows = await t.app.get(DataSource).query('SELECT id, status, priority, assigneeId, teamId FROM conversations ORDER BY id');
      return JSON.stringify({ row, rows });
    };
    const before = await count();
    const tried = await t.api('/api/automation-rules/try', {
      token: admin,
      body: {
        name: 'Discounts',
        event: 'message.customer',
        conditions: { match: 'all', items: [{ field: 'text', op: 'contains', values: ['DISCOUNT'] }] },
        actions: [{ type: 'add-labels', labelIds: [hot] }, { type: 'send-message', text: 'Hi {{contact.name | there}}, see our offers' }, { type: 'send-webhook', webhookId }, { type: 'close' }],
      },
    });
    expect(tried.status).toBe(200);
    expect(tried.body.checked).toBeGreaterThan(5);
    expect(tried.body.matched.map((m: { conversationId: number }) => m.conversationId)).toEqual([id]);
    expect(tried.body.matched[0].steps.map((s: { labelNames: string[]; text: string | null }) => [s.labelNames, s.text])).toEqual([
      [['Hot'], null],
      [[], 'Hi there, see our offers'],
      [[], null],
      [[], null],
    ]);
    await settle();
    expect(await count()).toBe(before);
  });
});
