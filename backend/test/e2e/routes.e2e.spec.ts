import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, connectVisitor, type TestApp } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { auditPage } from './page-audit';
import { logIn, until } from './pages';

/**
 * Every route of the app, as admin, supervisor and operator, in English,
 * Russian and Ukrainian, at a desktop (1280 × 800) and a phone (390 × 844)
 * size, on a floor with conversations in it: fails on console errors, failed
 * requests, untranslated keys, English units in Russian or Ukrainian, text
 * overflowing or cut off by its box (a select's chosen text included), text
 * running off the side of the screen, text on text, chart labels covered by a
 * shape or run into each other, text squeezed into a narrow column, and a
 * list in a table cell not level with its row — at both sizes: below 768 px
 * the inbox shows one pane at a time, the top bar's links go into a menu,
 * the settings' sections into a strip above the page, and the floor's and
 * the reports' tables become stacked cards. A viewport screenshot of each
 * visit goes to test-results/routes/ (not committed; CI keeps them as
 * artifacts of its run).
 */

const ROOT = resolve(__dirname, '../../..');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const LANGS = ['en', 'ru', 'uk'] as const;
const PASSWORD = 'person-password-1';

/** The router's route names, read from its source, so a new route cannot be left out of the walk. */
function routerNames(): string[] {
  const source = readFileSync(join(ROOT, 'frontend/src/app/router.ts'), 'utf8');
  return [...source.matchAll(/path: '[^']*', name: '([\w-]+)'/g)].map((m) => m[1]).sort();
}

function leafKeys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('every route, role, language and size in Chromium', () => {
  const suite = useBrowserSuite();
  let app: TestApp;
  let keys: string[];
  const visitors: Socket[] = [];
  const people = { admin: ADMIN.email, supervisor: '', operator: '' };
  /** Route name → hash path, with the ids of the seeded conversations. */
  let paths: Record<string, string>;

  beforeAll(async () => {
    app = suite.app;
    const token = suite.adminToken;
    // A non-literal path: the locale is the frontend's, read at run time.
    const enPath = join(ROOT, 'frontend/src/locales/en.ts');
    keys = leafKeys((await import(enPath)).default);
    for (const role of ['supervisor', 'operator'] as const) {
      // Letters before the random hex: an address like supervisor-55218d@ reads as a duration with an English unit ("55218d").
      people[role] = `${role}-walk${randomUUID().slice(0, 6)}@test.local`;
      const res = await app.api('/api/agents', { token, body: { name: role === 'operator' ? 'Olena Operator' : 'Sam Supervisor', email: people[role], password: PASSWORD, role: role === 'operator' ? 'agent' : 'supervisor', maxChats: 4 } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const operatorToken = await app.login(people.operator, PASSWORD);
    const inbox = (await app.api('/api/inboxes', { token })).body.items[0];
    await app.api(`/api/inboxes/${inbox.id}`, { method: 'PATCH', token, body: { automation: { csat: { enabled: true } } } });
    await app.api('/api/agents/me/status', { method: 'PATCH', token: operatorToken, body: { status: 'online' } });
    // A service level, so the lists, the dialog, the floor and the reports show what it adds.
    expect((await app.api('/api/sla-policies', { token, body: { name: 'Chat desk', firstResponseSeconds: 600, resolutionSeconds: 86_400 } })).status).toBe(201);

    // Two customers write: one is answered, closed and rated; the other waits on the operator.
    const conversations: number[] = [];
    for (const text of ['Where is my parcel? It was due on Monday.', 'Can I change the delivery address?', 'Do you ship to Lviv?']) {
      const { socket } = await connectVisitor(app.url, inbox.publicKey);
      visitors.push(socket);
      const ack = await socket.emitWithAck('message.send', { text, clientMessageId: randomUUID() });
      conversations.push(ack.message.conversationId);
    }
    const [closed, open] = conversations;
    await until('both conversations assigned', async () => {
      const states = await Promise.all(conversations.map(async (id) => (await app.api(`/api/conversations/${id}`, { token })).body.conversation.status));
      return states.every((s) => s === 'assigned');
    });
    await app.api(`/api/conversations/${closed}/messages`, { token: operatorToken, body: { text: 'It left our warehouse this morning.' } });
    await app.api(`/api/conversations/${closed}/close`, { method: 'POST', token: operatorToken });
    await until('the survey', async () => (await visitors[0].emitWithAck('csat.submit', { conversationId: closed, score: 5, comment: 'Quick and kind, thank you' })).csatScore === 5);

    paths = {
      login: '/login',
      inbox: `/inbox/${open}`,
      mentions: '/mentions',
      'supervision-board': '/supervision/board',
      'supervision-reviews': '/supervision/reviews',
      'supervision-review': `/supervision/reviews/${closed}`,
      'supervision-reports': '/supervision/reports',
      'settings-macros': '/settings/macros',
      'settings-notifications': '/settings/notifications',
      'my-reviews': '/my-reviews',
      'admin-inboxes': '/admin/inboxes',
      'admin-operators': '/admin/operators',
      'admin-teams': '/admin/teams',
      'admin-inbox-widget': `/admin/inboxes/${inbox.id}/widget`,
      'admin-labels': '/admin/labels',
      'admin-sla-policies': '/admin/sla-policies',
      'admin-attributes': '/admin/attributes',
      'admin-quick-replies': '/admin/quick-replies',
      'admin-bots': '/admin/bots',
      'admin-automation-rules': '/admin/automation-rules',
      'admin-integrations': '/admin/integrations',
    };
  });

  afterAll(() => {
    for (const v of visitors) v.close();
  });

  it('walks the router’s every route', () => {
    expect(Object.keys(paths).sort()).toEqual(routerNames());
  });

  /** Console errors and failed requests of a page, collected from its events since the last take(). */
  function watch(page: Page) {
    let found: string[] = [];
    let inFlight = 0;
    let lastActivity = Date.now();
    const ignore = (url: string) => url.startsWith('data:');
    page.on('console', (m) => m.type() === 'error' && found.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => found.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (ignore(r.url())) return;
      inFlight++;
      lastActivity = Date.now();
    });
    const finished = () => {
      inFlight = Math.max(0, inFlight - 1);
      lastActivity = Date.now();
    };
    page.on('requestfinished', async (r) => {
      finished();
      const status = (await r.response())?.status() ?? 0;
      if (status >= 400) found.push(`request failed: ${r.method()} ${r.url().replace(app.url, '')} → ${status}`);
    });
    // A long poll cut by the socket's upgrade or a page reload is not a failure.
    page.on('requestfailed', (r) => {
      finished();
      if (!(r.failure()?.errorText === 'net::ERR_ABORTED' && r.url().includes('/socket.io/'))) found.push(`request failed: ${r.method()} ${r.url().replace(app.url, '')} (${r.failure()?.errorText})`);
    });
    return {
      take() {
        const taken = found;
        found = [];
        return taken;
      },
      /** No request for 300 ms (the route's data came and was drawn), then two frames. */
      async settled() {
        await until('the page settles', async () => inFlight === 0 && Date.now() - lastActivity > 300, 15_000);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      },
    };
  }

  async function visit(page: Page, events: ReturnType<typeof watch>, where: string, lang: string, go: () => Promise<unknown>) {
    await go();
    await events.settled();
    // Charts draw with an animation; their final layout is what is checked.
    if (await page.locator('[data-chart]').count()) await page.waitForTimeout(1200);
    await page.screenshot({ path: join(RESULTS, 'routes', `${where.replace(/\W+/g, '_')}.jpeg`), type: 'jpeg', quality: 70 });
    const problems = [...events.take(), ...(await auditPage(page, { translatedUnits: lang !== 'en', keys }))];
    return problems.map((p) => `${where}: ${p}`);
  }

  /** Before logging in: the login page, and the demo site a customer sees. */
  async function walkAnonymous(size: (typeof SIZES)[number]): Promise<{ problems: string[]; visits: number }> {
    const { page } = await suite.newContext({ width: size.width, height: size.height });
    const events = watch(page);
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`${app.url}/#/login`);
      await page.evaluate((l) => localStorage.setItem('inbox.locale', l), lang);
      problems.push(...(await visit(page, events, `anonymous ${lang} ${size.width} login`, lang, () => page.reload())));
    }
    problems.push(...(await visit(page, events, `anonymous en ${size.width} demo`, 'en', () => page.goto(`${app.url}/demo`))));
    await page.context().close();
    return { problems, visits: LANGS.length + 1 };
  }

  async function walkAs(role: keyof typeof people, size: (typeof SIZES)[number]): Promise<{ problems: string[]; visits: number }> {
    const { page } = await suite.newContext({ width: 1280, height: 800 });
    const events = watch(page);
    const problems: string[] = [];
    let visits = 0;
    await logIn(page, app.url, people[role], role === 'admin' ? ADMIN.password : PASSWORD);
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const lang of LANGS) {
      await page.evaluate((l) => localStorage.setItem('inbox.locale', l), lang);
      await page.reload();
      for (const [name, path] of Object.entries(paths)) {
        // What the router sends elsewhere (settings for admins, supervision for supervisors) is not theirs to see.
        if (name === 'login' || (name.startsWith('admin-') && role !== 'admin') || (name.startsWith('supervision-') && role === 'operator')) continue;
        const where = `${role} ${lang} ${size.width} ${name}`;
        problems.push(...(await visit(page, events, where, lang, () => page.evaluate((p) => (location.hash = `#${p}`), path))));
        visits++;
      }
    }
    await page.context().close();
    return { problems, visits };
  }

  it('finds no problem on any route', async () => {
    mkdirSync(join(RESULTS, 'routes'), { recursive: true });
    const started = Date.now();
    // The walks side by side, each in a browser context of its own: a visit mostly waits for its page to settle.
    const walks = await Promise.all([
      ...SIZES.map((size) => walkAnonymous(size)),
      ...(Object.keys(people) as Array<keyof typeof people>).flatMap((role) => SIZES.map((size) => walkAs(role, size))),
    ]);
    const visits = walks.reduce((sum, walk) => sum + walk.visits, 0);
    console.log(`route walk: ${visits} visits in ${Math.round((Date.now() - started) / 1000)} s`);
    expect(walks.flatMap((walk) => walk.problems)).toEqual([]);
  }, 600_000);
});
