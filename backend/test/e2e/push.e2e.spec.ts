import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { customerWrites, waitFor } from '../support/operators';
import { browserKeys, PushStandIn } from '../support/push-stand-in';
import { startTestApp } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn, setStatusInUi, until } from './pages';

const pushService = await new PushStandIn().start();
const keys = browserKeys();
const endpoint = pushService.endpoint('browser', keys);

/**
 * A push notification received by a subscribed page. Chromium's own push
 * service cannot be reached here, so the page's PushManager hands out a
 * subscription on the local stand-in (with keys the test holds); the rest is
 * real: the page's request, the server's VAPID-signed encrypted post
 * (checked and decrypted by the stand-in), and the service worker's display
 * of that payload, delivered to it through DevTools as a push.
 */
describe('push notifications in Chromium', () => {
  const suite = useBrowserSuite(() => startTestApp({ PUSH_TEST_ORIGIN: pushService.origin }));
  afterAll(() => pushService.close());

  it('an operator turns push on; a new conversation reaches the browser and the service worker shows it unless an inbox tab is focused', async () => {
    const { app, adminToken } = suite;
    expect((await app.api('/api/agents', { token: adminToken, body: { name: 'Vira Push', email: 'vira@test.local', password: 'vira-password-1', maxChats: 5 } })).status).toBe(201);
    // Installable: the page names its manifest, whose icons are there as PNG files.
    const manifest = (await (await fetch(`${app.url}/manifest.webmanifest`)).json()) as { start_url: string; display: string; icons: Array<{ src: string; sizes: string; type: string }> };
    expect(manifest).toMatchObject({ start_url: '/#/inbox', display: 'standalone' });
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of pngs) {
      const res = await fetch(`${app.url}${icon.src}`);
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png']);
      expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    }
    const { context, page } = await suite.newContext({ width: 1280, height: 800 });
    await context.grantPermissions(['notifications'], { origin: app.url });
    // The stand-in subscription, and the key the page subscribes with, for the test to check.
    await context.addInitScript(
      ({ endpoint, p256dh, auth }) => {
        let current: PushSubscription | null = null;
        PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
          const key = new Uint8Array(options?.applicationServerKey as ArrayBuffer);
          (window as unknown as { subscribedWith: unknown }).subscribedWith = { userVisibleOnly: options?.userVisibleOnly, key: btoa(String.fromCharCode(...key)) };
          current = { endpoint, toJSON: () => ({ endpoint, keys: { p256dh, auth } }), unsubscribe: async () => ((current = null), true) } as unknown as PushSubscription;
          return current;
        };
        PushManager.prototype.getSubscription = async () => current;
      },
      { endpoint, p256dh: keys.p256dh, auth: keys.auth },
    );
    await logIn(page, app.url, 'vira@test.local', 'vira-password-1');
    await setStatusInUi(page, 'online', 'Online');
    expect(await page.locator('link[rel=manifest]').getAttribute('href')).toBe('/manifest.webmanifest');
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

    // Settings → Notifications: on for this device.
    await page.goto(`${app.url}/#/settings/notifications`);
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/push-subscriptions') && r.method() === 'POST');
    await page.locator('[data-push-on]').click();
    expect((await sent).postDataJSON()).toEqual({ endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth }, locale: 'en' });
    await page.locator('[data-push-off]').waitFor();
    const { publicKey } = (await app.api('/api/push-subscriptions/settings', { token: await app.login('vira@test.local', 'vira-password-1') })).body;
    const subscribedWith = (await page.evaluate(() => (window as unknown as { subscribedWith: { userVisibleOnly: boolean; key: string } }).subscribedWith))!;
    expect(subscribedWith.userVisibleOnly).toBe(true);
    expect(Buffer.from(subscribedWith.key, 'base64').toString('base64url')).toBe(publicKey);
    await page.locator('[data-push-events]').waitFor();
    await page.screenshot({ path: join(RESULTS, 'push-settings.png') });

    // A customer writes: the server posts to the stand-in, signed with the key the page subscribed with.
    const demoKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const { conversationId } = await customerWrites(app, demoKey, 'My card was charged twice');
    const [push] = await waitFor(async () => pushService.to('browser'), (list) => list.length >= 1, 10_000, 'a push at the stand-in');
    expect(pushService.refused).toEqual([]);
    expect(push.vapidKey).toBe(publicKey);
    expect(push.payload).toEqual({ title: 'New conversation for you', body: `Conversation #${conversationId}`, url: `/#/inbox/${conversationId}`, tag: `assigned:${conversationId}` });

    // The service worker gets that payload as a push (DevTools' ServiceWorker.deliverPushMessage).
    const cdp = await context.newCDPSession(page);
    const registrations: string[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: list }) => registrations.push(...list.filter((r) => !r.isDeleted).map((r) => r.registrationId)));
    await cdp.send('ServiceWorker.enable');
    const registrationId = await until('the service worker registration', async () => registrations[0]);
    const deliver = () => cdp.send('ServiceWorker.deliverPushMessage', { origin: app.url, registrationId, data: JSON.stringify(push.payload) });
    const shown = () => worker.evaluate(async () => (await (self as unknown as ServiceWorkerGlobalScope).registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url })));

    // With the inbox focused the page speaks for itself: no notification.
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
    await deliver();
    await new Promise((r) => setTimeout(r, 500));
    expect(await shown()).toEqual([]);

    // The inbox tab left (headless Chromium keeps every tab focused, so leaving stands for a tab in the background): it shows.
    await page.goto('about:blank');
    await deliver();
    const notes = await until('a notification shown', async () => {
      const list = await shown();
      return list.length ? list : null;
    });
    expect(notes).toEqual([{ title: 'New conversation for you', body: `Conversation #${conversationId}`, tag: `assigned:${conversationId}`, url: `/#/inbox/${conversationId}` }]);
  }, 180_000);
});
