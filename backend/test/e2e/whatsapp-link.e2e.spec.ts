import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandInWhatsAppClient } from '../../../connectors/test/stand-in-whatsapp-client';
import { WhatsAppWebClients } from '../../src/channels/whatsapp/whatsapp-web.clients';
import { ensureFrontendBuilt, launchChromium, requireChromium } from './browser';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';

/**
 * An admin links a WhatsApp number in the admin page in a real Chromium: the
 * QR code the client emits appears live, and the page shows the number
 * once the phone has scanned it. The client is the stand-in (no phone here).
 */
describe('linking a WhatsApp number in the admin page', () => {
  let app: TestApp;
  let browser: Browser;
  const clients: StandInWhatsAppClient[] = [];

  beforeAll(async () => {
    requireChromium();
    ensureFrontendBuilt();
    WhatsAppWebClients.replaceFactory(() => {
      const client = new StandInWhatsAppClient('15550009876');
      clients.push(client);
      return client;
    });
    app = await startTestApp({ DEMO: 'false' });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    WhatsAppWebClients.replaceFactory(null);
  });

  it('shows the QR code pushed over the socket, then the connected number', async () => {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    await page.goto(`${app.url}/`);
    await page.locator('[data-login-form] input[name=email]').fill(ADMIN.email);
    await page.locator('[data-login-form] input[name=password]').fill(ADMIN.password);
    await page.locator('[data-login-form] button[type=submit]').click();
    await page.locator('.conv-list [role=option], .conv-list .empty').first().waitFor();
    await page.locator('[data-nav-admin]').click();

    await page.locator('[data-connect=whatsapp]').click();
    await page.locator('#channel-inbox-form input[name=name]').fill('Shop phone');
    await page.locator('button[form=channel-inbox-form]').click();
    await page.locator('[data-created] [data-whatsapp-status]').waitFor();
    await expect.poll(() => clients.length, { timeout: 10_000 }).toBe(1);

    clients[0].showQr('2@test-qr-code-to-scan');
    const qr = page.locator('[data-created] [data-whatsapp-qr]');
    await qr.waitFor({ timeout: 10_000 });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);

    clients[0].becomeReady();
    await expect.poll(() => page.locator('[data-created] [data-whatsapp-status]').textContent(), { timeout: 10_000 }).toBe('Connected as +15550009876');
    expect(await qr.count()).toBe(0);
    await page.close();
  }, 60_000);
});
