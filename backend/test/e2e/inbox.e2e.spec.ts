import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Namespace } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RealtimeService } from '../../src/realtime/realtime.service';
import { ADMIN, connectVisitor, type TestApp } from '../support/test-app';
import { RESULTS, useBrowserSuite, WIDGET } from './browser';
import { logIn as logInPage, setStatusInUi, until, writeOnDemoPage } from './pages';

/**
 * The operator inbox and the site widget in a real Chromium, against the
 * whole backend: a customer writes on the demo page, an operator answers
 * with a quick reply and closes; an operator at their limit gets nothing new.
 * Debian's Chromium is required (CI installs it); the frontend is built
 * here when dist/ is missing or older than its sources.
 */


describe('operator inbox and site widget in Chromium', () => {
  const suite = useBrowserSuite();
  const newPage = suite.newPage;
  let app: TestApp;
  let adminToken: string;
  const visitors: Socket[] = [];


  beforeAll(async () => {
    app = suite.app;
    adminToken = suite.adminToken;
  });

  afterAll(async () => {
    for (const v of visitors) v.close();
  });

  /** Cuts every operator's socket on the server side, as a network drop or a restart would. */
  function dropOperatorSockets() {
    // RealtimeService keeps the namespace private; reaching in is fine for a test that simulates an outage.
    const agents = (app.app.get(RealtimeService) as unknown as { agents?: Namespace }).agents;
    if (!agents) throw new Error('RealtimeService.agents (the /agents namespace) is gone: update dropOperatorSockets');
    agents.disconnectSockets(true);
  }

  async function createOperator(name: string, email: string, password: string, maxChats = 5) {
    const res = await app.api('/api/agents', { token: adminToken, body: { name, email, password, maxChats } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.agent as { id: number };
  }

  const logIn = (page: Page, email: string, password: string) => logInPage(page, app.url, email, password);

  /** A customer of the demo inbox writing through the widget's socket, as the widget does. */
  async function visitorWrites(inboxKey: string, text: string) {
    const { socket } = await connectVisitor(app.url, inboxKey);
    visitors.push(socket);
    const ack = await socket.emitWithAck('message.send', { text, clientMessageId: randomUUID() });
    expect(ack.message, JSON.stringify(ack)).toBeTruthy();
    return ack.message as { conversationId: number };
  }

  it('a widget customer is answered live with a quick reply, then the operator closes', async () => {
    await createOperator('Olga Petrenko', 'olga@test.local', 'olga-password-1');

    // The operator logs in (measured on a cold cache: a fresh browser context).
    const operator = await newPage();
    await operator.goto(`${app.url}/`);
    await operator.locator('[data-login-form] button[type=submit]').waitFor();
    const loginInteractiveMs = await operator.evaluate(() => performance.now());
    const navigation = await operator.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return { domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd };
    });
    await operator.locator('input[name=email]').fill('olga@test.local');
    await operator.locator('input[name=password]').fill('olga-password-1');
    const clickedAt = Date.now();
    await operator.locator('[data-login-form] button[type=submit]').click();
    await operator.locator('.conv-list .empty, .conv-list [role=option]').first().waitFor();
    const listRenderedMs = Date.now() - clickedAt;

    await expect.poll(() => operator.locator('[data-my-load]').textContent()).toBe('0 / 5');
    await setStatusInUi(operator, 'online', 'Online');

    // The customer opens the demo shop and writes in the widget.
    const customer = await newPage({ width: 1024, height: 720 });
    await writeOnDemoPage(customer, app.url, 'Hello, where is my order #1234?');
    const widgetInput = customer.locator(`${WIDGET} textarea`);

    // It reaches the operator live: a row in "Mine", a count in the tab title.
    const row = operator.locator('.conv-list [role=option]', { hasText: 'order #1234' });
    await row.waitFor({ timeout: 10_000 });
    await expect.poll(() => operator.title()).toMatch(/^\(1\) /);
    await row.click();
    await operator.locator('.msg.in', { hasText: 'order #1234' }).waitFor();
    await expect.poll(() => operator.title()).not.toMatch(/^\(/);

    // The customer types: the operator sees it.
    await widgetInput.pressSequentially('One more', { delay: 20 });
    await operator.locator('[data-typing]').waitFor();
    await operator.screenshot({ path: join(RESULTS, 'inbox.png') });

    // A quick reply: "/" opens the picker, the variables are filled in.
    const composer = operator.locator('[data-composer] textarea');
    await composer.click();
    await composer.pressSequentially('/hel');
    await operator.locator('[data-quick-replies] [data-shortcut=hello]').waitFor();
    await composer.press('Enter');
    await expect.poll(() => composer.inputValue()).toBe('Hello! My name is Olga Petrenko, how can I help you?');
    await composer.press('Enter');
    const reply = operator.locator('.msg.out', { hasText: 'My name is Olga Petrenko' });
    await reply.waitFor();
    await expect.poll(() => reply.getAttribute('data-status')).toBe('sent');
    expect(await composer.inputValue()).toBe('');

    // The customer sees the answer.
    await customer.locator(`${WIDGET} .row.out .bubble`, { hasText: 'My name is Olga Petrenko' }).waitFor();
    await customer.screenshot({ path: join(RESULTS, 'widget.png') });
    await operator.screenshot({ path: join(RESULTS, 'dialog.png') });
    await expect.poll(() => operator.locator('[data-my-load]').textContent()).toBe('1 / 5');

    // The operator answers the order question itself: the reply quotes it, in the inbox and in the widget.
    const question = operator.locator('.msg.in', { hasText: 'order #1234' });
    await question.hover();
    await question.locator('[data-reply]').click();
    await operator.locator('[data-quote-preview]', { hasText: 'order #1234' }).waitFor();
    await composer.fill('It left our warehouse this morning.');
    await composer.press('Enter');
    const quotedReply = operator.locator('.msg.out', { hasText: 'It left our warehouse' });
    await quotedReply.locator('[data-quote]', { hasText: 'order #1234' }).waitFor();
    await expect.poll(() => quotedReply.getAttribute('data-status')).toBe('sent');
    // The quote above the composer goes once the send is answered, which a loaded machine takes a moment for.
    await expect.poll(() => operator.locator('[data-quote-preview]').count()).toBe(0);
    await customer.locator(`${WIDGET} .row.out`, { hasText: 'It left our warehouse' }).locator('.quote', { hasText: 'order #1234' }).waitFor();
    await operator.screenshot({ path: join(RESULTS, 'reply-quote.png') });
    await customer.screenshot({ path: join(RESULTS, 'widget-quote.png') });

    // A network drop: the operator's socket is cut and cannot come back while the browser is offline;
    // the customer writes meanwhile. Back online, the inbox catches up: the message shows, once.
    await operator.context().setOffline(true);
    dropOperatorSockets();
    await operator.locator('[data-connection]').waitFor();
    await widgetInput.fill('Are you still there?');
    await widgetInput.press('Enter');
    await customer.locator(`${WIDGET} .row.in .bubble`, { hasText: 'still there' }).waitFor();
    await operator.waitForTimeout(300);
    expect(await operator.locator('.msg.in', { hasText: 'still there' }).count()).toBe(0);
    await operator.context().setOffline(false);
    await operator.locator('[data-connection]').waitFor({ state: 'detached', timeout: 15_000 });
    await operator.locator('.msg.in', { hasText: 'still there' }).waitFor();
    expect(await operator.locator('.msg.in', { hasText: 'still there' }).count()).toBe(1);
    expect(await operator.locator('.msg.out', { hasText: 'My name is Olga Petrenko' }).count()).toBe(1);

    // The operator closes the conversation.
    await operator.locator('[data-action=close]').click();
    await operator.locator('[data-action=confirm-close]').click();
    await expect.poll(() => operator.locator('.dialog-head [data-status]').textContent()).toBe('Closed');
    await expect.poll(() => operator.locator('[data-my-load]').textContent()).toBe('0 / 5');
    const mine = await app.api('/api/conversations?view=all&status=closed', { token: adminToken });
    expect(mine.body.items).toHaveLength(1);

    // Olga goes offline so the next part routes only to the second operator.
    await setStatusInUi(operator, 'offline', 'Offline');

    const metrics = {
      loginPageInteractiveMs: Math.round(loginInteractiveMs),
      loginDomInteractiveMs: Math.round(navigation.domInteractive),
      loginDomContentLoadedMs: Math.round(navigation.domContentLoaded),
      afterLoginListRenderedMs: listRenderedMs,
    };
    writeFileSync(join(RESULTS, 'inbox-metrics.json'), JSON.stringify(metrics, null, 2));
    console.log(`[e2e] inbox first load on localhost: ${JSON.stringify(metrics)}`);
  }, 120_000);

  it('an operator at 5 of 5 gets nothing new: the next customer waits in the queue', async () => {
    const bob = await createOperator('Bohdan Kovalenko', 'bohdan@test.local', 'bohdan-password-1', 5);
    const bobToken = await app.login('bohdan@test.local', 'bohdan-password-1');
    expect((await app.api('/api/agents/me/status', { method: 'PATCH', token: bobToken, body: { status: 'online' } })).status).toBe(200);

    const inboxes = await app.api('/api/inboxes', { token: adminToken });
    const inboxKey = inboxes.body.items[0].publicKey as string;
    for (let i = 1; i <= 5; i++) await visitorWrites(inboxKey, `Customer ${i} needs help`);
    await until('Bohdan to hold 5 conversations', async () => {
      const res = await app.api(`/api/agents/${bob.id}`, { token: adminToken });
      return res.body.agent.openChats === 5;
    });

    const page = await newPage();
    await logIn(page, 'bohdan@test.local', 'bohdan-password-1');
    await expect.poll(() => page.locator('.conv-list [role=option]').count()).toBe(5);
    await expect.poll(() => page.locator('[data-my-load]').textContent()).toBe('5 / 5');

    // A sixth customer writes: it stays in the queue, Bohdan's list and load do not change.
    const sixth = await visitorWrites(inboxKey, 'Customer 6 is waiting');
    await until('the sixth conversation to be queued', async () => {
      const queue = await app.api('/api/conversations?view=queue', { token: adminToken });
      return queue.body.items.some((c: { id: number }) => c.id === sixth.conversationId);
    });
    await page.waitForTimeout(500);
    expect(await page.locator('.conv-list [role=option]').count()).toBe(5);
    expect(await page.locator('[data-my-load]').textContent()).toBe('5 / 5');
    expect(await page.title()).not.toMatch(/^\(/);

    // The queue shows it; taking it is refused with the server's own explanation.
    await page.locator('[data-tab=queue]').click();
    const queued = page.locator('.conv-list [role=option]', { hasText: 'Customer 6' });
    await queued.waitFor();
    await queued.click();
    await page.locator('[data-action=accept]').click();
    const toast = page.locator('[data-toast]', { hasText: 'You have 5 of 5 open conversations' });
    await toast.waitFor();
    await page.screenshot({ path: join(RESULTS, 'limit-reached.png') });

    const after = await app.api(`/api/agents/${bob.id}`, { token: adminToken });
    expect(after.body.agent.openChats).toBe(5);
    const conversation = await app.api(`/api/conversations/${sixth.conversationId}`, { token: adminToken });
    expect(conversation.body.conversation.status).toBe('queued');
  }, 120_000);

  it('a voice note plays and seeks in the thread, and the operator corrects the contact', async () => {
    await createOperator('Marta Hnatyuk', 'marta@test.local', 'marta-password-1');
    const page = await newPage();
    await logIn(page, 'marta@test.local', 'marta-password-1');
    await setStatusInUi(page, 'online', 'Online');

    // Half a second of 8 kHz mono PCM: a WAV any Chromium plays.
    const samples = 4000;
    const wav = Buffer.alloc(44 + samples * 2);
    wav.write('RIFF', 0);
    wav.writeUInt32LE(36 + samples * 2, 4);
    wav.write('WAVEfmt ', 8);
    wav.writeUInt32LE(16, 16);
    wav.writeUInt16LE(1, 20);
    wav.writeUInt16LE(1, 22);
    wav.writeUInt32LE(8000, 24);
    wav.writeUInt32LE(16000, 28);
    wav.writeUInt16LE(2, 32);
    wav.writeUInt16LE(16, 34);
    wav.write('data', 36);
    wav.writeUInt32LE(samples * 2, 40);
    for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000)), 44 + i * 2);

    const inboxKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const visitor = await connectVisitor(app.url, inboxKey);
    visitors.push(visitor.socket);
    const form = new FormData();
    form.append('file', new Blob([wav], { type: 'audio/wav' }), 'voice-note.wav');
    const upload = await fetch(`${app.url}/api/widget/uploads`, {
      method: 'POST',
      headers: { 'x-inbox-key': inboxKey, 'x-visitor-token': visitor.session.visitorToken },
      body: form,
    });
    const { attachment } = await upload.json();
    const sent = await visitor.socket.emitWithAck('message.send', { text: 'Listen to this', clientMessageId: randomUUID(), attachments: [attachment.id] });
    expect(sent.message, JSON.stringify(sent)).toBeTruthy();

    const row = page.locator('.conv-list [role=option]', { hasText: 'Listen to this' });
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    const audio = page.locator('.msg.in audio');
    await audio.waitFor();
    expect(await audio.getAttribute('preload')).toBe('none');
    // Loaded and sought the way the controls would: the server's file decodes, and a seek is answered (byte ranges).
    const played = await audio.evaluate(async (el: HTMLAudioElement) => {
      const once = (event: string) => new Promise((resolve, reject) => {
        el.addEventListener(event, resolve, { once: true });
        el.addEventListener('error', () => reject(new Error(`audio error ${el.error?.code}`)), { once: true });
      });
      const loaded = once('loadedmetadata');
      el.load();
      await loaded;
      const sought = once('seeked');
      el.currentTime = 0.4;
      await sought;
      return { duration: el.duration, currentTime: el.currentTime };
    });
    expect(played.duration).toBeCloseTo(0.5, 2);
    expect(played.currentTime).toBeCloseTo(0.4, 1);

    // Marta holds the conversation: she corrects the customer's name in the contact panel; the list follows.
    await page.locator('[data-contact-field=name] [data-edit]').click();
    const nameInput = page.locator('[data-contact-field=name] input');
    await nameInput.fill('Iryna Bondar');
    await nameInput.press('Enter');
    await page.locator('[data-contact-field=name]', { hasText: 'Iryna Bondar' }).waitFor();
    await page.locator('.conv-list [role=option]', { hasText: 'Iryna Bondar' }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'voice-note-contact.png') });
    const conversation = await app.api(`/api/conversations/${sent.message.conversationId}`, { token: adminToken });
    expect(conversation.body.contact.name).toBe('Iryna Bondar');
  }, 120_000);

  it('a supervisor merges the two contacts of one customer from the contact panel', async () => {
    const demoKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const shop = (await app.api('/api/inboxes', { token: adminToken, body: { type: 'webchat', name: 'Shop' } })).body.inbox;
    const onSite = await visitorWrites(demoKey, 'Where is my order?');
    const inShop = await visitorWrites(shop.publicKey, 'Do you ship to Lviv?');
    const contactOf = async (id: number) => (await app.api(`/api/conversations/${id}`, { token: adminToken })).body.contact.id as number;
    const [siteContact, shopContact] = [await contactOf(onSite.conversationId), await contactOf(inShop.conversationId)];
    await app.api(`/api/contacts/${siteContact}`, { method: 'PATCH', token: adminToken, body: { name: 'Oksana Melnyk', phone: '+380 67 555 01 02' } });
    await app.api(`/api/contacts/${shopContact}`, { method: 'PATCH', token: adminToken, body: { phone: '+380675550102', email: 'oksana@example.com' } });

    const page = await newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${app.url}/#/inbox/${onSite.conversationId}`);
    const duplicate = page.locator(`[data-duplicates] [data-duplicate="${shopContact}"]`);
    await duplicate.waitFor();
    expect(await duplicate.locator('[data-match]').allTextContents()).toEqual(['Same phone']);
    await page.screenshot({ path: join(RESULTS, 'contact-duplicates.png') });
    await duplicate.locator('[data-merge]').click();
    await page.locator('[data-confirm-merge]').click();

    // The panel shows one person: both channels, the shop conversation in the history, the e-mail only the other contact had.
    await page.locator('[data-duplicates]').waitFor({ state: 'detached' });
    await page.locator('.identities li', { hasText: 'Shop' }).waitFor();
    await page.locator('[data-contact-field=email]', { hasText: 'oksana@example.com' }).waitFor();
    await page.locator('.history-item', { hasText: 'Do you ship to Lviv?' }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'contact-merged.png') });
    expect(await contactOf(inShop.conversationId)).toBe(siteContact);
  }, 60_000);

  it('an operator finds a conversation by a word of it and lands on the message', async () => {
    const demoKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    await visitorWrites(demoKey, 'My voucher code does not work at checkout');
    const page = await newPage();
    await logIn(page, ADMIN.email, ADMIN.password);
    const field = page.locator('[data-search]');
    await page.keyboard.press('Alt+s');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.pressSequentially('vouch check', { delay: 20 });
    const hit = page.locator('#search-hits [role=option]', { hasText: 'voucher' });
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['vouch', 'check']);
    await page.screenshot({ path: join(RESULTS, 'search.png') });
    await field.press('Enter');
    await page.locator('.msg.in.highlighted', { hasText: 'voucher code' }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'search-opened.png') });
  }, 60_000);
});
