import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchChromium, requireChromium } from './browser';

/**
 * /api/docs is served under the inbox's Content-Security-Policy: the
 * interactive description must still work there (Swagger UI loads its own
 * files and runs nothing inline), or the policy would be taken off again.
 */
describe('/api/docs in Chromium under its Content-Security-Policy', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    requireChromium();
    app = await startTestApp({ NODE_ENV: 'production', API_DOCS: 'public' });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the operations and reports no violation of the policy', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const res = await page.goto(`${app.url}/api/docs`);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
    // Swagger UI draws a long document's operations as they scroll into view: scroll until the conversations' show.
    const conversations = page.locator('.opblock-summary-path', { hasText: '/api/conversations' }).first();
    await page.locator('.opblock-summary-path').first().waitFor({ timeout: 15_000 });
    for (let step = 0; step < 100 && !(await conversations.isVisible()); step++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(50);
    }
    await conversations.waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
