import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_PAUSE_AFTER_FAILURES } from '../src/outgoing-webhooks/webhook-deliveries.service';
import { createOperator, openInbox } from './support/operators';
import { callbackUpdate, createTelegramInbox, eventually, messageUpdate, postUpdate, startTelegramTest, type TelegramTest } from './support/telegram-fixtures';
import { connectSocket, connectVisitor, nextEvent, startTestApp, type TestApp } from './support/test-app';

interface Received {
  id: number;
  event: string;
  body: any;
  raw: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A local receiver that records every delivery and answers with `status()` (200 unless told otherwise). */
class Receiver {
  readonly received: Received[] = [];
  status: (r: Received) => number = () => 200;
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new Receiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = JSON.parse(raw);
        const entry = { id: body.id, event: body.event, body, raw, headers: req.headers };
        receiver.received.push(entry);
        const status = receiver.status(entry);
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'thanks' : 'x'.repeat(2000));
      });
    });
    return receiver;
  }

  of(event: string): Received[] {
    return this.received.filter((r) => r.event === event);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What a receiver does with the header: recompute the HMAC of `t.rawBody`. */
function validSignature(secret: string, r: Received): boolean {
  const header = String(r.headers['x-inbox-signature']);
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  return Boolean(t) && createHmac('sha256', secret).update(`${t}.${r.raw}`).digest('hex') === v1 && Math.abs(Date.now() / 1000 - Number(t)) < 60;
}

const FAST = { WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOKS_RETRY_DELAY_MS: '200' };

describe('outgoing webhooks: a conversation’s life', () => {
  let tt: TelegramTest;
  let receiver: Receiver;
  let notesReceiver: Receiver;
  let inbox: { id: number };
  let telegramSecret: string;
  const CHAT = 7001;

  beforeAll(async () => {
    tt = await startTelegramTest(FAST);
    ({ inbox, secret: telegramSecret } = await createTelegramInbox(tt));
    receiver = await Receiver.start();
    notesReceiver = await Receiver.start();
  });
  afterAll(async () => {
    await tt.close();
    await receiver.close();
    await notesReceiver.close();
  });

  it('sends every event of a Telegram conversation, signed, in order, private notes only where asked', async () => {
    await tt.t.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token: tt.adminToken, body: { automation: { csat: { enabled: true } } } });
    const all = ['conversation.created', 'conversation.assigned', 'conversation.transferred', 'conversation.closed', 'message.created', 'message.updated', 'contact.created', 'csat.submitted'];
    const created = await tt.t.api('/api/webhooks', { token: tt.adminToken, body: { url: receiver.url, events: all } });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    expect(created.body.webhook).toMatchObject({ url: receiver.url, events: all, active: true, includePrivateNotes: false });
    const secret = created.body.secret as string;
    const withNotes = await tt.t.api('/api/webhooks', { token: tt.adminToken, body: { url: notesReceiver.url, events: ['message.created'], includePrivateNotes: true } });
    expect(withNotes.status).toBe(201);

    const opened = nextEvent(tt.operator, 'conversation.created');
    await postUpdate(tt, inbox.id, telegramSecret, messageUpdate(CHAT, 90_001, { text: 'My parcel is late' }));
    const conversationId = (await opened).conversation.id;
    await eventually(async () => (await tt.t.api(`/api/conversations/${conversationId}`, { token: tt.adminToken })).body.conversation.status === 'assigned');
    await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'It ships today.' } });
    await tt.t.api(`/api/conversations/${conversationId}/messages`, { token: tt.adminToken, body: { text: 'Customer sounds upset', private: true } });
    await eventually(async () => receiver.of('message.updated').some((r) => r.body.data.message.text === 'It ships today.' && r.body.data.message.status === 'sent'));
    await tt.t.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: tt.adminToken });
    await eventually(async () => tt.api.callsTo('sendMessage').find((c) => JSON.stringify(c.params).includes(`csat:${conversationId}:`)));
    await postUpdate(tt, inbox.id, telegramSecret, callbackUpdate(CHAT, 'cbq-hook', `csat:${conversationId}:5`));
    await eventually(async () => receiver.of('csat.submitted').length === 1, 10_000);

    // Signed, with the delivery id and event in the headers.
    for (const r of receiver.received) {
      expect(validSignature(secret, r)).toBe(true);
      expect(r.headers['x-inbox-delivery']).toBe(String(r.id));
      expect(r.headers['x-inbox-event']).toBe(r.event);
      expect(r.body).toMatchObject({ version: 1, occurredAt: expect.any(String), data: expect.any(Object) });
    }
    // In order: the conversation's deliveries arrive in the order of their ids, each once.
    const lane = receiver.received.filter((r) => (r.body.data.conversation?.id ?? r.body.data.message?.conversationId) === conversationId);
    expect(lane.map((r) => r.id)).toEqual([...lane.map((r) => r.id)].sort((a, b) => a - b));
    expect(new Set(lane.map((r) => r.id)).size).toBe(lane.length);
    const step = (event: string, match: (r: Received) => boolean = () => true) => lane.findIndex((r) => r.event === event && match(r));
    const steps = [
      step('conversation.created'),
      step('message.created', (r) => r.body.data.message.senderType === 'contact'),
      step('conversation.assigned'),
      step('message.created', (r) => r.body.data.message.text === 'It ships today.'),
      step('message.updated', (r) => r.body.data.message.text === 'It ships today.' && r.body.data.message.status === 'sent'),
      step('conversation.closed'),
      step('message.created', (r) => r.body.data.message.senderType === 'system'),
      step('csat.submitted'),
    ];
    expect(steps.every((i) => i >= 0)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));

    const first = receiver.of('conversation.created')[0].body.data.conversation;
    expect(first).toMatchObject({ id: conversationId, channel: 'telegram', inbox: { id: inbox.id, name: 'Support bot' }, contact: { id: expect.any(Number) }, times: { createdAt: expect.any(String) } });
    expect(receiver.of('conversation.closed')[0].body.data).toMatchObject({ conversation: { status: 'closed', operator: { email: 'admin@test.local' } }, closedBy: { automatic: false, operator: { email: 'admin@test.local' } } });
    expect(receiver.of('csat.submitted')[0].body.data).toMatchObject({ csat: { score: 5, source: expect.any(String) }, conversation: { csat: { score: 5 } } });
    expect(receiver.of('contact.created')).toHaveLength(1);
    expect(receiver.of('message.created').some((r) => r.body.data.message.private)).toBe(false);
    await eventually(async () => notesReceiver.of('message.created').some((r) => r.body.data.message.private && r.body.data.message.text === 'Customer sounds upset'));

    // The log shows the tries, newest first. A try is logged as it is answered; its delivery is marked
    // delivered right after, so the newest may still read pending for a moment.
    const log = await eventually(async () => {
      const answer = await tt.t.api(`/api/webhooks/${created.body.webhook.id}/attempts`, { token: tt.adminToken });
      return answer.body.items.length === receiver.received.length && answer.body.items[0]?.deliveryStatus === 'delivered' && answer;
    });
    expect(log.body.items[0]).toMatchObject({ ok: true, statusCode: 200, responseSnippet: 'thanks', deliveryStatus: 'delivered', latencyMs: expect.any(Number) });
  });

  it('sends the transfer, the contact’s change and merge, the review and the operator’s status, each once', async () => {
    const others = await Receiver.start();
    try {
      const events = ['conversation.transferred', 'contact.updated', 'contact.merged', 'review.created', 'agent.status_changed'];
      expect((await tt.t.api('/api/webhooks', { token: tt.adminToken, body: { url: others.url, events } })).status).toBe(201);
      const conversationOf = async (chat: number) => {
        const opened = nextEvent(tt.operator, 'conversation.created');
        await postUpdate(tt, inbox.id, telegramSecret, messageUpdate(chat, 1, { text: `Hello from ${chat}` }));
        return (await opened).conversation as { id: number; contact: { id: number } };
      };
      const first = await conversationOf(CHAT + 1);
      // The same person on the site's widget: a second contact, in another inbox, to merge.
      const site = await tt.t.api('/api/inboxes', { token: tt.adminToken, body: { type: 'webchat', name: 'Site' } });
      const visitor = await connectVisitor(tt.t.url, site.body.inbox.publicKey);
      const sent = await visitor.socket.emitWithAck('message.send', { text: 'Hi from the site', clientMessageId: randomUUID() });
      visitor.socket.close();
      const second = (await tt.t.api(`/api/conversations/${sent.message.conversationId}`, { token: tt.adminToken })).body.conversation as { id: number; contact: { id: number } };
      await eventually(async () => (await tt.t.api(`/api/conversations/${first.id}`, { token: tt.adminToken })).body.conversation.status === 'assigned');

      const label = await tt.t.api('/api/labels', { token: tt.adminToken, body: { name: 'Refund', color: '#eb5757' } });
      expect((await tt.t.api(`/api/conversations/${first.id}/labels`, { method: 'PUT', token: tt.adminToken, body: { labelIds: [label.body.label.id] } })).status).toBe(200);
      const team = await tt.t.api('/api/teams', { token: tt.adminToken, body: { name: `Billing ${randomUUID().slice(0, 6)}` } });
      expect((await tt.t.api(`/api/conversations/${first.id}/transfer`, { token: tt.adminToken, body: { teamId: team.body.team.id } })).status).toBe(200);
      expect((await tt.t.api(`/api/contacts/${first.contact.id}`, { method: 'PATCH', token: tt.adminToken, body: { name: 'Anna Renamed', email: 'anna@example.com' } })).status).toBe(200);
      // Only the same person's contacts merge: the second gets the same address.
      expect((await tt.t.api(`/api/contacts/${second.contact.id}`, { method: 'PATCH', token: tt.adminToken, body: { email: 'anna@example.com' } })).status).toBe(200);
      expect((await tt.t.api(`/api/contacts/${first.contact.id}/merge`, { token: tt.adminToken, body: { contactId: second.contact.id } })).status).toBeLessThan(300);
      // The site conversation went to the admin (online): closed, it can be reviewed.
      await eventually(async () => (await tt.t.api(`/api/conversations/${second.id}`, { token: tt.adminToken })).body.conversation.status === 'assigned');
      expect((await tt.t.api(`/api/conversations/${second.id}/close`, { method: 'POST', token: tt.adminToken })).status).toBe(200);
      const review = await tt.t.api('/api/reviews', { token: tt.adminToken, body: { conversationId: second.id } });
      const criteria = (await tt.t.api('/api/reviews/criteria', { token: tt.adminToken })).body.items as Array<{ id: number }>;
      expect(review.status, JSON.stringify(review.body)).toBe(201);
      const submitted = await tt.t.api(`/api/reviews/${review.body.review.id}`, { method: 'PATCH', token: tt.adminToken, body: { ratings: [{ criterionId: criteria[0].id, value: 4 }], summary: 'Kind and quick', submit: true } });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      expect((await tt.t.api('/api/agents/me/status', { method: 'PATCH', token: tt.adminToken, body: { status: 'away' } })).status).toBe(200);
      expect((await tt.t.api('/api/agents/me/status', { method: 'PATCH', token: tt.adminToken, body: { status: 'online' } })).status).toBe(200);

      await eventually(async () => events.every((event) => others.of(event).length > 0), 10_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(others.of('conversation.transferred').map((r) => r.body.data)).toEqual([
        expect.objectContaining({ conversation: expect.objectContaining({ id: first.id, priority: 'normal', labels: [{ id: label.body.label.id, name: 'Refund', color: '#eb5757' }] }), transfer: expect.objectContaining({ from: expect.objectContaining({ email: 'admin@test.local' }), to: null, toTeamId: team.body.team.id }) }),
      ]);
      expect(others.of('contact.updated').some((r) => r.body.data.contact.id === first.contact.id && r.body.data.contact.name === 'Anna Renamed')).toBe(true);
      expect(others.of('contact.merged').map((r) => r.body.data)).toEqual([expect.objectContaining({ mergedContactId: second.contact.id, contact: expect.objectContaining({ id: first.contact.id }) })]);
      expect(others.of('review.created').map((r) => r.body.data.review.id)).toEqual([review.body.review.id]);
      expect(others.of('agent.status_changed').map((r) => [r.body.data.operator.status, r.body.data.reason])).toEqual([
        ['away', 'set'],
        ['online', 'set'],
      ]);
      expect(others.received.every((r) => events.includes(r.event))).toBe(true);
    } finally {
      await others.close();
    }
  });
});

describe('outgoing webhooks: retries, pausing, redelivery, test events', () => {
  let t: TestApp;
  let token: string;
  let receiver: Receiver;
  let inboxKey: string;

  beforeAll(async () => {
    t = await startTestApp(FAST);
    token = await t.login();
    receiver = await Receiver.start();
    inboxKey = (await t.api('/api/inboxes', { token })).body.items[0].publicKey;
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const subscribe = async (events: string[]) => {
    const res = await t.api('/api/webhooks', { token, body: { url: receiver.url, events } });
    expect(res.status).toBe(201);
    return res.body.webhook.id as number;
  };

  it('sends a delivery answered 500 once more, with the same id, and redelivers it from the log', async () => {
    const id = await subscribe(['agent.status_changed']);
    let calls = 0;
    receiver.status = () => (++calls === 1 ? 500 : 200);
    await t.api('/api/agents/me/status', { method: 'PATCH', token, body: { status: 'away' } });
    await eventually(async () => receiver.of('agent.status_changed').length === 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const got = receiver.of('agent.status_changed');
    expect(got).toHaveLength(2);
    expect(got[1].id).toBe(got[0].id);
    expect(got[1].raw).toBe(got[0].raw);
    expect(got[0].body.data.operator).toMatchObject({ email: 'admin@test.local', status: 'away' });
    const log = (await t.api(`/api/webhooks/${id}/attempts`, { token })).body.items;
    expect(log.map((a: any) => a.statusCode)).toEqual([200, 500]);
    expect(log[1].responseSnippet).toHaveLength(500);

    const redelivered = await t.api(`/api/webhooks/${id}/deliveries/${got[0].id}/redeliver`, { method: 'POST', token });
    expect(redelivered.status).toBe(202);
    await eventually(async () => receiver.of('agent.status_changed').length === 3);
    expect(receiver.of('agent.status_changed')[2].raw).toBe(got[0].raw);
    expect((await t.api(`/api/webhooks/${id}/attempts`, { token })).body.items[0]).toMatchObject({ manual: true, ok: true, deliveryId: got[0].id });
    expect((await t.api(`/api/webhooks/${id}/deliveries/999999/redeliver`, { method: 'POST', token })).status).toBe(404);

    const test = await t.api(`/api/webhooks/${id}/test`, { method: 'POST', token });
    expect(test.status).toBe(202);
    await eventually(async () => receiver.of('webhook.test').length === 1);
    expect(receiver.of('webhook.test')[0].id).toBe(test.body.deliveryId);
    expect((await t.api(`/api/webhooks/${id}`, { method: 'DELETE', token })).status).toBe(204);
  });

  it(`pauses a webhook after ${WEBHOOK_PAUSE_AFTER_FAILURES} failures in a row, tells admins, and sends what waited once resumed`, async () => {
    const id = await subscribe(['contact.created']);
    receiver.status = () => 500;
    const admin = await connectSocket(`${t.url}/agents`, { token });
    const paused = nextEvent(admin, 'webhook.paused', 20_000);
    const visitors = [];
    for (let i = 0; i < WEBHOOK_PAUSE_AFTER_FAILURES; i++) {
      const visitor = await connectVisitor(t.url, inboxKey);
      await visitor.socket.emitWithAck('message.send', { text: `Hello ${i}`, clientMessageId: randomUUID() });
      visitors.push(visitor);
    }
    expect(await paused).toEqual({ webhookId: id, reason: `${WEBHOOK_PAUSE_AFTER_FAILURES} failed deliveries in a row` });
    const webhook = (await t.api(`/api/webhooks/${id}`, { token })).body.webhook;
    expect(webhook).toMatchObject({ active: false, pausedReason: expect.stringContaining('failed deliveries in a row') });
    const audit = (await t.api(`/api/audit?entityType=webhook&entityId=${id}`, { token })).body.items;
    expect(audit[0]).toMatchObject({ action: 'webhook.pause', actorId: null });

    const before = receiver.received.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.received.length).toBe(before);
    receiver.status = () => 200;
    const resumed = await t.api(`/api/webhooks/${id}`, { method: 'PATCH', token, body: { active: true } });
    expect(resumed.body.webhook).toMatchObject({ active: true, pausedReason: null, consecutiveFailures: 0 });
    // Every delivery that failed before the pause (or was waiting) gets through, once, when it is answered 200.
    const failed = new Set(receiver.of('contact.created').map((r) => r.id));
    await eventually(async () => [...failed].every((deliveryId) => receiver.received.slice(before).some((r) => r.id === deliveryId)), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = receiver.received.slice(before).map((r) => r.id);
    expect(new Set(after).size).toBe(after.length);
    for (const visitor of visitors) visitor.socket.close();
    admin.close();
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const post = (body: unknown) => t.api('/api/webhooks', { token, body });
    const refused = async (body: unknown) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      return res.body.message as string;
    };
    expect(await refused({ url: 'ftp://example.com/x', events: ['contact.created'] })).toBe('url must be an http(s) URL');
    expect(await refused({ url: 'https://user:pw@example.com/x', events: ['contact.created'] })).toBe('url must not carry a user name or password');
    expect(await refused({ url: receiver.url, events: ['contact.deleted'] })).toMatch(/^events must each be one of: conversation.created/);
    expect(await refused({ url: receiver.url, events: [] })).toBe('events must name at least one event');
    expect(await refused({ url: receiver.url, events: ['contact.created'], includePrivateNotes: 'yes' })).toMatch(/^includePrivateNotes/);
    expect(await refused({ events: ['contact.created'] })).toMatch(/^url /);
    expect((await t.api('/api/webhooks/999999', { method: 'PATCH', token, body: { active: true } })).status).toBe(404);
  });
});

describe('outgoing webhooks: an operator whose connection stays gone', () => {
  let t: TestApp;
  let token: string;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await startTestApp({ ...FAST, OFFLINE_GRACE_SECONDS: '1' });
    token = await t.login();
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('sends agent.status_changed when the grace after a closed inbox ends, saying why', async () => {
    expect((await t.api('/api/webhooks', { token, body: { url: receiver.url, events: ['agent.status_changed'] } })).status).toBe(201);
    const operator = await createOperator(t, token, { name: 'Olga' });
    const tab = await openInbox(t, operator);
    await eventually(async () => receiver.of('agent.status_changed').length === 1);
    tab.close();
    await eventually(async () => receiver.of('agent.status_changed').length === 2, 10_000);
    expect(receiver.of('agent.status_changed').map((r) => [r.body.data.operator.id, r.body.data.operator.status, r.body.data.reason])).toEqual([
      [operator.id, 'online', 'set'],
      [operator.id, 'offline', 'disconnected'],
    ]);
  });
});

describe('outgoing webhooks without WEBHOOKS_ALLOW_PRIVATE', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login();
  });
  afterAll(() => t.close());

  it.each([
    ['http://127.0.0.1:9/hook', 'loopback'],
    ['http://localhost:9/hook', 'loopback'],
    ['http://[::1]:9/hook', 'loopback'],
    ['http://169.254.169.254/latest/meta-data', 'link-local'],
    ['http://10.0.0.5/hook', 'private'],
    ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
  ])('refuses %s (%s) with a 400 naming url', async (url, why) => {
    const res = await t.api('/api/webhooks', { token, body: { url, events: ['contact.created'] } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(new RegExp(`^url: .*${why}`));
    expect(res.body.message).toContain('WEBHOOKS_ALLOW_PRIVATE');
  });
});
