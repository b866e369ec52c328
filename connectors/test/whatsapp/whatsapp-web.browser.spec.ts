import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, createWhatsAppWebClient } from '../../src/whatsapp/whatsapp-web.client';

const CHROMIUM = process.env.WHATSAPP_CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The packaging: whatsapp-web.js's own puppeteer (resolved from the library,
 * not any other copy) launches the system Chromium with the options the
 * adapter gives it, with no download and no network.
 */
describe('whatsapp-web.js on the system Chromium', () => {
  it('launches the browser through the library’s puppeteer and runs a page', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} (apt-get install chromium)`).toBe(true);
    const fromLibrary = createRequire(require.resolve('whatsapp-web.js'));
    const puppeteer = fromLibrary('puppeteer') as typeof import('puppeteer');
    expect(dirname(fromLibrary.resolve('puppeteer'))).toContain('puppeteer');
    const browser = await puppeteer.launch(chromiumLaunchOptions(CHROMIUM));
    try {
      const page = await browser.newPage();
      await page.setContent('<title>wweb</title><p id="p">ready</p>');
      expect(await page.$eval('#p', (el) => el.textContent)).toBe('ready');
      expect(await browser.version()).toMatch(/Chrom/);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('starts the real client: Chromium launched, the session folder made, WhatsApp Web asked for', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wweb-'));
    const client = createWhatsAppWebClient(1, { executablePath: CHROMIUM, dataDir });
    try {
      // Offline, loading web.whatsapp.com fails; with a network it shows a QR code. Either way the browser ran.
      const outcome = await client.initialize().then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      expect(outcome).not.toMatch(/Failed to launch|Could not find|executable/i);
      expect(client.pupBrowser).toBeTruthy();
      expect(existsSync(join(dataDir, 'whatsapp', 'session-inbox-1'))).toBe(true);
    } finally {
      await client.destroy().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
