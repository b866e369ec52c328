import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '../testing/app';
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
});
