import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWrites } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn } from './pages';

/**
 * Labels in Chromium: an admin creates one under Settings → Labels, puts it
 * on a conversation from the keyboard (Alt+L, type, Enter) and filters the
 * conversation list by it.
 */
describe('labels in the operator app', () => {
  const suite = useBrowserSuite();

  it('a label created in Settings goes on a conversation with Alt+L, and the list filters by it', async () => {
    const { app, adminToken } = suite;
    const inboxKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const refund = await customerWrites(app, inboxKey, 'I would like my money back, please');
    const other = await customerWrites(app, inboxKey, 'Where is my parcel?');

    const page = await suite.newPage({ width: 1360, height: 860 });
    await logIn(page, app.url, ADMIN.email, ADMIN.password);

    await page.goto(`${app.url}/#/admin/labels`);
    await page.locator('[data-create-label] input[name=name]').fill('Refund');
    await page.locator('[data-create-label] input[name=color]').fill('#eb5757');
    await page.locator('[data-create-label] button[type=submit]').click();
    const row = page.locator('[data-label-row]', { hasText: 'Refund' });
    await row.waitFor();
    const labelId = Number(await row.getAttribute('data-label-row'));
    await page.screenshot({ path: join(RESULTS, 'labels-settings.png') });

    await page.goto(`${app.url}/#/inbox`);
    await page.locator('[data-tab=all]').click();
    await page.locator(`.conv-list [data-conversation-id="${refund.conversationId}"]`).click();
    await page.locator('[data-dialog-title]').waitFor();
    await page.keyboard.press('Alt+KeyL');
    const filter = page.locator('[data-label-picker] input[name=label-filter]');
    await filter.waitFor();
    await filter.pressSequentially('ref');
    await filter.press('Enter');
    await page.locator(`.dialog-head [data-label-id="${labelId}"]`).waitFor();
    await page.keyboard.press('Escape');
    const carried = (await app.api(`/api/conversations/${refund.conversationId}`, { token: adminToken })).body.conversation.labels;
    expect(carried).toEqual([{ id: labelId, name: 'Refund', color: '#eb5757' }]);
    // The row shows the chip too.
    await page.locator(`.conv-list [data-conversation-id="${refund.conversationId}"] [data-label-id="${labelId}"]`).waitFor();

    // The list empties and loads again with the filter: wait for that answer before reading the rows.
    const filtered = page.waitForResponse((r) => r.url().includes('/api/conversations?') && r.url().includes(`label=${labelId}`));
    await page.locator('[data-filter-label]').selectOption({ label: 'Refund' });
    await filtered;
    await page.locator(`.conv-list [data-conversation-id="${refund.conversationId}"]`).waitFor();
    await page.locator(`.conv-list [data-conversation-id="${other.conversationId}"]`).waitFor({ state: 'detached' });
    const rows = await page.locator('.conv-list .rows [data-conversation-id]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-conversation-id'))));
    expect(rows).toEqual([refund.conversationId]);
    await page.screenshot({ path: join(RESULTS, 'labels-filtered.png') });
  }, 120_000);
});
