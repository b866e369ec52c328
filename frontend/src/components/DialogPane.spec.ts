import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ConversationDto, MessageDto } from '../api/types';
import { useConversationsStore } from '../stores/conversations';
import { useToastsStore } from '../stores/toasts';
import { conversation, ME, message, withFakeApi } from '../testing/app';
import DialogPane from './DialogPane.vue';

const api = withFakeApi();

const contactOf = (c: ConversationDto) => ({ id: c.contact?.id ?? 0, name: c.contact?.name ?? null, email: null, phone: null, language: null, country: null, attributes: {}, createdAt: c.createdAt, identities: [] });
const anna = conversation({ id: 5, contact: { id: 31, name: 'Anna', email: null, phone: null } });
const other = conversation({ id: 6 });
const parcel = message({ id: 51, conversationId: 5, senderName: 'Anna', text: 'My parcel never arrived' });
const refused = { statusCode: 400, error: 'Bad Request', message: 'replyToMessageId: message 51 is not in this conversation' };

/**
 * The dialog of conversation 5 (Anna's, mine unless `over` says otherwise).
 * Sending answers with the stored reply, or with a 400 while `refuse` is on.
 */
async function openDialog(over: Partial<ConversationDto> = {}) {
  const conv = { ...anna, ...over };
  const posted: unknown[] = [];
  const server = { refuse: false };
  const { wrapper } = api.mount(DialogPane, {
    'GET /api/conversations/5': () => ({ conversation: conv, contact: contactOf(conv) }),
    'GET /api/conversations/6': () => ({ conversation: other, contact: contactOf(other) }),
    'GET /api/contacts/\\d+/(history|duplicates)': () => ({ items: [] }),
    'GET /api/conversations/5/messages': () => ({ items: [parcel] }),
    'GET /api/conversations/6/messages': () => ({ items: [] }),
    'POST /api/conversations/5/messages': (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { text: string; replyToMessageId?: number };
      posted.push(body);
      if (server.refuse) return new Response(JSON.stringify(refused), { status: 400 });
      const stored: MessageDto = message({
        id: 60 + posted.length,
        conversationId: 5,
        direction: 'out',
        senderType: 'agent',
        senderId: ME.id,
        senderName: ME.name,
        text: body.text,
        replyTo: body.replyToMessageId ? { id: 51, senderType: 'contact', senderName: 'Anna', kind: 'text', text: parcel.text } : null,
      });
      return { message: stored };
    },
  });
  const store = useConversationsStore();
  store.setItems([conv, other]);
  await store.open(5);
  await flushPromises();
  return { wrapper, posted, server, store };
}

const preview = (w: VueWrapper) => w.find('[data-quote-preview]');

async function write(w: VueWrapper, text: string) {
  await w.get('textarea').setValue(text);
  w.get('textarea').element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  await flushPromises();
}

describe('DialogPane: replying to a message', () => {
  it('quotes the message Reply was chosen on, posts its id with the reply and clears the quote once sent', async () => {
    const { wrapper, posted } = await openDialog();
    await wrapper.get('[data-message-id="51"] [data-reply]').trigger('click');
    expect(preview(wrapper).text()).toContain('Replying to Anna');
    expect(preview(wrapper).text()).toContain('My parcel never arrived');
    expect(document.activeElement).toBe(wrapper.get('textarea').element);

    await write(wrapper, 'Sorry! A new one left today.');
    expect(posted).toEqual([{ text: 'Sorry! A new one left today.', replyToMessageId: 51 }]);
    expect(preview(wrapper).exists()).toBe(false);
    const reply = wrapper.get('[data-message-id="61"]');
    expect(reply.get('[data-quote] .quoted-text').text()).toBe('My parcel never arrived');

    await write(wrapper, 'Anything else?');
    expect(posted[1]).toEqual({ text: 'Anything else?' });
  });

  it('keeps the quote when the server refuses the reply, and says why', async () => {
    const { wrapper, posted, server } = await openDialog();
    server.refuse = true;
    await wrapper.get('[data-message-id="51"] [data-reply]').trigger('click');
    await write(wrapper, 'Sorry!');
    expect(posted).toEqual([{ text: 'Sorry!', replyToMessageId: 51 }]);
    expect(useToastsStore().items.map((t) => t.text)).toEqual(['Not sent: replyToMessageId: message 51 is not in this conversation']);
    expect(preview(wrapper).text()).toContain('Replying to Anna');
    // The reply that did not go shows the quote it was for, with its retry.
    const failed = wrapper.get('.msg.failed');
    expect(failed.get('[data-quote] .quoted-text').text()).toBe('My parcel never arrived');
    expect(failed.find('[data-retry]').exists()).toBe(true);

    server.refuse = false;
    await write(wrapper, 'Sorry, again!');
    expect(posted[1]).toEqual({ text: 'Sorry, again!', replyToMessageId: 51 });
    expect(preview(wrapper).exists()).toBe(false);
  });

  it('drops the quote on Escape and when another conversation opens', async () => {
    const { wrapper, store } = await openDialog();
    await wrapper.get('[data-message-id="51"] [data-reply]').trigger('click');
    wrapper.get('textarea').element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await flushPromises();
    expect(preview(wrapper).exists()).toBe(false);

    await wrapper.get('[data-message-id="51"] [data-reply]').trigger('click');
    expect(preview(wrapper).exists()).toBe(true);
    await store.open(6);
    await flushPromises();
    expect(preview(wrapper).exists()).toBe(false);
  });

  it('offers no Reply in a conversation the operator cannot write in', async () => {
    const { wrapper } = await openDialog({ status: 'queued', assigneeId: null });
    expect(wrapper.find('[data-message-id="51"]').exists()).toBe(true);
    expect(wrapper.find('[data-reply]').exists()).toBe(false);
  });
});
