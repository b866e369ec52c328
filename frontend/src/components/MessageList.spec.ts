import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http } from '../api/http';
import type { MessageDto } from '../api/types';
import { useMessagesStore } from '../stores/messages';
import { fakeFetch, message, mountWithApp } from '../testing/app';
import MessageList from './MessageList.vue';

let wrapper: VueWrapper | undefined;

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
  http.setBaseUrl('');
});

const attachment = (id: number, fileName: string, mimeType: string) => ({ id, fileName, mimeType, size: 2048, url: `/api/attachments/key${id}/${fileName}` });

function thread(): MessageDto[] {
  return [
    message({ id: 51, conversationId: 1, text: 'My parcel never arrived' }),
    message({ id: 52, conversationId: 1, kind: 'image', text: null, attachments: [attachment(1, 'parcel.jpg', 'image/jpeg')] }),
    message({ id: 53, conversationId: 1, kind: 'event', senderType: 'system', direction: 'out', senderName: null, text: 'Assigned to Olga' }),
    message({ id: 54, conversationId: 1, direction: 'out', senderType: 'agent', senderId: 7, senderName: 'Olga', private: true, text: 'Check the courier' }),
    message({ id: 55, conversationId: 1, direction: 'out', senderType: 'agent', senderId: 7, senderName: 'Olga', text: 'Here is the label', kind: 'file', attachments: [attachment(2, 'label.pdf', 'application/pdf')], status: 'read' }),
    message({ id: 56, conversationId: 1, direction: 'out', senderType: 'agent', senderId: 7, senderName: 'Olga', text: 'Are you there?', status: 'failed', error: 'Forbidden: bot was blocked by the user' }),
  ];
}

async function mountThread(older: MessageDto[] = []) {
  http.setBaseUrl('http://inbox.test');
  const routes = fakeFetch({
    'GET /api/conversations/1/messages': (url) => ({ items: url.searchParams.get('before') ? older : thread() }),
    'POST /api/messages/56/retry': () => ({ message: { ...thread()[5], status: 'pending', error: null } }),
  });
  vi.stubGlobal('fetch', routes.fn);
  wrapper = mountWithApp(MessageList, { props: { conversationId: 1, contactName: 'Anna' } }).wrapper;
  await flushPromises();
  return { wrapper, calls: routes.calls };
}

describe('MessageList', () => {
  it('shows who wrote what and when, notes apart, media, events and delivery', async () => {
    const { wrapper } = await mountThread();
    const rows = wrapper.findAll('[data-message-id]');
    expect(rows.map((r) => r.attributes('data-message-id'))).toEqual(['51', '52', '53', '54', '55', '56']);
    expect(rows[0].classes()).toContain('in');
    expect(rows[0].text()).toContain('Customer');
    expect(rows[1].find('img').attributes('src')).toBe('/api/attachments/key1/parcel.jpg');
    expect(rows[2].classes()).toContain('system');
    expect(rows[3].classes()).toContain('note');
    expect(rows[3].text()).toContain('Private note');
    expect(rows[4].find('a[download]').attributes('href')).toBe('/api/attachments/key2/label.pdf');
    expect(rows[4].find('[data-status]').attributes('data-status')).toBe('read');
    expect(rows[5].text()).toContain('Not delivered: Forbidden: bot was blocked by the user');
  });

  it('retries a message the channel refused through the API', async () => {
    const { wrapper, calls } = await mountThread();
    await wrapper.find('[data-message-id="56"] [data-retry]').trigger('click');
    await flushPromises();
    expect(calls).toContain('POST /api/messages/56/retry');
    expect(wrapper.find('[data-message-id="56"]').attributes('data-status')).toBe('pending');
  });

  it('loads older messages when scrolled to the top', async () => {
    const older = Array.from({ length: 3 }, (_, i) => message({ id: 10 + i, conversationId: 1, text: `Older ${i}` }));
    const { wrapper, calls } = await mountThread(older);
    // The first page was short, so there is nothing older: make the store believe there is.
    useMessagesStore().threads[1].hasOlder = true;
    const scroller = wrapper.find('.messages');
    (scroller.element as HTMLElement).scrollTop = 0;
    await scroller.trigger('scroll');
    await flushPromises();
    expect(calls).toContain('GET /api/conversations/1/messages?before=51&limit=50');
    expect(wrapper.findAll('[data-message-id]').map((r) => r.attributes('data-message-id'))[0]).toBe('10');
  });

  it('shows the customer typing until they send', async () => {
    const { wrapper } = await mountThread();
    const store = useMessagesStore();
    store.setCustomerTyping(1, true);
    await flushPromises();
    expect(wrapper.find('[data-typing]').text()).toBe('Anna is typing…');
    store.receive(message({ id: 60, conversationId: 1, text: 'Hello?' }));
    await flushPromises();
    expect(wrapper.find('[data-typing]').exists()).toBe(false);
  });

  it('marks automatic messages and shows when one did not go out', async () => {
    http.setBaseUrl('http://inbox.test');
    const automatic = (id: number, kind: string, text: string, status: MessageDto['status']) =>
      message({ id, conversationId: 1, direction: 'out', senderType: 'system', senderName: null, text, status, payload: { automatic: kind } });
    const routes = fakeFetch({
      'GET /api/conversations/1/messages': () => ({ items: [automatic(61, 'greeting', 'Hello!', 'sent'), automatic(62, 'goodbye', 'Goodbye!', 'failed')] }),
    });
    vi.stubGlobal('fetch', routes.fn);
    wrapper = mountWithApp(MessageList, { props: { conversationId: 1, contactName: 'Anna' } }).wrapper;
    await flushPromises();
    const rows = wrapper.findAll('[data-automatic]');
    expect(rows.map((r) => [r.attributes('data-automatic'), r.find('.auto-tag').text()])).toEqual([
      ['greeting', 'Automatic'],
      ['goodbye', 'Automatic'],
    ]);
    expect(rows[0].find('[data-status]').exists()).toBe(false);
    expect(rows[1].find('[data-status]').attributes('data-status')).toBe('failed');
  });

  it('brings a quoted message into view and marks it for a moment; a quote of one not loaded does nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    try {
      const quote = (id: number) => ({ id, senderType: 'contact' as const, senderName: 'Anna', kind: 'text' as const, text: `Message ${id}` });
      const { wrapper } = await mountThread();
      const store = useMessagesStore();
      store.receive(message({ id: 57, conversationId: 1, direction: 'out', senderType: 'agent', senderName: 'Olga', text: 'It left today', replyTo: quote(51) }));
      store.receive(message({ id: 58, conversationId: 1, text: 'And the earlier one?', replyTo: quote(3) }));
      await flushPromises();

      await wrapper.get('[data-message-id="58"] [data-quote]').trigger('click');
      expect(scrolled).not.toHaveBeenCalled();
      expect(wrapper.findAll('.highlighted')).toHaveLength(0);

      await wrapper.get('[data-message-id="57"] [data-quote]').trigger('click');
      expect(scrolled).toHaveBeenCalledTimes(1);
      expect((scrolled.mock.contexts[0] as HTMLElement).dataset.messageId).toBe('51');
      expect(wrapper.findAll('.highlighted').map((r) => r.attributes('data-message-id'))).toEqual(['51']);
      vi.advanceTimersByTime(2_000);
      await flushPromises();
      expect(wrapper.findAll('.highlighted')).toHaveLength(0);
    } finally {
      scrolled.mockRestore();
      vi.useRealTimers();
    }
  });

  it('offers Reply only when the operator can write here, and hands the quote up', async () => {
    const { wrapper } = await mountThread();
    expect(wrapper.findAll('[data-reply]')).toHaveLength(0);
    await wrapper.setProps({ replyable: true });
    // The customer's text and photo, Olga's file and her refused message: not the event, not the note.
    expect(wrapper.findAll('[data-message-id]:has([data-reply])').map((r) => r.attributes('data-message-id'))).toEqual(['51', '52', '55', '56']);
    await wrapper.get('[data-message-id="52"] [data-reply]').trigger('click');
    expect(wrapper.emitted('reply')).toEqual([[{ id: 52, senderType: 'contact', senderName: 'Customer', kind: 'image', text: null }]]);
  });
});
