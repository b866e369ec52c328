import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageQuote } from '../api/types';
import { useAgentsStore } from '../stores/agents';
import { ME, mountWithApp } from '../testing/app';
import Composer from './Composer.vue';
import type { ComposerSend } from './composer';

const vars = { contact: { name: 'Anna Kowalska', email: 'anna@example.com' }, agent: { name: 'Olga' } };
let wrapper: VueWrapper | undefined;

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

async function mountComposer(props: Record<string, unknown> = {}) {
  wrapper = mountWithApp(Composer, { props: { conversationId: 1, vars, ...props } }).wrapper;
  await flushPromises();
  return wrapper;
}

/** A real KeyboardEvent, so the test sees whether the composer prevented the default (the newline). */
function press(w: VueWrapper, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  w.find('textarea').element.dispatchEvent(event);
  return event;
}

const sent = (w: VueWrapper) => (w.emitted('send') ?? []).map((args) => args[0] as ComposerSend);

describe('Composer', () => {
  it('sends on Enter and empties itself', async () => {
    const w = await mountComposer();
    await w.find('textarea').setValue('Your order left the warehouse today.');
    const event = press(w, 'Enter');
    await flushPromises();
    expect(event.defaultPrevented).toBe(true);
    expect(sent(w)).toEqual([{ text: 'Your order left the warehouse today.', private: false, attachments: [] }]);
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('');
  });

  it('asks for the macro palette on Ctrl+K (Cmd+K), by the key’s position, and types nothing', async () => {
    const w = await mountComposer();
    const event = press(w, 'k', { code: 'KeyK', ctrlKey: true });
    expect(event.defaultPrevented).toBe(true);
    press(w, 'л', { code: 'KeyK', metaKey: true });
    press(w, 'k', { code: 'KeyK' });
    expect(w.emitted('macros')).toHaveLength(2);
  });

  it('starts a new line on Shift+Enter instead of sending', async () => {
    const w = await mountComposer();
    await w.find('textarea').setValue('First line');
    const event = press(w, 'Enter', { shiftKey: true });
    await flushPromises();
    expect(event.defaultPrevented).toBe(false);
    expect(sent(w)).toEqual([]);
  });

  it('does not send while an input method is composing a word, nor an empty message', async () => {
    const w = await mountComposer();
    await w.find('textarea').setValue('привіт');
    press(w, 'Enter', { isComposing: true });
    await w.find('textarea').setValue('   ');
    press(w, 'Enter');
    await flushPromises();
    expect(sent(w)).toEqual([]);
  });

  it('keeps a draft per conversation', async () => {
    const w = await mountComposer();
    await w.find('textarea').setValue('Half-written answer for the first customer');
    await w.setProps({ conversationId: 2 });
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('');
    await w.find('textarea').setValue('Something for the second one');
    await w.setProps({ conversationId: 1 });
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('Half-written answer for the first customer');
    await w.setProps({ conversationId: 2 });
    expect((w.find('textarea').element as HTMLTextAreaElement).value).toBe('Something for the second one');
  });

  it('sends a private note when the note toggle is on, and reports no typing for it', async () => {
    const w = await mountComposer();
    await w.find('[data-private-toggle]').trigger('click');
    expect(w.find('[data-composer]').classes()).toContain('private');
    expect(w.find('[data-send]').text()).toBe('Add note');
    await w.find('textarea').setValue('Customer is a VIP, be extra kind');
    press(w, 'Enter');
    await flushPromises();
    expect(sent(w)).toEqual([{ text: 'Customer is a VIP, be extra kind', private: true, attachments: [] }]);
    expect(w.emitted('typing')).toBeUndefined();
    // The toggle is per conversation and stays on for the next note.
    expect(w.find('[data-composer]').classes()).toContain('private');
    await w.setProps({ conversationId: 2 });
    expect(w.find('[data-composer]').classes()).not.toContain('private');
  });

  it('tells the customer the operator is typing, then that they stopped on send', async () => {
    const w = await mountComposer();
    await w.find('textarea').setValue('Let me check');
    expect(w.emitted('typing')).toEqual([[1, true]]);
    press(w, 'Enter');
    await flushPromises();
    expect(w.emitted('typing')).toEqual([
      [1, true],
      [1, false],
    ]);
  });

  it('says why it is read-only instead of offering a box', async () => {
    const w = await mountComposer({ disabled: true, disabledReason: 'This conversation is closed.' });
    expect(w.find('textarea').exists()).toBe(false);
    expect(w.text()).toContain('This conversation is closed.');
  });

  describe('replying to a message', () => {
    const quote: MessageQuote = { id: 51, senderType: 'contact', senderName: 'Anna Kowalska', kind: 'text', text: 'My parcel never arrived' };
    const textarea = (w: VueWrapper) => w.get('textarea').element as HTMLTextAreaElement;

    it('shows whom it answers above the box, takes the keyboard and sends the quote with the reply', async () => {
      const w = await mountComposer();
      await w.setProps({ quote });
      const preview = w.get('[data-quote-preview]');
      expect(preview.find('.quoted-sender').text()).toBe('Replying to Anna Kowalska');
      expect(preview.find('.quoted-text').text()).toBe('My parcel never arrived');
      expect(document.activeElement).toBe(textarea(w));
      await w.find('textarea').setValue('It is on its way');
      press(w, 'Enter');
      await flushPromises();
      expect(sent(w)).toEqual([{ text: 'It is on its way', private: false, attachments: [], replyTo: quote }]);
    });

    it('names the kind of what it answers when that has no text', async () => {
      const w = await mountComposer({ quote: { id: 52, senderType: 'contact', senderName: null, kind: 'image', text: null } });
      expect(w.get('[data-quote-preview] .quoted-sender').text()).toBe('Replying to Customer');
      expect(w.get('[data-quote-preview] .quoted-text').text()).toBe('Image');
    });

    it('is cancelled by × and by Escape, the keyboard staying in the box', async () => {
      const w = await mountComposer({ quote });
      const cancel = w.get('[data-cancel-quote]');
      expect(cancel.attributes('aria-label')).toBe('Cancel reply');
      await cancel.trigger('click');
      expect(w.emitted('cancel-quote')).toHaveLength(1);
      expect(document.activeElement).toBe(textarea(w));
      const escape = press(w, 'Escape');
      expect(escape.defaultPrevented).toBe(true);
      expect(w.emitted('cancel-quote')).toHaveLength(2);
      // Without a quote Escape is not the composer's.
      await w.setProps({ quote: null });
      expect(w.find('[data-quote-preview]').exists()).toBe(false);
      expect(press(w, 'Escape').defaultPrevented).toBe(false);
      expect(w.emitted('cancel-quote')).toHaveLength(2);
    });

    it('closes the quick replies first when Escape is pressed with them open', async () => {
      const w = await mountComposer({ quote });
      await w.find('textarea').setValue('/');
      await flushPromises();
      expect(w.find('[role=listbox]').exists()).toBe(true);
      press(w, 'Escape');
      await flushPromises();
      expect(w.find('[role=listbox]').exists()).toBe(false);
      expect(w.emitted('cancel-quote')).toBeUndefined();
    });

    it('goes from note mode to a reply for a quote, and drops the quote for a note', async () => {
      const w = await mountComposer();
      await w.find('[data-private-toggle]').trigger('click');
      await w.setProps({ quote });
      expect(w.find('[data-composer]').classes()).not.toContain('private');
      expect(w.emitted('cancel-quote')).toBeUndefined();
      await w.find('[data-private-toggle]').trigger('click');
      expect(w.find('[data-composer]').classes()).toContain('private');
      expect(w.emitted('cancel-quote')).toHaveLength(1);
    });
  });

  it('suggests operators after @ in a note and inserts the chosen one’s handle; not in a reply', async () => {
    const w = await mountComposer();
    useAgentsStore().agents = [
      { ...ME, id: 21, name: 'Anna Koval', email: 'anna.k@shop.example' },
      { ...ME, id: 22, name: 'Boris Lee', email: 'boris@shop.example' },
    ];
    const textarea = w.find('textarea');
    await textarea.setValue('ask @an');
    await textarea.trigger('keyup');
    expect(w.find('[data-mention-picker]').exists()).toBe(false);
    await w.find('[data-private-toggle]').trigger('click');
    await textarea.setValue('ask @an');
    await textarea.trigger('keyup');
    expect(w.findAll('[data-mention-option]').map((o) => o.attributes('data-mention-option'))).toEqual(['anna.k']);
    press(w, 'Enter');
    await flushPromises();
    expect((textarea.element as HTMLTextAreaElement).value).toBe('ask @anna.k ');
    expect(sent(w)).toEqual([]);
    expect(w.find('[data-mention-picker]').exists()).toBe(false);
  });

  it('offers notes only where a mention let me in: no reply mode, no files, and what I send is a note', async () => {
    const w = await mountComposer({ notesOnly: true });
    expect(w.findAll('[role=radio]').map((r) => r.attributes('aria-checked'))).toEqual(['true']);
    expect(w.find(`[aria-label="Attach files"]`).exists()).toBe(false);
    await w.find('textarea').setValue('Invoices need the VAT number.');
    press(w, 'Enter');
    await flushPromises();
    expect(sent(w)).toEqual([{ text: 'Invoices need the VAT number.', private: true, attachments: [] }]);
  });
});
