import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConversationDto } from '../api/types';
import { SEARCH_DEBOUNCE_MS } from '../composables/useSearch';
import { useMessagesStore } from '../stores/messages';
import { conversation, message, withFakeApi } from '../testing/app';
import InboxView from './InboxView.vue';

const api = withFakeApi();

const contactOf = (c: ConversationDto) => ({ id: c.contact?.id ?? 0, name: c.contact?.name ?? null, email: null, phone: null, language: null, country: null, attributes: {}, createdAt: c.createdAt, identities: [] });
const anna = conversation({ id: 5, contact: { id: 31, name: 'Anna', email: null, phone: null } });
const other = conversation({ id: 6, contact: { id: 32, name: 'Boris', email: null, phone: null } });
const parcel = message({ id: 51, conversationId: 5, senderName: 'Anna', text: 'My parcel never arrived' });
const later = message({ id: 52, conversationId: 5, senderName: 'Anna', text: 'Hello?' });
/** Boris's match is older than the page of his messages the dialog loads. */
const old = message({ id: 9, conversationId: 6, text: 'Where is my parcel' });

function mountInbox() {
  const { wrapper } = api.mount(InboxView, {
    'GET /api/conversations': () => ({ items: [anna, other], nextCursor: null }),
    'GET /api/search': () => ({ items: [{ conversation: anna, message: parcel }, { conversation: other, message: old }] }),
    'GET /api/conversations/5': () => ({ conversation: anna, contact: contactOf(anna) }),
    'GET /api/conversations/6': () => ({ conversation: other, contact: contactOf(other) }),
    'GET /api/conversations/5/messages': () => ({ items: [parcel, later] }),
    'GET /api/conversations/6/messages': () => ({ items: [message({ id: 60, conversationId: 6 })] }),
    'GET /api/contacts/\\d+/(history|duplicates)': () => ({ items: [] }),
  });
  return wrapper;
}

const highlighted = (w: VueWrapper) => w.findAll('.highlighted').map((m) => Number(m.attributes('data-message-id')));
const key = (w: VueWrapper, name: string) => w.get('[data-search]').trigger('keydown', { key: name });

describe('InboxView: opening a search hit', () => {
  afterEach(() => vi.useRealTimers());

  it('opens the conversation and marks the message that matched once it is loaded; one not loaded just opens', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const scrolledTo = () => scrolled.mock.contexts.map((el) => (el as HTMLElement).dataset.messageId).filter(Boolean);
    try {
      const wrapper = mountInbox();
      await flushPromises();
      await wrapper.get('[data-search]').setValue('parcel');
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
      await flushPromises();

      await key(wrapper, 'Enter');
      await flushPromises();
      expect(wrapper.find('.dialog [data-message-id="52"]').exists()).toBe(true);
      expect(highlighted(wrapper)).toEqual([51]);
      expect(scrolledTo()).toEqual(['51']);

      // The highlight fades; the same hit again, in the conversation already open, marks it again.
      vi.advanceTimersByTime(2_000);
      await flushPromises();
      expect(highlighted(wrapper)).toEqual([]);
      await wrapper.get('#search-hit-0').trigger('click');
      await flushPromises();
      expect(highlighted(wrapper)).toEqual([51]);
      expect(scrolledTo()).toEqual(['51', '51']);

      await key(wrapper, 'ArrowDown');
      await key(wrapper, 'Enter');
      await flushPromises();
      expect(wrapper.find('.dialog [data-message-id="60"]').exists()).toBe(true);
      expect(highlighted(wrapper)).toEqual([]);
      expect(scrolledTo()).toEqual(['51', '51']);
      // Let go, not kept for later.
      expect(useMessagesStore().revealing).toBeNull();
    } finally {
      scrolled.mockRestore();
    }
  });

  it('puts the cursor in the search field on Alt+S', async () => {
    const wrapper = mountInbox();
    await flushPromises();
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyS', key: 's', altKey: true, cancelable: true }));
    expect(document.activeElement).toBe(wrapper.get('[data-search]').element);
  });
});
