import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn } from './pages';

/** Settings → Integrations → Webhooks in Chromium: a webhook made there gets a test event, and its log shows it. */
describe('outgoing webhooks in Chromium', () => {
  const suite = useBrowserSuite(() => startTestApp({ WEBHOOKS_ALLOW_PRIVATE: 'true' }));
  let receiver: Server;
  let url = '';
  const received: Array<{ event: string; id: number }> = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        received.push({ event: body.event, id: body.id });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('received by the CRM');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('creates a webhook, shows its secret once, sends a test event and shows the delivery in the log', async () => {
    const { page } = await suite.newContext();
    await logIn(page, suite.app.url, 'admin@test.local', 'admin-password-1');
    await page.goto(`${suite.app.url}/#/admin`);
    await page.locator('[data-admin-nav="integrations"]').click();
    await page.locator('[data-new-webhook]').click();
    await page.locator('[data-webhook-form] input[name="url"]').fill(url);
    await page.locator('[data-event="conversation.closed"]').check();
    await page.locator('[data-event="csat.submitted"]').check();
    await page.locator('[data-save-webhook]').click();
    await expect.poll(() => page.locator('[data-webhook-secret] code').textContent()).toMatch(/^whsec_/);
    const row = page.locator('[data-webhook-id]', { hasText: url });
    await expect.poll(() => row.textContent()).toContain('conversation.closed, csat.submitted');

    await row.locator('[data-test-webhook]').click();
    await expect.poll(() => received.map((r) => r.event)).toEqual(['webhook.test']);
    await row.locator('[data-webhook-log]').click();
    const attempt = page.locator('[data-webhook-attempts] [data-attempt-id]').first();
    // The try is logged once the receiver has answered: refresh until it shows.
    await expect
      .poll(async () => {
        await page.locator('[data-refresh-log]').click();
        return attempt.textContent();
      })
      .toContain('received by the CRM');
    expect(await attempt.locator('[data-attempt-status]').textContent()).toBe('200');
    expect(await attempt.textContent()).toContain(`webhook.test #${received[0].id}`);
    await page.screenshot({ path: join(RESULTS, 'webhooks-log.png') });
  });
});
