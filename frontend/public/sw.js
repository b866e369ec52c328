/* global self, caches */
/**
 * The operator app's service worker (registered by main.ts in production
 * builds only). It keeps the app shell — the page and its hashed script and
 * style files — so the installed app opens without a network; it never
 * touches API answers, sockets or uploads. It also shows Web Push
 * notifications (docs/operators.md).
 */
const SHELL_CACHE = 'inbox-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(['/'])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL_CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The page itself: the network first (a new release shows at once), the kept copy when offline. */
async function page(request) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put('/', response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match('/');
    if (kept) return kept;
    throw error;
  }
}

/** Files under /assets/ have their content's hash in the name: a kept copy is always right. */
async function asset(request) {
  const cache = await caches.open(SHELL_CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && (url.pathname === '/' || url.pathname === '/index.html')) event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});

/**
 * Whether to show a push: not while the operator has the inbox focused in a
 * tab (the page shows its own alerts then). Chromium does not insist on a
 * notification for a push while a tab of the site is visible.
 */
async function anyFocused() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return windows.some((client) => client.focused);
}

/** The server's payload: `{ title, body, url, tag }` (backend/src/push/push-rules.ts). */
async function showPush(data) {
  if (await anyFocused()) return;
  await self.registration.showNotification(data.title, {
    body: data.body,
    tag: data.tag,
    icon: '/icon-192.png',
    badge: '/icon-192.png',
    data: { url: data.url },
  });
}

/** The push's JSON, or null for one without a readable payload (nothing to show). */
function payloadOf(event) {
  try {
    return event.data ? event.data.json() : null;
  } catch {
    return null;
  }
}

self.addEventListener('push', (event) => {
  const data = payloadOf(event);
  if (data && typeof data.title === 'string') event.waitUntil(showPush(data));
});

/** A click opens the conversation: in a tab of the app already open, or a new one. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? '/#/inbox', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) return open.navigate(url).then((client) => (client ?? open).focus());
      return self.clients.openWindow(url);
    }),
  );
});
