import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '../api/http';
import { useAgentsStore } from '../stores/agents';
import { useConversationsStore } from '../stores/conversations';
import { useRealtimeStore } from '../stores/realtime';
import { conversation, FakeSocket, fakeFetch, inbox, ME, mountWithApp } from '../testing/app';
import ConversationList from './ConversationList.vue';

const ROW = 68;
let wrapper: VueWrapper | undefined;

afterEach(() => {
  useRealtimeStore().stop();
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
  http.setBaseUrl('');
});

function mountList() {
  const mounted = mountWithApp(ConversationList);
  wrapper = mounted.wrapper;
  return { wrapper: mounted.wrapper, store: useConversationsStore() };
}

const renderedIds = (w: VueWrapper) => w.findAll('[role=option]').map((r) => Number(r.attributes('data-conversation-id')));

describe('ConversationList', () => {
  it('renders only the rows in view out of 10,000 and follows the scroll', async () => {
    const { wrapper, store } = mountList();
    // Newest first, as the API pages "mine".
    store.setItems(Array.from({ length: 10_000 }, (_, i) => conversation({ id: 10_000 - i })));
    await nextTick();

    const spacer = wrapper.find('.vlist-spacer');
    expect(spacer.attributes('style')).toContain(`height: ${10_000 * ROW}px`);
    const first = renderedIds(wrapper);
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(30);
    expect(first[0]).toBe(10_000);

    const scroller = wrapper.find('.vlist');
    (scroller.element as HTMLElement).scrollTop = 5_000 * ROW;
    await scroller.trigger('scroll');
    const after = renderedIds(wrapper);
    expect(after.length).toBeLessThan(30);
    // Row index 5,000 holds id 5,000 (ids count down from 10,000).
    expect(after).toContain(5_000);
    expect(after).not.toContain(10_000);
    const row = wrapper.find('[data-conversation-id="5000"]').element.parentElement as HTMLElement;
    expect(row.style.transform).toBe(`translateY(${5_000 * ROW}px)`);
  });

  it('shows a conversation assigned to me live, at the top, without duplicates', async () => {
    const { wrapper, store } = mountList();
    store.setItems([conversation({ id: 2 }), conversation({ id: 1 })]);
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    socket.serverEmit('connect');
    await nextTick();
    expect(renderedIds(wrapper)).toEqual([2, 1]);

    const fresh = conversation({ id: 3, contact: { id: 55, name: 'Marta Shevchenko', email: null, phone: null } });
    socket.serverEmit('conversation.assigned', { conversation: fresh });
    socket.serverEmit('conversation.updated', { conversation: fresh });
    await nextTick();
    expect(renderedIds(wrapper)).toEqual([3, 2, 1]);
    expect(wrapper.find('[role=option]').text()).toContain('Marta Shevchenko');
    // Something new for me: counted for the tab title until I open it.
    expect(store.attention).toEqual([3]);

    // Someone else's and queued conversations do not belong in "Mine".
    socket.serverEmit('conversation.created', { conversation: conversation({ id: 4, status: 'queued', assigneeId: null }) });
    socket.serverEmit('conversation.updated', { conversation: conversation({ id: 5, assigneeId: ME.id + 1 }) });
    await nextTick();
    expect(renderedIds(wrapper)).toEqual([3, 2, 1]);

    // Closed elsewhere: it leaves the list.
    socket.serverEmit('conversation.updated', { conversation: conversation({ id: 2, status: 'closed' }) });
    await nextTick();
    expect(renderedIds(wrapper)).toEqual([3, 1]);
  });

  it('updates the preview and the unread count when a customer writes', async () => {
    const { wrapper, store } = mountList();
    store.setItems([conversation({ id: 1 })]);
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    socket.serverEmit('message.created', {
      message: { id: 90, conversationId: 1, direction: 'in', senderType: 'contact', text: 'Are you there?', attachments: [], private: false, createdAt: new Date().toISOString(), kind: 'text' },
    });
    await flushPromises();
    const row = wrapper.find('[data-conversation-id="1"]');
    expect(row.text()).toContain('Are you there?');
    expect(row.find('.badge').text()).toBe('1');
  });

  it('filters by channel through the API and keeps other channels out of the live list', async () => {
    http.setBaseUrl('http://inbox.test');
    const telegram = { id: 2, name: 'Support bot', type: 'telegram' };
    const routes = fakeFetch({ 'GET /api/conversations': (url) => ({ items: url.searchParams.get('channel') === 'telegram' ? [conversation({ id: 8, inboxId: 2, inbox: telegram })] : [], nextCursor: null }) });
    vi.stubGlobal('fetch', routes.fn);
    const { wrapper } = mountList();
    useAgentsStore().inboxes = [inbox({ id: 1, type: 'webchat', name: 'Website chat' }), inbox({ id: 2, type: 'telegram', name: 'Support bot' }), inbox({ id: 3, type: 'webchat', name: 'Shop chat' })];
    await nextTick();
    const select = wrapper.find('#filter-channel');
    expect(select.findAll('option').map((o) => o.text())).toEqual(['All channels', 'Website chat', 'Telegram']);

    await select.setValue('telegram');
    await flushPromises();
    expect(routes.calls).toContain('GET /api/conversations?view=mine&channel=telegram&limit=100');
    expect(renderedIds(wrapper)).toEqual([8]);

    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    socket.serverEmit('conversation.assigned', { conversation: conversation({ id: 9 }) });
    socket.serverEmit('conversation.assigned', { conversation: conversation({ id: 10, inboxId: 2, inbox: telegram }) });
    await nextTick();
    expect(renderedIds(wrapper)).toEqual([10, 8]);
  });

  it('has no channel filter when every inbox is of one channel', async () => {
    const { wrapper } = mountList();
    useAgentsStore().inboxes = [inbox({ id: 1, type: 'webchat', name: 'Website chat' }), inbox({ id: 3, type: 'webchat', name: 'Shop chat' })];
    await nextTick();
    expect(wrapper.find('#filter-channel').exists()).toBe(false);
  });

  it('names a voice note or a video in the preview when it came without text', async () => {
    const { wrapper, store } = mountList();
    const at = new Date().toISOString();
    store.setItems([
      conversation({ id: 2, lastMessage: { text: null, direction: 'in', kind: 'audio', createdAt: at } }),
      conversation({ id: 1, lastMessage: { text: null, direction: 'in', kind: 'video', createdAt: at } }),
    ]);
    await nextTick();
    expect(wrapper.find('[data-conversation-id="2"]').text()).toContain('Audio message');
    expect(wrapper.find('[data-conversation-id="1"]').text()).toContain('Video');
  });

  it('offers the All tab to supervisors only and says so when a list is empty', async () => {
    const { wrapper, store } = mountList();
    expect(wrapper.findAll('[role=tab]').map((t) => t.text())).toEqual(['Mine', 'Queue']);
    store.setItems([]);
    await nextTick();
    expect(wrapper.find('.empty').text()).toContain('No conversations for you right now');
  });
});
