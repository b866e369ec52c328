import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import { PushSubscription } from '../src/push/push-subscription.entity';
import { PushService } from '../src/push/push.service';
import { createOperator, customerWrites, openInbox, waitFor } from './support/operators';
import { browserKeys, PushStandIn } from './support/push-stand-in';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Web Push end to end against a local push service stand-in: subscriptions
 * are validated, a customer's message in an operator's conversation reaches
 * their browser VAPID-signed and encrypted for its keys, the operator's
 * choice of events holds, and a subscription the service calls gone is deleted.
 */
describe('web push', () => {
  let t: TestApp;
  let admin: string;
  let inboxKey: string;
  let operator: { id: number; token: string; name: string };
  const pushService = new PushStandIn();
  const keys = browserKeys();

  beforeAll(async () => {
    await pushService.start();
    t = await startTestApp({ PUSH_TEST_ORIGIN: pushService.origin, VAPID_SUBJECT: 'mailto:ops@example.com' });
    admin = await t.login();
    inboxKey = (await t.api('/api/inboxes', { token: admin })).body.items[0].publicKey;
    operator = await createOperator(t, admin, { name: 'Nadia Push' });
    await openInbox(t, operator);
  });
  afterAll(async () => {
    await t?.close();
    await pushService.close();
  });

  const subscribe = (token: string, body: unknown) => t.api('/api/push-subscriptions', { token, body });

  it('generates the VAPID pair into DATA_DIR on the first start and hands out its public key', async () => {
    const settings = await t.api('/api/push-subscriptions/settings', { token: operator.token });
    expect(settings.status).toBe(200);
    const kept = JSON.parse(readFileSync(join(t.config.dataDir, 'vapid-keys.json'), 'utf8')) as { publicKey: string };
    expect(settings.body).toEqual({ publicKey: kept.publicKey, events: ['assigned', 'mention', 'customer-message', 'sla-warning'], subscribed: false });
    expect(Buffer.from(kept.publicKey, 'base64url')).toHaveLength(65);
  });

  it('refuses a subscription that is not an https push service or has bad keys, naming the field', async () => {
    const good = { endpoint: pushService.endpoint('x'), keys: { p256dh: keys.p256dh, auth: keys.auth }, locale: 'en' };
    const cases: Array<[unknown, RegExp]> = [
      [{ ...good, endpoint: 'http://169.254.169.254/latest' }, /endpoint must be an https URL/],
      [{ ...good, endpoint: 'nonsense' }, /endpoint must be a URL/],
      [{ ...good, keys: { p256dh: 'not base64!', auth: keys.auth } }, /keys\.p256dh must be base64url/],
      [{ ...good, keys: { p256dh: keys.p256dh } }, /keys\.auth/],
      [{ ...good, locale: 'de' }, /locale must be one of en, ru, uk/],
    ];
    for (const [body, message] of cases) {
      const res = await subscribe(operator.token, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(message);
    }
    expect((await t.api('/api/push-subscriptions/events', { method: 'PUT', token: operator.token, body: { events: ['everything'] } })).status).toBe(400);
  });

  it('sends a customer’s message in the operator’s conversation, VAPID-signed and encrypted for the browser', async () => {
    const endpoint = pushService.endpoint('nadia', keys);
    const res = await subscribe(operator.token, { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth }, locale: 'uk' });
    expect(res.status).toBe(201);
    expect((await t.api(`/api/push-subscriptions/settings?endpoint=${encodeURIComponent(endpoint)}`, { token: operator.token })).body.subscribed).toBe(true);

    const { conversationId, visitorToken } = await customerWrites(t, inboxKey, 'Hello');
    const assigned = await waitFor(async () => pushService.to('nadia'), (list) => list.length >= 1, 5000, 'the assignment push');
    expect(assigned[0].payload).toEqual({ title: 'Новий діалог для вас', body: `Діалог №${conversationId}`, url: `/#/inbox/${conversationId}`, tag: `assigned:${conversationId}` });
    await customerWrites(t, inboxKey, 'Where is my parcel?', visitorToken);
    const both = await waitFor(async () => pushService.to('nadia'), (list) => list.length >= 2, 5000, 'the message push');
    const push = both[1];
    expect(push.payload).toMatchObject({ body: 'Where is my parcel?', url: `/#/inbox/${conversationId}`, tag: `customer-message:${conversationId}` });
    expect(push.vapidKey).toBe((await t.api('/api/push-subscriptions/settings', { token: operator.token })).body.publicKey);
    expect(push.claims.aud).toBe(pushService.origin);
    expect(push.claims.sub).toBe('mailto:ops@example.com');
    expect(push.claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(push.headers.ttl).toBe('86400');
    expect(push.headers.urgency).toBe('high');
    expect(pushService.refused).toEqual([]);
  });

  it('sends only the events the operator chose', async () => {
    const chosen = await t.api('/api/push-subscriptions/events', { method: 'PUT', token: operator.token, body: { events: ['mention', 'assigned'] } });
    expect(chosen.body.events).toEqual(['assigned', 'mention']);
    const before = pushService.to('nadia').length;
    const { conversationId, visitorToken } = await customerWrites(t, inboxKey, 'One more question');
    await waitFor(async () => pushService.to('nadia'), (list) => list.length > before, 5000, 'the assignment push');
    await customerWrites(t, inboxKey, 'Are you there?', visitorToken);
    await new Promise((r) => setTimeout(r, 500));
    expect(pushService.to('nadia').map((p) => (p.payload as { tag: string }).tag).slice(before)).toEqual([`assigned:${conversationId}`]);
    await t.api('/api/push-subscriptions/events', { method: 'PUT', token: operator.token, body: { events: ['assigned', 'mention', 'customer-message', 'sla-warning'] } });
  });

  it('deletes a subscription the push service calls gone (410), and lets an operator remove only their own', async () => {
    const other = await createOperator(t, admin, { name: 'Other Operator', online: false });
    const gone = browserKeys();
    const endpoint = pushService.endpoint('gone', gone);
    expect((await subscribe(operator.token, { endpoint, keys: { p256dh: gone.p256dh, auth: gone.auth }, locale: 'en' })).status).toBe(201);
    expect((await t.api('/api/push-subscriptions', { method: 'DELETE', token: other.token, body: { endpoint } })).status).toBe(204);
    const settingsUrl = `/api/push-subscriptions/settings?endpoint=${encodeURIComponent(endpoint)}`;
    expect((await t.api(settingsUrl, { token: operator.token })).body.subscribed).toBe(true);

    pushService.answer('gone', 410);
    await customerWrites(t, inboxKey, 'Anyone?');
    await waitFor(async () => (await t.api(settingsUrl, { token: operator.token })).body.subscribed, (s) => s === false, 5000, 'the gone subscription deleted');
    expect(pushService.to('gone').length).toBeGreaterThanOrEqual(1);
    // The browser that still works keeps its subscription; the operator removes it themselves.
    const nadia = pushService.endpoint('nadia');
    expect((await t.api('/api/push-subscriptions', { method: 'DELETE', token: operator.token, body: { endpoint: nadia } })).status).toBe(204);
    expect((await t.api(`/api/push-subscriptions/settings?endpoint=${encodeURIComponent(nadia)}`, { token: operator.token })).body.subscribed).toBe(false);
    expect(existsSync(join(t.config.dataDir, 'vapid-keys.json'))).toBe(true);
  });

  it('reads every operator\'s subscriptions with one statement for a burst of notifications, not one per operator', async () => {
    const repository = t.app.get(DataSource).getRepository(PushSubscription);
    const reads = [vi.spyOn(repository, 'find'), vi.spyOn(repository, 'findBy'), vi.spyOn(repository, 'findOne')];
    try {
      // A change through this process empties the cache.
      await t.api('/api/push-subscriptions/events', { method: 'PUT', token: operator.token, body: { events: ['assigned', 'mention', 'customer-message', 'sla-warning'] } });
      const push = t.app.get(PushService);
      for (const agentId of Array.from({ length: 300 }, (_, i) => 1_000_000 + i)) await push.notify([agentId], 'assigned', 1, null, null);
      await push.notify([operator.id], 'mention', 1, 'Someone', 'look');
      expect(reads.map((read) => read.mock.calls.length)).toEqual([1, 0, 0]);
    } finally {
      for (const read of reads) read.mockRestore();
    }
  });
});
