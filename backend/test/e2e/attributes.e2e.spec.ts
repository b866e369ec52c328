import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWrites } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn } from './pages';

/**
 * Custom attributes in Chromium: an admin defines a conversation attribute
 * under Settings → Custom attributes, fills it in the dialog's attributes
 * section, and the conversation list filters by it.
 */
describe('custom attributes in the operator app', () => {
  const suite = useBrowserSuite();

  it('an attribute defined in Settings is filled in the dialog and filters the list', async () => {
    const { app, adminToken } = suite;
    const inboxKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const order = await customerWrites(app, inboxKey, 'Where is order 1042?');
    const other = await customerWrites(app, inboxKey, 'Hello there');

    const page = await suite.newPage({ width: 1360, height: 860 });
    await logIn(page, app.url, ADMIN.email, ADMIN.password);
    await page.goto(`${app.url}/#/admin/attributes`);
    const form = page.locator('[data-create-attribute]');
    await form.locator('select[name=target]').selectOption('conversation');
    await form.locator('input[name=label]').fill('Order number');
    await form.locator('select[name=type]').selectOption('number');
    await form.locator('button[type=submit]').click();
    await page.locator('[data-attribute-row="order_number"]').waitFor();
    await page.screenshot({ path: join(RESULTS, 'attributes-settings.png') });

    await page.goto(`${app.url}/#/inbox`);
    await page.locator('[data-tab=all]').click();
    await page.locator(`.conv-list [data-conversation-id="${order.conversationId}"]`).click();
    await page.locator('[data-dialog-title]').waitFor();
    await page.locator('[data-conversation-attributes] button.toggle').click();
    const field = page.locator('[data-conversation-attributes] [data-attribute-field="order_number"]');
    await field.locator('[data-edit]').click();
    await field.locator('input').fill('1042');
    await field.locator('input').press('Enter');
    await field.locator('input').waitFor({ state: 'detached' });
    await expect.poll(async () => (await app.api(`/api/conversations/${order.conversationId}`, { token: adminToken })).body.conversation.attributes).toEqual({ order_number: 1042 });
    await page.screenshot({ path: join(RESULTS, 'attributes-dialog.png') });

    const filtered = page.waitForResponse((r) => r.url().includes('/api/conversations?') && r.url().includes('attr=order_number%3A1042'));
    await page.locator('[data-filter-attribute]').selectOption('order_number');
    await page.locator('[data-filter-attribute-value]').fill('1042');
    await page.locator('[data-filter-attribute-value]').press('Enter');
    await filtered;
    await page.locator(`.conv-list [data-conversation-id="${other.conversationId}"]`).waitFor({ state: 'detached' });
    const rows = await page.locator('.conv-list .rows [data-conversation-id]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-conversation-id'))));
    expect(rows).toEqual([order.conversationId]);
  }, 120_000);
});
