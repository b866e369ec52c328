import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectVisitor, type TestApp } from '../support/test-app';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn as logInPage } from './pages';

/**
 * The supervisor's screens in Chromium against the whole backend: the live
 * floor follows an operator and a customer without a reload; a finished
 * dialog is scored on the scorecard, commented on, and the operator
 * acknowledges it on their own page.
 */

describe('supervision in Chromium', () => {
  const suite = useBrowserSuite();
  let app: TestApp;
  let adminToken: string;
  let inboxKey: string;
  const visitors: Socket[] = [];


  beforeAll(async () => {
    app = suite.app;
    adminToken = suite.adminToken;
    inboxKey = (await app.api('/api/inboxes', { token: adminToken, body: { type: 'webchat', name: 'Floor site' } })).body.inbox.publicKey;
  });

  afterAll(async () => {
    for (const v of visitors) v.close();
  });

  async function person(name: string, role: 'agent' | 'supervisor', maxChats = 5) {
    const email = `${randomUUID().slice(0, 8)}@test.local`;
    const res = await app.api('/api/agents', { token: adminToken, body: { name, email, password: 'person-password-1', role, maxChats } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.agent.id as number, email, token: await app.login(email, 'person-password-1') };
  }

  async function logIn(email: string, path: string): Promise<Page> {
    const page = await suite.newPage({ width: 1360, height: 860 });
    await logInPage(page, app.url, email, 'person-password-1');
    await page.goto(`${app.url}/#${path}`);
    return page;
  }

  async function customerWrites(text: string): Promise<number> {
    const { socket } = await connectVisitor(app.url, inboxKey);
    visitors.push(socket);
    const ack = await socket.emitWithAck('message.send', { text, clientMessageId: randomUUID() });
    expect(ack.message, JSON.stringify(ack)).toBeTruthy();
    return ack.message.conversationId as number;
  }

  it('the live floor follows an operator and a new customer without a reload', async () => {
    const operator = await person('Oksana Floor', 'agent', 3);
    const supervisor = await person('Sam Floor', 'supervisor');
    const page = await logIn(supervisor.email, '/supervision/board');
    const row = page.locator(`[data-board-agent="${operator.id}"]`);
    await row.waitFor();
    await expect.poll(() => row.locator('[data-agent-status]').getAttribute('data-status')).toBe('offline');

    // The operator comes online in their own inbox (here through the API): the board shows it by itself.
    expect((await app.api('/api/agents/me/status', { method: 'PATCH', token: operator.token, body: { status: 'online' } })).status).toBe(200);
    await expect.poll(() => row.locator('[data-agent-status]').getAttribute('data-status'), { timeout: 10_000 }).toBe('online');

    // A customer writes: the conversation lands on the operator, the board's load and list follow.
    const conversationId = await customerWrites('Is my order shipped?');
    await expect.poll(() => row.locator('[data-agent-load]').textContent(), { timeout: 10_000 }).toBe('1 / 3');
    await row.locator(`[data-board-conversation="${conversationId}"]`).waitFor();

    // The supervisor whispers to the operator from the board.
    await row.locator(`[data-board-conversation="${conversationId}"] [data-whisper]`).click();
    await page.locator('[data-whisper-text]').fill('Check the courier first');
    await page.locator('[data-whisper-text]').press('Tab');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(async () => (await app.api(`/api/conversations/${conversationId}/messages`, { token: operator.token })).body.items.some((m: { text: string; private: boolean }) => m.private && m.text === 'Check the courier first'))
      .toBe(true);
    await page.screenshot({ path: join(RESULTS, 'supervision-board.png') });
    expect((await app.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: operator.token })).status).toBe(200);
    await expect.poll(() => row.locator('[data-agent-load]').textContent(), { timeout: 10_000 }).toBe('0 / 3');
  });

  it('a supervisor fills a scorecard and comments; the operator reads and acknowledges it', async () => {
    const operator = await person('Olena Review', 'agent');
    await app.api('/api/agents/me/status', { method: 'PATCH', token: operator.token, body: { status: 'online' } });
    const supervisor = await person('Sue Review', 'supervisor');
    const conversationId = await customerWrites('The parcel arrived damaged');
    await expect.poll(async () => (await app.api(`/api/conversations/${conversationId}`, { token: adminToken })).body.conversation.assigneeId).toBe(operator.id);
    await app.api(`/api/conversations/${conversationId}/messages`, { token: operator.token, body: { text: 'Sorry to hear that, a new one is on its way' } });
    await app.api(`/api/conversations/${conversationId}/close`, { method: 'POST', token: operator.token });

    const page = await logIn(supervisor.email, '/supervision/reviews');
    await page.locator('[data-review-filters] input[name=q]').fill('damaged');
    await page.locator('[data-review-search]').click();
    await page.locator(`[data-review-row="${conversationId}"] [data-open-review]`).click();
    await page.locator('[data-transcript]').getByText('The parcel arrived damaged').waitFor();
    await page.locator('[data-review-start]').click();

    // 5, 4, 3, 5, 2 on the default weights 15, 20, 20, 30, 15 make 79.
    const ratings: Array<[string, number]> = [
      ['Greeting and literacy', 5],
      ['Politeness', 4],
      ['Willingness to help', 3],
      ['Correctness of the answer', 5],
      ['Closing', 2],
    ];
    for (const [criterion, value] of ratings) {
      const button = page.locator(`[data-criterion="${criterion}"] [data-rate="${value}"]`);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    }
    await expect.poll(() => page.locator('[data-review-score]').textContent()).toBe('79');

    const customerMessage = page.locator('[data-transcript] li', { hasText: 'The parcel arrived damaged' });
    await customerMessage.locator('[data-comment]').click();
    await customerMessage.locator('[data-comment-text]').fill('Ask for a photo of the damage');
    await customerMessage.locator('[data-comment-send]').click();
    await customerMessage.locator('[data-coaching-comment]', { hasText: 'Ask for a photo' }).waitFor();
    await page.locator('[data-review-summary]').fill('Kind and quick; close with a summary');
    await page.locator('[data-review-submit]').click();
    await page.locator('[data-review-status]').waitFor();
    await page.screenshot({ path: join(RESULTS, 'supervision-scorecard.png') });

    const mine = await logIn(operator.email, '/my-reviews');
    const card = mine.locator('[data-my-review]').first();
    await card.waitFor();
    expect(await card.locator('[data-my-score]').textContent()).toBe('79');
    await card.locator('[data-my-comment]', { hasText: 'Ask for a photo of the damage' }).waitFor();
    // The quoted message shows its id until the conversation's messages have loaded.
    await card.locator('[data-my-comment] blockquote', { hasText: 'The parcel arrived damaged' }).waitFor();
    await card.locator('[data-acknowledge]').click();
    await card.locator('[data-acknowledged]').waitFor();
    const stored = (await app.api('/api/reviews/mine', { token: operator.token })).body.items[0];
    expect(stored).toMatchObject({ conversationId, score: 79, summary: 'Kind and quick; close with a summary' });
    expect(stored.acknowledgedAt).not.toBeNull();
  });

  it('the reports page draws its charts and downloads a table as CSV', async () => {
    const supervisor = await person('Rita Reports', 'supervisor');
    const page = await logIn(supervisor.email, '/supervision/reports');
    // Two conversations were opened by the tests above, today.
    await expect.poll(() => page.locator('[data-metric=conversations]').textContent(), { timeout: 10_000 }).toBe('2');
    await page.locator('[data-chart=heatmap] svg').first().waitFor();
    await page.locator('[data-chart=daily] svg').first().waitFor();
    const download = page.waitForEvent('download');
    await page.locator('[data-csv=operators]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^report-operators-.*\.csv$/);
    const path = await file.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('agentId,name,conversations');
    expect(csv).toContain('Olena Review');
    await page.screenshot({ path: join(RESULTS, 'supervision-reports.png'), fullPage: true });
  });
});
