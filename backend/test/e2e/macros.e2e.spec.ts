import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWrites, waitFor } from '../support/operators';
import { ADMIN } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn } from './pages';

/**
 * Macros in Chromium: Ctrl+K in the composer opens the palette, typing
 * finds the macro, Enter shows its preview with the text rendered for this
 * customer, and Run does every action.
 */
describe('macros in the operator app', () => {
  const suite = useBrowserSuite();

  it('runs a macro from Ctrl+K in the composer after showing its preview', async () => {
    const { app, adminToken } = suite;
    const inboxKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const { conversationId } = await customerWrites(app, inboxKey, 'My invoice shows the wrong address');
    const created = await app.api('/api/macros', {
      token: adminToken,
      body: {
        name: 'Billing welcome',
        scope: 'personal',
        actions: [
          { type: 'send-message', text: 'Hello {{contact.name | there}}, this is {{agent.name}} from billing.' },
          { type: 'add-note', text: 'Invoice address to check' },
          { type: 'set-priority', priority: 'high' },
        ],
      },
    });
    expect(created.status).toBe(201);
    const adminName = (await app.api('/api/auth/me', { token: adminToken })).body.user.name as string;

    const page = await suite.newPage({ width: 1360, height: 860 });
    await logIn(page, app.url, ADMIN.email, ADMIN.password);
    await page.locator('[data-tab=all]').click();
    await page.locator(`.conv-list [data-conversation-id="${conversationId}"]`).click();
    await page.locator('[data-dialog-title]').waitFor();
    await page.locator('.dialog textarea').click();
    await page.keyboard.press('Control+KeyK');

    const filter = page.locator('[data-macro-filter]');
    await filter.waitFor();
    await page.locator('[data-macro-option="Billing welcome"]').waitFor();
    await filter.pressSequentially('billing');
    await filter.press('Enter');
    const preview = page.locator('[data-macro-preview]');
    await preview.waitFor();
    expect(await preview.locator('[data-step=send-message] blockquote').textContent()).toBe(`Hello there, this is ${adminName} from billing.`);
    await page.screenshot({ path: join(RESULTS, 'macros-preview.png') });
    // Nothing is done before Run.
    expect((await app.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation.priority).toBe('normal');

    await page.locator('[data-macro-run]').click();
    await preview.waitFor({ state: 'detached' });
    const texts = await waitFor(
      async () => ((await app.api(`/api/conversations/${conversationId}/messages`, { token: adminToken })).body.items as Array<{ text: string }>).map((m) => m.text),
      (all) => all.length === 3,
      5000,
      'the macro’s reply and note',
    );
    expect(texts).toEqual(['My invoice shows the wrong address', `Hello there, this is ${adminName} from billing.`, 'Invoice address to check']);
    expect((await app.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation.priority).toBe('high');
    await page.locator('.dialog-head select[data-priority]').filter({ has: page.locator('option[value=high]:checked') }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'macros-done.png') });
  }, 120_000);
});
