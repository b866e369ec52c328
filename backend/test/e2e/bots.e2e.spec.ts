import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoService } from '../../src/demo/demo.service';
import { ensureFrontendBuilt, launchChromium, requireChromium } from './browser';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/operators';

/**
 * A flow bot in the real widget: its menu is buttons, a press answers it,
 * an invalid phone is asked again, and the operator gets the phone.
 */

const WIDGET = '[data-inbox-widget]';

describe('a flow bot in the widget, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    requireChromium();
    ensureFrontendBuilt();
    app = await startTestApp();
    adminToken = await app.login();
    await app.api('/api/agents/me/status', { method: 'PATCH', token: adminToken, body: { status: 'online' } });
    const inbox = await app.app.get(DemoService).demoInbox();
    const bot = await app.api('/api/bots', {
      token: adminToken,
      body: {
        inboxId: inbox?.id,
        name: 'Demo bot',
        kind: 'flow',
        definition: {
          start: 'menu',
          humanButton: 'Talk to a human',
          steps: {
            menu: { type: 'menu', text: 'How can we help?', options: [{ title: 'Order status', next: 'phone' }] },
            phone: { type: 'collect', field: 'phone', prompt: 'Your phone number, please?', next: 'done' },
            done: { type: 'handover', text: 'Thanks! A colleague is on the way.' },
          },
        },
      },
    });
    expect(bot.status, JSON.stringify(bot.body)).toBe(201);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the menu as buttons; pressing one, a bad and a good phone lead to the handover', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 720 } })).newPage();
    await page.goto(`${app.url}/demo`);
    await page.locator(`${WIDGET} .launcher`).click();
    const input = page.locator(`${WIDGET} textarea`);
    await input.fill('Hello');
    await input.press('Enter');

    const choices = page.locator(`${WIDGET} .choices .choice`);
    await choices.first().waitFor();
    expect(await choices.allTextContents()).toEqual(['Order status', 'Talk to a human']);
    await choices.first().click();
    await page.locator(`${WIDGET} .row.in .bubble`, { hasText: 'Order status' }).waitFor();
    await page.locator(`${WIDGET} .bubble`, { hasText: 'Your phone number, please?' }).waitFor();
    // The menu's buttons are history now.
    expect(await choices.count()).toBe(0);

    await input.fill('my number is secret');
    await input.press('Enter');
    await page.locator(`${WIDGET} .bubble`, { hasText: 'does not look like a phone number' }).waitFor();
    await input.fill('+1 415 555 0100');
    await input.press('Enter');
    await page.locator(`${WIDGET} .bubble`, { hasText: 'A colleague is on the way.' }).waitFor();

    // The handover is routed in a job: wait for the conversation to reach the admin.
    const list = await waitFor(
      async () => (await app.api('/api/conversations?view=mine', { token: adminToken })).body.items,
      (items: Array<{ id: number }>) => items.length > 0,
      10_000,
      'the handed-over conversation assigned',
    );
    const conversation = (await app.api(`/api/conversations/${list[0].id}`, { token: adminToken })).body;
    expect(conversation.contact.phone).toBe('+14155550100');
    expect(conversation.conversation.status).toBe('assigned');

    // The operator opens it: the bot's note and the phone in the contact panel, the bot's words tagged automatic.
    const operator = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await operator.goto(`${app.url}/`);
    await operator.locator('[data-login-form] input[name=email]').fill(ADMIN.email);
    await operator.locator('[data-login-form] input[name=password]').fill(ADMIN.password);
    await operator.locator('[data-login-form] button[type=submit]').click();
    await operator.locator('.conv-list [role=option]').first().click();
    await operator.locator('.msg.note', { hasText: 'Collected by the bot:' }).waitFor();
    expect(await operator.locator('.msg.note').last().textContent()).toContain('Phone: +14155550100');
    expect(await operator.locator('[data-contact-field="phone"]').textContent()).toContain('+14155550100');
    expect(await operator.locator('[data-automatic-tag]').count()).toBeGreaterThanOrEqual(3);
  });
});
