import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWrites, waitFor } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn } from './pages';

/**
 * Automation rules in Chromium: an admin builds a rule under Settings →
 * Automation rules, tries it on the conversations there are (nothing is
 * done), saves it, and creates an SLA policy for urgent conversations; a
 * customer's message then gets the rule's label and priority, and with the
 * priority the policy's countdown, which turns red on the list at the breach.
 */
describe('automation rules in the admin app', () => {
  const suite = useBrowserSuite();

  it('a rule built and tried in Settings acts on the next customer message, whose SLA countdown then turns red', async () => {
    const { app, adminToken } = suite;
    const inboxKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const hot = (await app.api('/api/labels', { token: adminToken, body: { name: 'Hot', color: '#eb5757' } })).body.label.id as number;
    const earlier = await customerWrites(app, inboxKey, 'I want a refund for my order');

    const page = await suite.newPage({ width: 1360, height: 900 });
    await logIn(page, app.url, ADMIN.email, ADMIN.password);
    await page.goto(`${app.url}/#/admin/automation-rules`);
    const form = page.locator('[data-rule-form]');
    await form.locator('input[name=name]').fill('Hot refunds');
    await form.locator('select[name=event]').selectOption('message.customer');
    await form.locator('[data-add-condition]').click();
    await form.locator('[data-condition-index="0"] input[name=values]').fill('REFUND');
    await form.locator('[data-condition-index="0"] input[name=values]').press('Tab');
    await form.locator('[data-add-action]').click();
    await form.locator('[data-action-index="0"] select[name=type]').selectOption('add-labels');
    await form.locator('[data-action-index="0"] label', { hasText: 'Hot' }).locator('input').check();
    await form.locator('[data-add-action]').click();
    await form.locator('[data-action-index="1"] select[name=type]').selectOption('set-priority');
    await form.locator('[data-action-index="1"] select[name=priority]').selectOption('urgent');

    await form.locator('[data-try-rule]').click();
    await page.locator(`[data-try-match="${earlier.conversationId}"]`).waitFor();
    await page.screenshot({ path: join(RESULTS, 'automation-rules-try.png') });
    // Trying did nothing.
    expect((await app.api(`/api/conversations/${earlier.conversationId}`, { token: adminToken })).body.conversation).toMatchObject({ priority: 'normal', labels: [] });

    await form.locator('[data-save-rule]').click();
    await page.locator('[data-rule-row="Hot refunds"]').waitFor();

    // A service level for urgent conversations only: six seconds to the first reply.
    await page.goto(`${app.url}/#/admin/sla-policies`);
    await page.locator('[data-create-sla]').click();
    await page.locator('#sla-policy-form input[name=name]').fill('Urgent first reply');
    await page.locator('#sla-policy-form select[name=priority]').selectOption('urgent');
    await page.locator('#sla-policy-form input[name=firstResponse]').fill('0.1');
    await page.locator('button[type=submit][form=sla-policy-form]').click();
    await page.locator('[data-sla-policy]', { hasText: 'Urgent first reply' }).waitFor();

    const next = await customerWrites(app, inboxKey, 'Refund, please!');
    const acted = await waitFor(
      async () => (await app.api(`/api/conversations/${next.conversationId}`, { token: adminToken })).body.conversation,
      (c) => c.priority === 'urgent' && c.labels.length === 1,
      10_000,
      'the rule’s label and priority',
    );
    expect(acted.labels.map((l: { id: number }) => l.id)).toEqual([hot]);
    await page.goto(`${app.url}/#/inbox`);
    await page.locator('[data-tab=all]').click();
    const row = page.locator(`.conv-list [data-conversation-id="${next.conversationId}"]`);
    await row.locator(`[data-label-id="${hot}"]`).waitFor();
    // Made urgent by the rule, it is under the policy: its countdown turns red when nobody answers in time.
    await row.locator('[data-sla="breached"]').waitFor({ timeout: 20_000 });
    // The earlier conversation, which no rule touched, stays normal and has no countdown.
    expect(await page.locator(`.conv-list [data-conversation-id="${earlier.conversationId}"] [data-sla]`).count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'automation-rules-acted.png') });
  }, 180_000);
});
