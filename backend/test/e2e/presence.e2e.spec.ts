import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RealtimeService } from '../../src/realtime/realtime.service';
import { startTestApp, type TestApp } from '../support/test-app';
import { ensureFrontendBuilt, launchChromium, requireChromium } from './browser';
import { logIn, setStatusInUi, until } from './operator-pages';

const RESULTS = resolve(__dirname, '../../test-results');
const WIDGET = '[data-inbox-widget]';

/**
 * Presence in real browsers: an operator whose page closes (no "Offline",
 * no "Log out") gets no new customers; the floor shows how long they have
 * been gone; an operator whose connection drops sees a banner until it is back.
 */
describe('presence in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let adminToken: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    requireChromium();
    ensureFrontendBuilt();
    mkdirSync(RESULTS, { recursive: true });
    app = await startTestApp();
    adminToken = await app.login();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  async function newContext(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    return { context, page };
  }

  async function operatorOnline(name: string, email: string) {
    const created = await app.api('/api/agents', { token: adminToken, body: { name, email, password: 'operator-pass-1' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { context, page } = await newContext();
    await logIn(page, app.url, email, 'operator-pass-1');
    await setStatusInUi(page, 'online', 'Online');
    return { id: created.body.agent.id as number, context, page };
  }

  const agent = async (id: number) => (await app.api(`/api/agents/${id}`, { token: adminToken })).body.agent;

  it('sends the next visitor to the operator who is still there when the other closes their page', async () => {
    // Anna was created first: with equal loads she is first in line.
    const anna = await operatorOnline('Anna Kovalenko', 'anna@test.local');
    const boris = await operatorOnline('Boris Melnyk', 'boris@test.local');
    await until('both connected', async () => (await agent(anna.id)).disconnectedAt === null && (await agent(boris.id)).disconnectedAt === null);

    // Anna's laptop lid closes: the page is gone without a word to the server.
    await anna.context.close();
    await until('Anna counted as disconnected', async () => (await agent(anna.id)).disconnectedAt !== null, 5000);
    expect((await agent(anna.id)).status).toBe('online');

    const { page: customer } = await newContext();
    await customer.goto(`${app.url}/demo`);
    await customer.locator(`${WIDGET} .launcher`).click();
    const input = customer.locator(`${WIDGET} textarea`);
    await input.fill('Hello, is anyone there?');
    await input.press('Enter');
    await customer.locator(`${WIDGET} .row.in .bubble`, { hasText: 'anyone there' }).waitFor();

    await boris.page.locator('.conv-list [role=option]', { hasText: 'anyone there' }).waitFor({ timeout: 10_000 });
    const conversations = (await app.api('/api/conversations?view=all&status=assigned', { token: adminToken })).body.items as Array<{ assigneeId: number; lastMessage: { text: string } | null }>;
    expect(conversations.find((c) => c.lastMessage?.text?.includes('anyone there'))?.assigneeId).toBe(boris.id);
    await boris.page.screenshot({ path: join(RESULTS, 'presence-next-operator.png') });

    // The supervisor's floor shows Anna online but disconnected, and for how long.
    const { page: supervisor } = await newContext();
    await logIn(supervisor, app.url, 'admin@test.local', 'admin-password-1');
    await supervisor.goto(`${app.url}/#/supervision/board`);
    const annaRow = supervisor.locator(`[data-board-agent="${anna.id}"]`);
    await annaRow.locator('[data-agent-disconnected]').waitFor();
    await expect.poll(() => annaRow.locator('[data-agent-disconnected]').textContent()).toMatch(/Disconnected for \d+ s/);
    await supervisor.screenshot({ path: join(RESULTS, 'presence-board.png') });

    // Boris's connection drops: his inbox says so until it is back, then the banner goes.
    const agentsNamespace = (app.app.get(RealtimeService) as unknown as { agents: { in(room: string): { disconnectSockets(close: boolean): void } } }).agents;
    agentsNamespace.in(`agent:${boris.id}`).disconnectSockets(true);
    await boris.page.locator('[data-offline-banner]').waitFor({ timeout: 5000 });
    await boris.page.screenshot({ path: join(RESULTS, 'presence-offline-banner.png') });
    await boris.page.locator('[data-offline-banner]').waitFor({ state: 'detached', timeout: 10_000 });
    await until('Boris connected again', async () => (await agent(boris.id)).disconnectedAt === null);
  });
});
