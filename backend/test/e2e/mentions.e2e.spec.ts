import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWrites, waitFor } from '../support/operators';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn, until } from './pages';

/**
 * Mentions in Chromium: operator A writes a note mentioning B (picked from
 * the composer's @ menu); B, of another team, has the app open: the bell
 * counts it at once and a system notification says who, and B opens the
 * conversation from the Mentions view although it is not B's team's, and
 * answers with a note (the only thing the mention allows).
 */
describe('mentions in the operator app', () => {
  const suite = useBrowserSuite();

  it('A mentions B in a note; B’s open page shows the bell and a notification, and B opens the conversation from Mentions', async () => {
    const { app, adminToken } = suite;
    const [support, sales] = await Promise.all(['Support', 'Sales'].map(async (name) => (await app.api('/api/teams', { token: adminToken, body: { name } })).body.team.id as number));
    const inbox = (await app.api('/api/inboxes', { token: adminToken, body: { type: 'webchat', name: 'Support site', teamId: support } })).body.inbox;
    const password = 'operator-pass-1';
    const anna = (await app.api('/api/agents', { token: adminToken, body: { email: 'anna@mentions.test', password, name: 'Anna Support', teamIds: [support] } })).body.agent;
    await app.api('/api/agents', { token: adminToken, body: { email: 'boris@mentions.test', password, name: 'Boris Sales', teamIds: [sales] } });
    const annaToken = await app.login('anna@mentions.test', password);
    await app.api('/api/agents/me/status', { method: 'PATCH', token: annaToken, body: { status: 'online' } });
    const { conversationId } = await customerWrites(app, inbox.publicKey, 'Can I get an invoice for my company?');
    await waitFor(() => app.api(`/api/conversations/${conversationId}`, { token: annaToken }), (r) => r.body.conversation?.assigneeId === anna.id, 5000, 'the conversation routed to Anna');

    // Boris's tab is in the background: notifications are allowed, and recorded.
    const boris = await suite.newContext({ width: 1280, height: 760 });
    await boris.context.addInitScript(() => {
      const w = window as unknown as { __notifications: Array<{ title: string; body?: string }> };
      w.__notifications = [];
      class RecordedNotification {
        static permission = 'granted';
        static requestPermission = async () => 'granted';
        onclick: (() => void) | null = null;
        constructor(title: string, options?: NotificationOptions) {
          w.__notifications.push({ title, body: options?.body });
        }
        close() {}
      }
      Object.defineProperty(window, 'Notification', { value: RecordedNotification });
      document.hasFocus = () => false;
    });
    await logIn(boris.page, app.url, 'boris@mentions.test', password);
    expect(await boris.page.locator('[data-mentions-count]').count()).toBe(0);

    const annaPage = (await suite.newContext({ width: 1360, height: 860 })).page;
    await logIn(annaPage, app.url, 'anna@mentions.test', password);
    await annaPage.locator(`.conv-list [data-conversation-id="${conversationId}"]`).click();
    await annaPage.locator('[data-dialog-title]').waitFor();
    await annaPage.locator('[data-private-toggle]').click();
    const composer = annaPage.locator('.composer textarea');
    await composer.pressSequentially('@bor');
    await annaPage.locator('[data-mention-option="boris"]').waitFor();
    await composer.press('Enter');
    await composer.pressSequentially('do we invoice companies?');
    expect(await composer.inputValue()).toBe('@boris do we invoice companies?');
    await composer.press('Enter');

    await boris.page.locator('[data-mentions-count]', { hasText: '1' }).waitFor();
    const shown = await until('the system notification', async () => {
      const list = await boris.page.evaluate(() => (window as unknown as { __notifications: Array<{ title: string; body?: string }> }).__notifications);
      return list.length ? list : null;
    });
    expect(shown).toEqual([{ title: 'Anna Support mentioned you', body: '@boris do we invoice companies?' }]);
    await boris.page.screenshot({ path: join(RESULTS, 'mentions-bell.png') });

    await boris.page.locator('[data-mentions-bell]').click();
    await boris.page.locator('[data-mention] [data-open-mention]').click();
    await boris.page.locator('[data-dialog-title]').waitFor();
    await boris.page.locator('[data-message-id]', { hasText: 'Can I get an invoice for my company?' }).first().waitFor();
    await boris.page.locator('[data-mentions-count]').waitFor({ state: 'detached' });
    // Not his team's conversation, nor his: notes only.
    const borisComposer = boris.page.locator('.composer textarea');
    await borisComposer.fill('Yes, with their VAT number.');
    await borisComposer.press('Enter');
    await annaPage.locator('[data-message-id]', { hasText: 'Yes, with their VAT number.' }).waitFor();
    const notes = (await app.api(`/api/conversations/${conversationId}/messages`, { token: annaToken })).body.items.filter((m: { private: boolean }) => m.private);
    expect(notes.map((m: { text: string }) => m.text)).toEqual(['@boris do we invoice companies?', 'Yes, with their VAT number.']);
    await boris.page.screenshot({ path: join(RESULTS, 'mentions-opened.png') });
  }, 120_000);
});
