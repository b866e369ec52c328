import { describe, expect, it } from 'vitest';
import type { BoardDto } from '../../api/supervision';
import { useRealtimeStore } from '../../stores/realtime';
import { conversation, FakeSocket, withFakeApi } from '../../testing/app';
import BoardView from './BoardView.vue';

const flush = () => new Promise((r) => setTimeout(r, 0));

function board(over: Partial<BoardDto['agents'][number]> = {}, queued = 0): BoardDto {
  return {
    at: new Date().toISOString(),
    agents: [{ id: 3, name: 'Oksana', role: 'agent', status: 'offline', statusSince: null, disconnectedSince: null, load: 0, limit: 4, conversations: [], ...over }],
    inboxes: [{ id: 1, name: 'Site', channel: 'webchat', queued, longestWaitSince: queued ? new Date(Date.now() - 90_000).toISOString() : null }],
    today: { conversations: 8, answered: 6, abandoned: 1, serviceLevel: 0.75 },
  };
}

describe('the live floor', () => {
  const api = withFakeApi();

  it('shows the board and follows every board.updated pushed on the socket', async () => {
    const { wrapper } = api.mount(BoardView, { 'GET /api/sla/at-risk': () => ({ items: [] }), 'GET /api/supervision/board': () => ({ board: board() }) });
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    await flush();
    await flush();
    const row = () => wrapper.find('[data-board-agent="3"]');
    expect(row().find('[data-agent-status]').attributes('data-status')).toBe('offline');
    expect(wrapper.find('[data-today-service-level]').text()).toBe('75 %');

    const waiting = conversation({
      id: 42,
      status: 'assigned',
      contact: { id: 7, name: null, email: null, phone: null },
      lastMessage: { text: 'Where is my parcel?', direction: 'in', senderType: 'contact', kind: 'text', createdAt: new Date(Date.now() - 95_000).toISOString() },
    });
    socket.serverEmit('board.updated', { board: board({ status: 'online', load: 1, conversations: [waiting] }, 2) });
    await flush();
    expect(row().find('[data-agent-status]').attributes('data-status')).toBe('online');
    expect(row().find('[data-agent-load]').text()).toBe('1 / 4');
    // The open conversation says who waits, for how long, and what they wrote — named as the inbox names them.
    const held = row().find('[data-board-conversation="42"]');
    expect(held.find('[data-board-customer]').text()).toBe('Visitor #7');
    expect(held.find('[data-board-waiting]').text()).toMatch(/^1 min$/);
    expect(held.find('[data-board-preview]').text()).toBe('Where is my parcel?');
    expect(wrapper.find('[data-queue-inbox="1"] [data-queued]').text()).toBe('2');
    useRealtimeStore().stop();
  });

  it('tells how long an online operator has been without a connection', async () => {
    const { wrapper } = api.mount(BoardView, { 'GET /api/sla/at-risk': () => ({ items: [] }), 'GET /api/supervision/board': () => ({ board: board({ status: 'online', disconnectedSince: new Date(Date.now() - 45_000).toISOString() }) }) });
    await flush();
    await flush();
    const row = wrapper.find('[data-board-agent="3"]');
    expect(row.find('[data-agent-status]').attributes('data-status')).toBe('online');
    expect(row.find('[data-agent-disconnected]').text()).toMatch(/^Disconnected for 4\d s$/);
  });

  it('lists the conversations at SLA risk with who holds them, read again when a breach is pushed', async () => {
    const due = new Date(Date.now() - 60_000).toISOString();
    const late = { conversationId: 42, inboxId: 1, inboxName: 'Site', contactName: 'Ann', status: 'assigned', assigneeId: 3, assigneeName: 'Oksana', target: 'first_response', amberAt: due, dueAt: due, breached: true };
    let atRisk: unknown[] = [];
    const { wrapper } = api.mount(BoardView, { 'GET /api/sla/at-risk': () => ({ items: atRisk }), 'GET /api/supervision/board': () => ({ board: board() }) });
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    await flush();
    await flush();
    expect(wrapper.find('[data-sla-at-risk-empty]').exists()).toBe(true);

    atRisk = [late];
    socket.serverEmit('sla.breached', { conversationId: 42, inboxId: 1, assigneeId: 3, target: 'first_response', policyId: 1, dueAt: due });
    await flush();
    await flush();
    const row = wrapper.find('[data-at-risk="42"]');
    expect(row.find('[data-holder]').text()).toBe('Oksana');
    expect(row.find('[data-sla]').attributes('data-sla')).toBe('breached');
    useRealtimeStore().stop();
  });
});
