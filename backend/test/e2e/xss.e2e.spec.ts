import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailBody } from '../../src/channels/email/email-body.entity';
import { Inbox } from '../../src/channels/inbox.entity';
import { InboundService } from '../../src/channels/inbound.service';
import { INBOX_CSP } from '../../src/common/security-headers';
import { ensureFrontendBuilt, launchChromium, requireChromium } from './browser';
import { connectVisitor, startTestApp, type TestApp } from '../support/test-app';

/**
 * Stored XSS, checked where it would hurt: payloads in customers'
 * messages, contact names, e-mail subjects, senders and HTML, and an
 * uploaded SVG, opened by an operator in the real inbox in Chromium. Every
 * payload tries to call alert() and set a flag on the page's window;
 * neither may happen, and the page's Content-Security-Policy reports no
 * violation (nothing inline tried to run, and the app itself needs nothing
 * the policy forbids).
 */


const payload = (n: number) => [
  `<img src=x onerror="window.__xss=${n};alert(${n})">`,
  `<script>window.__xss=${n};alert(${n})</script>`,
  `<svg onload="window.__xss=${n};alert(${n})"></svg>`,
  `<a href="javascript:window.__xss=${n};alert(${n})">click</a>`,
  `"><iframe srcdoc="<script>parent.__xss=${n}</script>"></iframe>`,
  `{{constructor.constructor('window.__xss=${n};alert(${n})')()}}`,
].join(' ');
/** For fields of at most 200 characters (names). */
const shortPayload = (n: number) => `<img src=x onerror="window.__xss=${n};alert(${n})"><svg onload="alert(${n})">`;

describe('stored XSS in the operator inbox (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const visitors: Socket[] = [];
  let emailConversationId: number;

  beforeAll(async () => {
    requireChromium();
    ensureFrontendBuilt();
    app = await startTestApp();
    const admin = await app.login();
    await app.api('/api/agents/me/status', { method: 'PATCH', token: admin, body: { status: 'online' } });

    // A widget customer with a hostile name writes hostile messages.
    const inboxKey = (await app.api('/api/inboxes', { token: admin })).body.items[0].publicKey as string;
    const visitor = await connectVisitor(app.url, inboxKey);
    visitors.push(visitor.socket);
    expect((await visitor.socket.emitWithAck('contact.update', { name: shortPayload(1) })).contact).toBeTruthy();
    for (const n of [2, 3]) expect((await visitor.socket.emitWithAck('message.send', { text: payload(n), clientMessageId: randomUUID() })).message).toBeTruthy();
    const form = new FormData();
    form.append('file', new Blob([`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(4)"><script>alert(4)</script></svg>`], { type: 'image/svg+xml' }), 'evil.svg');
    const upload = await fetch(`${app.url}/api/widget/uploads`, { method: 'POST', headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitor.session.visitorToken }, body: form });
    const attachment = (await upload.json()).attachment;
    expect((await visitor.socket.emitWithAck('message.send', { text: 'my file', clientMessageId: randomUUID(), attachments: [attachment.id] })).message).toBeTruthy();

    // An e-mail whose subject, sender and HTML are hostile. The HTML is stored unsanitized here, as if
    // the sanitizer had missed everything: the sandboxed frame must hold on its own.
    const db = app.app.get(DataSource);
    const emailInbox = await db.getRepository(Inbox).save(db.getRepository(Inbox).create({ type: 'email', name: 'Mail', publicKey: `xss-${randomUUID()}` }));
    const stored = await app.app.get(InboundService).receiveMessage(emailInbox, {
      type: 'message',
      externalId: `<${randomUUID()}@evil.example>`,
      sender: { externalId: 'evil@evil.example', name: shortPayload(5), email: 'evil@evil.example' },
      kind: 'text',
      text: payload(6),
      attachments: [],
      sentAt: new Date(),
      payload: { subject: payload(7), references: [], from: { address: 'evil@evil.example', name: shortPayload(8) }, hasHtml: true },
    });
    emailConversationId = stored.message.conversationId;
    await db.getRepository(EmailBody).save({ messageId: stored.message.id, html: `${payload(9)}<p>Visible part of the mail</p><form action="/api/auth/login"><input name=x></form>`, text: 'plain' });

    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  }, 180_000);

  afterAll(async () => {
    for (const v of visitors) v.close();
    await browser?.close();
    await app?.close();
  });

  const flags = () => page.evaluate(() => ({ xss: (window as unknown as { __xss?: number }).__xss ?? null, violations: (window as unknown as { __violations: string[] }).__violations }));

  it('serves the inbox with its strict Content-Security-Policy', async () => {
    const res = await fetch(`${app.url}/`);
    expect(res.headers.get('content-security-policy')).toBe(INBOX_CSP);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('shows hostile names and messages as text and runs none of them', async () => {
    await page.goto(`${app.url}/`);
    await page.locator('[data-login-form] input[name=email]').fill('admin@test.local');
    await page.locator('[data-login-form] input[name=password]').fill('admin-password-1');
    await page.locator('[data-login-form] button[type=submit]').click();
    const row = page.locator('.conv-list [role=option]').first();
    await row.waitFor({ timeout: 15_000 });
    for (const option of await page.locator('.conv-list [role=option]').all()) {
      await option.click();
      await page.locator('.msg').first().waitFor();
    }
    // The payload is on screen, literally.
    await expect.poll(() => page.locator('.msg.in', { hasText: 'onerror="window.__xss=2' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.msg img[src=x], .msg svg[onload], .msg script').count()).toBe(0);
    expect(await flags()).toEqual({ xss: null, violations: [] });
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('shows a hostile e-mail, its original HTML included, without running it', async () => {
    await page.goto(`${app.url}/#/inbox/${emailConversationId}`);
    const mail = page.locator('[data-email]').first();
    await mail.waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-email-subject]').first().textContent()).toContain('<img src=x onerror=');
    await mail.locator('[data-toggle-original]').click();
    const frame = page.locator('[data-original-html]');
    await frame.waitFor();
    await expect.poll(() => page.frameLocator('[data-original-html]').locator('body').textContent()).toContain('Visible part of the mail');
    await page.waitForTimeout(300);
    expect(await flags()).toEqual({ xss: null, violations: [] });
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('never opens an uploaded SVG as a page', async () => {
    const token = await app.login();
    const list = await app.api('/api/conversations?view=all', { token });
    let svgUrl = '';
    for (const c of list.body.items as Array<{ id: number }>) {
      const messages = await app.api(`/api/conversations/${c.id}/messages`, { token });
      const file = messages.body.items.flatMap((m: { attachments: Array<{ fileName: string; url: string }> }) => m.attachments).find((a: { fileName: string }) => a.fileName === 'evil.svg');
      if (file) svgUrl = file.url;
    }
    expect(svgUrl).not.toBe('');
    const download = page.waitForEvent('download', { timeout: 10_000 });
    // A download never becomes a document: goto reports "Download is starting" instead of a page.
    await page.goto(app.url + svgUrl).catch(() => {});
    expect((await download).suggestedFilename()).toBe('evil.svg');
    expect(dialogs).toEqual([]);
  }, 60_000);

  it('would stop a payload that did reach the page: the policy blocks inline handlers and reports it', async () => {
    const probe = await page.context().newPage();
    await probe.goto(`${app.url}/`);
    await probe.locator('#app *').first().waitFor();
    await probe.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image" onerror="window.__xss=99">'));
    await expect
      .poll(() => probe.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length))
      .toBeGreaterThan(0);
    expect(await probe.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    expect((await probe.evaluate(() => (window as unknown as { __violations: string[] }).__violations))[0]).toMatch(/^script-src/);
    await probe.close();
  });
});
