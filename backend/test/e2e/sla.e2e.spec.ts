import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWrites } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn } from './pages';

/**
 * SLA in Chromium: an admin creates a policy under Settings → SLA policies;
 * a customer writes; the conversation's countdown in the list turns from
 * green (or amber) to red when the first response is late.
 */
describe('SLA in the operator app', () => {
  const suite = useBrowserSuite();

  it('a policy created in Settings puts a countdown on a new conversation that turns red at the breach', async () => {
    const { app, adminToken } = suite;
    const page = await suite.newPage({ width: 1360, height: 860 });
    await logIn(page, app.url, ADMIN.email, ADMIN.password);

    await page.goto(`${app.url}/#/admin/sla-policies`);
    await page.locator('[data-create-sla]').click();
    await page.locator('#sla-policy-form input[name=name]').fill('Chat desk');
    // Six seconds to the first reply.
    await page.locator('#sla-policy-form input[name=firstResponse]').fill('0.1');
    await page.locator('button[type=submit][form=sla-policy-form]').click();
    await page.locator('[data-sla-policy]', { hasText: 'Chat desk' }).waitFor();
    const policies = (await app.api('/api/sla-policies', { token: adminToken })).body.items;
    expect(policies).toEqual([expect.objectContaining({ name: 'Chat desk', firstResponseSeconds: 6 })]);

    const inboxKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const { conversationId } = await customerWrites(app, inboxKey, 'Is anyone there?');

    await page.goto(`${app.url}/#/inbox`);
    await page.locator('[data-tab=all]').click();
    const badge = page.locator(`.conv-list [data-conversation-id="${conversationId}"] [data-sla]`);
    await badge.waitFor();
    expect(['ok', 'warning']).toContain(await badge.getAttribute('data-sla'));
    await page.locator(`.conv-list [data-conversation-id="${conversationId}"] [data-sla="breached"]`).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(RESULTS, 'sla-breached.png') });
    const events = (await app.api(`/api/conversations/${conversationId}/events`, { token: adminToken })).body.items.map((e: { type: string }) => e.type);
    expect(events).toContain('sla.breached');
  }, 120_000);
});
