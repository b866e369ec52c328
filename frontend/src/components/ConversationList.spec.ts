import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { http } from '../api/http';
import { useAgentsStore } from '../stores/agents';
import { useAttributesStore } from '../stores/attributes';
import { useConversationsStore } from '../stores/conversations';
import { useRealtimeStore } from '../stores/realtime';
import type { MessageDto } from '../api/types';
import { SEARCH_DEBOUNCE_MS } from '../composables/useSearch';
import { conversation, FakeSocket, fakeFetch, inbox, ME, message, mountWithApp } from '../testing/app';
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
    const telegram = { id: 2, name: 'Support bot', type: 'telegram' as const };
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

  it('filters by a conversation attribute through the API and keeps non-matching rows out of the live list', async () => {
    http.setBaseUrl('http://inbox.test');
    const at = new Date().toISOString();
    const routes = fakeFetch({
      'GET /api/conversations': (url) => ({ items: url.searchParams.get('attr') === 'order_id:1042' ? [conversation({ id: 8, attributes: { order_id: 1042 } })] : [], nextCursor: null }),
    });
    vi.stubGlobal('fetch', routes.fn);
    const { wrapper } = mountList();
    useAttributesStore().items = [{ id: 1, target: 'conversation', key: 'order_id', label: 'Order number', type: 'number', options: null, required: false, description: null, createdAt: at }];
    await flushPromises();
    await wrapper.find('[data-filter-attribute]').setValue('order_id');
    await wrapper.find('[data-filter-attribute-value]').setValue('1042');
    await wrapper.find('[data-filter-attribute-value]').trigger('change');
    await flushPromises();
    expect(routes.calls).toContain('GET /api/conversations?view=mine&attr=order_id%3A1042&limit=100');
    expect(renderedIds(wrapper)).toEqual([8]);

    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    socket.serverEmit('conversation.assigned', { conversation: conversation({ id: 9, attributes: { order_id: 7 } }) });
    socket.serverEmit('conversation.assigned', { conversation: conversation({ id: 10, attributes: { order_id: 1042 } }) });
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
      conversation({ id: 2, lastMessage: { text: null, direction: 'in', senderType: 'contact', kind: 'audio', createdAt: at } }),
      conversation({ id: 1, lastMessage: { text: null, direction: 'in', senderType: 'contact', kind: 'video', createdAt: at } }),
    ]);
    await nextTick();
    expect(wrapper.find('[data-conversation-id="2"]').text()).toContain('Audio message');
    expect(wrapper.find('[data-conversation-id="1"]').text()).toContain('Video');
  });

  it('says "Automatic" before a greeting, a goodbye or a bot’s words, and keeps "You" for the operator’s own reply', async () => {
    const { wrapper, store } = mountList();
    const at = new Date(Date.now() - 60_000).toISOString();
    const last = (senderType: MessageDto['senderType'], text: string) => ({ text, direction: 'out' as const, senderType, kind: 'text' as const, createdAt: at });
    store.setItems([
      conversation({ id: 4, lastMessage: last('system', 'Thank you for your message!') }),
      conversation({ id: 3, lastMessage: last('bot', 'Choose a topic') }),
      conversation({ id: 2, lastMessage: last('agent', 'It ships today.') }),
      conversation({ id: 1 }),
    ]);
    await nextTick();
    const preview = (id: number) => wrapper.find(`[data-conversation-id="${id}"] .preview`).text();
    expect([4, 3, 2, 1].map(preview)).toEqual(['Automatic: Thank you for your message!', 'Automatic: Choose a topic', 'You: It ships today.', 'Question 1']);

    // The goodbye after the operator's reply arrives live.
    const socket = new FakeSocket();
    useRealtimeStore().start('token', { socket });
    const goodbye = message({ id: 91, conversationId: 2, direction: 'out', senderType: 'system', senderName: null, text: 'Thank you for contacting us!', payload: { automatic: 'goodbye' } });
    socket.serverEmit('message.created', { message: goodbye });
    await flushPromises();
    expect(preview(2)).toBe('Automatic: Thank you for contacting us!');
  });

  it('shows when a snoozed conversation wakes instead of how long the customer waits', async () => {
    const { wrapper, store } = mountList();
    store.setView('snoozed');
    const waiting = { text: 'Any news?', direction: 'in' as const, senderType: 'contact' as const, kind: 'text' as const, createdAt: new Date(Date.now() - 3_600_000).toISOString() };
    store.setItems([
      conversation({ id: 2, status: 'snoozed', snoozedUntil: new Date(2026, 11, 8, 9, 0).toISOString(), lastMessage: waiting }),
      conversation({ id: 1, status: 'snoozed', snoozedUntil: null, lastMessage: waiting }),
    ]);
    await nextTick();
    const marks = wrapper.findAll('[data-row-snoozed]').map((m) => m.text());
    expect(marks[0]).toMatch(/^until .*8.*09:00/);
    expect(marks[1]).toBe('until they write');
    expect(wrapper.find('.wait.late').exists()).toBe(false);
  });

  it('offers the All tab to supervisors only and says so when a list is empty', async () => {
    const { wrapper, store } = mountList();
    expect(wrapper.findAll('[role=tab]').map((t) => t.text())).toEqual(['Mine', 'Queue', 'Snoozed']);
    store.setItems([]);
    await nextTick();
    expect(wrapper.find('.empty').text()).toContain('No conversations for you right now');
  });
});

describe('ConversationList: search', () => {
  const anna = conversation({ id: 5, status: 'closed', contact: { id: 31, name: 'Anna Kovalenko', email: 'anna@shop.example', phone: null } });
  const boris = conversation({ id: 6, contact: { id: 32, name: null, email: 'boris@mail.example', phone: null } });
  const damaged = message({ id: 51, conversationId: 5, text: 'Hello! My parcel is damaged, the box was torn open.', createdAt: '2026-03-04T10:00:00Z' });
  const refusal = { statusCode: 400, error: 'Bad Request', message: 'q must be 2 to 200 characters' };

  /** The list of "mine" (conversations 1 and 2) with GET /api/search answering `answer(q)`. */
  async function mountSearch(answer: (q: string) => unknown = () => ({ items: [{ conversation: anna, message: damaged }, { conversation: boris, message: null }] })) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    http.setBaseUrl('http://inbox.test');
    const routes = fakeFetch({ 'GET /api/search': (url) => answer(url.searchParams.get('q') ?? '') });
    vi.stubGlobal('fetch', routes.fn);
    const { wrapper, store } = mountList();
    store.setItems([conversation({ id: 2 }), conversation({ id: 1 })]);
    await nextTick();
    const searches = () => routes.calls.filter((c) => c.startsWith('GET /api/search'));
    return { wrapper, store, searches };
  }

  async function type(w: VueWrapper, text: string) {
    await w.get('[data-search]').setValue(text);
  }

  async function settle() {
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    await flushPromises();
  }

  const key = (w: VueWrapper, name: string) => w.get('[data-search]').trigger('keydown', { key: name });
  const hitIds = (w: VueWrapper) => w.findAll('#search-hits [role=option]').map((r) => Number(r.attributes('data-conversation-id')));

  afterEach(() => vi.useRealTimers());

  it('asks the server once typing pauses, with the trimmed query, and never for one character', async () => {
    const { wrapper, searches } = await mountSearch();
    await type(wrapper, 'p');
    await settle();
    expect(searches()).toEqual([]);
    expect(renderedIds(wrapper)).toEqual([2, 1]);

    await type(wrapper, ' pa');
    await type(wrapper, ' parc');
    await type(wrapper, ' parc dam ');
    expect(wrapper.text()).toContain('Searching…');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    await flushPromises();
    expect(searches()).toEqual([]);
    vi.advanceTimersByTime(1);
    await flushPromises();
    expect(searches()).toEqual(['GET /api/search?q=parc+dam']);
    expect(wrapper.text()).not.toContain('Searching…');
  });

  it('shows the hits in place of the list: who, the channel, the status, the date and the match marked', async () => {
    const { wrapper } = await mountSearch();
    await type(wrapper, 'parc dam');
    await settle();
    expect(wrapper.find('.vlist').exists()).toBe(false);
    expect(wrapper.find('[role=tablist]').exists()).toBe(false);
    expect(hitIds(wrapper)).toEqual([5, 6]);

    const message = wrapper.get('[data-conversation-id="5"]');
    expect(message.find('.name').text()).toBe('Anna Kovalenko');
    expect(message.find('.pill').text()).toBe('Closed');
    expect(message.find('time').attributes('datetime')).toBe('2026-03-04T10:00:00Z');
    expect(message.find('time').text()).toBe('Mar 4, 2026');
    expect(message.find('.channel svg').exists()).toBe(true);
    expect(message.find('.preview').text()).toBe('Hello! My parcel is damaged, the box was torn open.');
    expect(message.findAll('mark').map((m) => m.text())).toEqual(['parc', 'dam']);

    // A contact hit: the field that matched, the visitor's e-mail standing in for the name they never gave.
    await type(wrapper, 'bor');
    await settle();
    const contact = wrapper.get('[data-conversation-id="6"]');
    expect(contact.find('.name').text()).toBe('boris@mail.example');
    expect(contact.findAll('mark').map((m) => m.text())).toEqual(['bor']);
  });

  it('says when nothing matches, and shows the server refusing a query', async () => {
    const { wrapper } = await mountSearch((q) => (q.length > 200 ? new Response(JSON.stringify(refusal), { status: 400 }) : { items: [] }));
    await type(wrapper, 'zebra');
    await settle();
    expect(wrapper.get('.empty').text()).toBe('No conversations match “zebra”.');

    await type(wrapper, 'x'.repeat(201));
    await settle();
    expect(wrapper.get('[role=alert]').text()).toBe('q must be 2 to 200 characters');
    expect(hitIds(wrapper)).toEqual([]);
  });

  it('drops the answer to a query typed over since', async () => {
    const { wrapper } = await mountSearch((q) => ({ items: q === 'parc' ? [{ conversation: anna, message: damaged }] : [{ conversation: boris, message: null }] }));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const answer = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (input.includes('q=parc')) await held;
      return answer(input, init);
    });
    await type(wrapper, 'parc');
    await settle();
    await type(wrapper, 'boris');
    await settle();
    expect(hitIds(wrapper)).toEqual([6]);
    release();
    await flushPromises();
    expect(hitIds(wrapper)).toEqual([6]);
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['boris']);
  });

  it('moves through the hits with the arrows and opens one with Enter or a click', async () => {
    const { wrapper } = await mountSearch();
    await type(wrapper, 'parc');
    await settle();
    const selected = () => wrapper.findAll('#search-hits [aria-selected=true]').map((r) => Number(r.attributes('data-conversation-id')));
    expect(selected()).toEqual([5]);
    await key(wrapper, 'ArrowDown');
    expect(selected()).toEqual([6]);
    expect(wrapper.get('[data-search]').attributes('aria-activedescendant')).toBe('search-hit-1');
    await key(wrapper, 'ArrowDown');
    expect(selected()).toEqual([5]);
    await key(wrapper, 'ArrowUp');
    expect(selected()).toEqual([6]);

    await key(wrapper, 'Enter');
    await wrapper.get('[data-conversation-id="5"]').trigger('click');
    // The contact hit opens the conversation only; the message hit names its message too.
    expect(wrapper.emitted('select')).toEqual([[6, undefined], [5, 51]]);
    expect(selected()).toEqual([5]);
  });

  it('gives the list back on Escape and on ×', async () => {
    const { wrapper } = await mountSearch();
    await type(wrapper, 'parc');
    await settle();
    expect(hitIds(wrapper)).toEqual([5, 6]);
    await key(wrapper, 'Escape');
    expect((wrapper.get('[data-search]').element as HTMLInputElement).value).toBe('');
    expect(renderedIds(wrapper)).toEqual([2, 1]);
    expect(wrapper.find('[role=tablist]').exists()).toBe(true);

    await type(wrapper, 'parc');
    await settle();
    expect(hitIds(wrapper)).toEqual([5, 6]);
    await wrapper.get('[data-search-clear]').trigger('click');
    expect(renderedIds(wrapper)).toEqual([2, 1]);
    expect(wrapper.find('[data-search-clear]').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.get('[data-search]').element);
  });
});
