import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerWrites, waitFor } from '../support/operators';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn } from './pages';

/**
 * Priority and snooze in Chromium: an operator makes one of two chats urgent
 * from the dialog header (the row marks it, and sorting by priority puts it
 * first), then snoozes it for an hour: it leaves Mine, frees the slot and
 * waits under Snoozed, until its customer writes and it comes back to them.
 */
describe('priority and snooze in the operator app', () => {
  const suite = useBrowserSuite();

  it('an urgent chat sorts first; snoozed, it waits under Snoozed and comes back when the customer writes', async () => {
    const { app, adminToken } = suite;
    const inboxKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const password = 'operator-pass-1';
    const olga = (await app.api('/api/agents', { token: adminToken, body: { email: 'olga@snooze.test', password, name: 'Olga', maxChats: 5 } })).body.agent as { id: number };
    const olgaToken = await app.login('olga@snooze.test', password);
    await app.api('/api/agents/me/status', { method: 'PATCH', token: olgaToken, body: { status: 'online' } });
    // The urgent one is the older: newest first by time, it would be second.
    const urgent = await customerWrites(app, inboxKey, 'The parcel arrived broken, I need a refund today');
    const other = await customerWrites(app, inboxKey, 'My order number is 1042');
    for (const { conversationId } of [urgent, other]) {
      await waitFor(() => app.api(`/api/conversations/${conversationId}`, { token: olgaToken }), (r) => r.body.conversation?.assigneeId === olga.id, 5000, `conversation ${conversationId} routed to Olga`);
    }
    const load = async () => (await app.api(`/api/agents/${olga.id}`, { token: adminToken })).body.agent.openChats as number;
    expect(await load()).toBe(2);

    const page = await suite.newPage({ width: 1360, height: 860 });
    await logIn(page, app.url, 'olga@snooze.test', password);
    const row = (id: number) => page.locator(`.conv-list [data-conversation-id="${id}"]`);
    await row(urgent.conversationId).click();
    await page.locator('[data-dialog-title]').waitFor();
    await page.locator('.dialog-head select[data-priority]').selectOption('urgent');
    await row(urgent.conversationId).locator('[data-priority=urgent]').waitFor();
    expect((await app.api(`/api/conversations/${urgent.conversationId}`, { token: olgaToken })).body.conversation.priority).toBe('urgent');

    const order = () => page.locator('.conv-list .rows [data-conversation-id]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-conversation-id'))));
    await expect.poll(order).toEqual([other.conversationId, urgent.conversationId]);
    await page.locator('[data-list-sort]').selectOption('priority');
    await expect.poll(order).toEqual([urgent.conversationId, other.conversationId]);
    await page.screenshot({ path: join(RESULTS, 'priority-sorted.png') });

    await page.locator('[data-action=snooze]').click();
    await page.locator('[data-snooze=hour]').click();
    await row(urgent.conversationId).waitFor({ state: 'detached' });
    const snoozed = (await app.api(`/api/conversations/${urgent.conversationId}`, { token: olgaToken })).body.conversation;
    expect(snoozed.status).toBe('snoozed');
    const wakesInMinutes = (Date.parse(snoozed.snoozedUntil) - Date.now()) / 60_000;
    expect(wakesInMinutes).toBeGreaterThan(55);
    expect(wakesInMinutes).toBeLessThanOrEqual(60);
    expect(await load()).toBe(1);

    await page.locator('[data-tab=snoozed]').click();
    await row(urgent.conversationId).locator('[data-row-snoozed]').waitFor();
    await page.screenshot({ path: join(RESULTS, 'snoozed-tab.png') });

    // The customer writes: it wakes, back to Olga, and leaves Snoozed for Mine.
    await customerWrites(app, inboxKey, 'Any news?', urgent.visitorToken);
    await row(urgent.conversationId).waitFor({ state: 'detached' });
    await page.locator('[data-tab=mine]').click();
    await row(urgent.conversationId).waitFor();
    const woken = (await app.api(`/api/conversations/${urgent.conversationId}`, { token: olgaToken })).body.conversation;
    expect([woken.status, woken.assigneeId]).toEqual(['assigned', olga.id]);
    expect(await load()).toBe(2);
  }, 120_000);
});
