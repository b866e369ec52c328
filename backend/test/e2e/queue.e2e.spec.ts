import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOperator, customerWrites, waitFor } from '../support/operators';
import { RESULTS, useBrowserSuite, WIDGET } from './browser';
import { writeOnDemoPage } from './pages';

/**
 * The widget's queue line in a real Chromium: a customer on the demo page
 * writes while every operator is full, reads their place above the
 * composer, and sees the line go when an operator takes the chat.
 */
describe('the place in the queue in the site widget', () => {
  const suite = useBrowserSuite();

  it('a waiting customer reads their place, and the line goes when the operator takes the chat', async () => {
    const { app, adminToken } = suite;
    const demoKey = (await app.api('/api/inboxes', { token: adminToken })).body.items[0].publicKey as string;
    const operator = await createOperator(app, adminToken, { name: 'Olga Petrenko', maxChats: 1 });
    const first = await customerWrites(app, demoKey, 'I was here first');
    const statusOf = async (id: number) => (await app.api(`/api/conversations/${id}`, { token: adminToken })).body.conversation.status as string;
    await waitFor(() => statusOf(first.conversationId), (s) => s === 'assigned', 5000, 'the operator full');

    const customer = await suite.newPage({ width: 1024, height: 720 });
    await writeOnDemoPage(customer, app.url, 'Is anyone free to help with a refund?');

    const line = customer.locator(`${WIDGET} .queue`);
    await line.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await line.textContent()).toBe('You are number 1 in line');
    await customer.screenshot({ path: join(RESULTS, 'widget-queue.png') });

    // The operator finishes with the first customer: the slot goes to the one waiting.
    expect((await app.api(`/api/conversations/${first.conversationId}/close`, { method: 'POST', token: operator.token })).status).toBe(200);
    await line.waitFor({ state: 'hidden', timeout: 10_000 });
    const mine = (await app.api('/api/conversations?view=mine', { token: operator.token })).body.items as Array<{ id: number; status: string; lastMessage?: { text?: string } }>;
    const served = mine.find((c) => c.lastMessage?.text?.includes('refund'));
    expect(served?.status).toBe('assigned');
    const answer = await app.api(`/api/conversations/${served!.id}/messages`, { token: operator.token, body: { text: 'Hello! Olga here, let us sort out that refund.' } });
    expect(answer.status).toBe(201);
    await customer.locator(`${WIDGET} .row.out .bubble`, { hasText: 'Olga here' }).waitFor();
    await customer.screenshot({ path: join(RESULTS, 'widget-queue-served.png') });
  }, 120_000);
});
