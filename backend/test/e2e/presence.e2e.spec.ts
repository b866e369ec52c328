import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RealtimeService } from '../../src/realtime/realtime.service';
import { RESULTS, useBrowserSuite } from './browser';
import { logIn, setStatusInUi, until, writeOnDemoPage } from './pages';

/**
 * Presence in real browsers: an operator whose page closes (no "Offline",
 * no "Log out") gets no new customers; the floor shows how long they have
 * been gone; an operator whose connection drops sees a banner until it is back;
 * "Log out" in the menu sets the operator offline.
 */
describe('presence in Chromium', () => {
  const suite = useBrowserSuite();

  async function operatorOnline(name: string, email: string) {
    const created = await suite.app.api('/api/agents', { token: suite.adminToken, body: { name, email, password: 'operator-pass-1' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { context, page } = await suite.newContext();
    await logIn(page, suite.app.url, email, 'operator-pass-1');
    await setStatusInUi(page, 'online', 'Online');
    return { id: created.body.agent.id as number, context, page };
  }

  const agent = async (id: number) => (await suite.app.api(`/api/agents/${id}`, { token: suite.adminToken })).body.agent;

  it('sends the next visitor to the operator who is still there when the other closes their page', async () => {
    // Anna was created first: with equal loads she is first in line.
    const anna = await operatorOnline('Anna Kovalenko', 'anna@test.local');
    const boris = await operatorOnline('Boris Melnyk', 'boris@test.local');
    await until('both connected', async () => (await agent(anna.id)).disconnectedAt === null && (await agent(boris.id)).disconnectedAt === null);

    // Anna's laptop lid closes: the page is gone without a word to the server.
    await anna.context.close();
    await until('Anna counted as disconnected', async () => (await agent(anna.id)).disconnectedAt !== null, 5000);
    expect((await agent(anna.id)).status).toBe('online');

    const { page: customer } = await suite.newContext();
    await writeOnDemoPage(customer, suite.app.url, 'Hello, is anyone there?');

    await boris.page.locator('.conv-list [role=option]', { hasText: 'anyone there' }).waitFor({ timeout: 10_000 });
    const conversations = (await suite.app.api('/api/conversations?view=all&status=assigned', { token: suite.adminToken })).body.items as Array<{ assigneeId: number; lastMessage: { text: string } | null }>;
    expect(conversations.find((c) => c.lastMessage?.text?.includes('anyone there'))?.assigneeId).toBe(boris.id);
    await boris.page.screenshot({ path: join(RESULTS, 'presence-next-operator.png') });

    // The supervisor's floor shows Anna online but disconnected, and for how long.
    const { page: supervisor } = await suite.newContext();
    await logIn(supervisor, suite.app.url, 'admin@test.local', 'admin-password-1');
    await supervisor.goto(`${suite.app.url}/#/supervision/board`);
    const annaRow = supervisor.locator(`[data-board-agent="${anna.id}"]`);
    await annaRow.locator('[data-agent-disconnected]').waitFor();
    await expect.poll(() => annaRow.locator('[data-agent-disconnected]').textContent()).toMatch(/Disconnected for \d+ s/);
    await supervisor.screenshot({ path: join(RESULTS, 'presence-board.png') });

    // Boris's connection drops: his inbox says so until it is back, then the banner goes.
    const agentsNamespace = (suite.app.app.get(RealtimeService) as unknown as { agents: { in(room: string): { disconnectSockets(close: boolean): void } } }).agents;
    agentsNamespace.in(`agent:${boris.id}`).disconnectSockets(true);
    await boris.page.locator('[data-offline-banner]').waitFor({ timeout: 5000 });
    await boris.page.screenshot({ path: join(RESULTS, 'presence-offline-banner.png') });
    await boris.page.locator('[data-offline-banner]').waitFor({ state: 'detached', timeout: 10_000 });
    await until('Boris connected again', async () => (await agent(boris.id)).disconnectedAt === null);
  });

  it('sets the operator offline when they log out from the menu', async () => {
    const olga = await operatorOnline('Olga Petrenko', 'olga@test.local');
    await olga.page.locator('.topbar .me').click();
    await olga.page.locator('[data-logout]').click();
    await olga.page.locator('[data-login-form]').waitFor();
    expect(await agent(olga.id)).toMatchObject({ status: 'offline' });
  });
});
