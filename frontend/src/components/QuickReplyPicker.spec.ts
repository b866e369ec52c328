import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http } from '../api/http';
import { fillTemplate, slashQuery } from '../lib/quick-replies';
import { useQuickRepliesStore } from '../stores/quickReplies';
import { fakeFetch, mountWithApp } from '../testing/app';
import Composer from './Composer.vue';
import type { ComposerSend } from './composer';

let wrapper: VueWrapper | undefined;

afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.unstubAllGlobals();
  http.setBaseUrl('');
});

async function mountComposer(vars: Record<string, unknown> = { contact: { name: 'Anna', email: 'anna@example.com' }, agent: { name: 'Olga' } }) {
  wrapper = mountWithApp(Composer, { props: { conversationId: 1, vars } }).wrapper;
  await flushPromises();
  return wrapper;
}

async function type(w: VueWrapper, text: string) {
  const textarea = w.find('textarea');
  await textarea.setValue(text);
  (textarea.element as HTMLTextAreaElement).setSelectionRange(text.length, text.length);
  await textarea.trigger('keyup');
}

function press(w: VueWrapper, key: string) {
  w.find('textarea').element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  return flushPromises();
}

const shortcuts = (w: VueWrapper) => w.findAll('[data-quick-replies] [role=option]').map((o) => o.attributes('data-shortcut'));
const value = (w: VueWrapper) => (w.find('textarea').element as HTMLTextAreaElement).value;

describe('QuickReplyPicker', () => {
  it('opens on "/" with every quick reply, and not for a slash inside a word', async () => {
    const w = await mountComposer();
    expect(w.find('[data-quick-replies]').exists()).toBe(false);
    await type(w, '/');
    expect(shortcuts(w)).toEqual(['hello', 'wait', 'email', 'thanks']);
    await type(w, 'and/or');
    expect(w.find('[data-quick-replies]').exists()).toBe(false);
  });

  it('filters as the operator types, shortcut matches first', async () => {
    const w = await mountComposer();
    await type(w, '/tha');
    // "thanks" by its shortcut first, then "wait" whose text says "Thank you for waiting".
    expect(shortcuts(w)).toEqual(['thanks', 'wait']);
    await type(w, '/mail');
    expect(shortcuts(w)).toEqual(['email']);
    await type(w, '/zzz');
    expect(shortcuts(w)).toEqual([]);
    expect(w.find('[data-quick-replies]').text()).toContain('No quick reply matches “zzz”');
  });

  it('inserts the reply with the contact and operator filled in, and Enter then sends it', async () => {
    const w = await mountComposer();
    await type(w, '/hel');
    expect(w.find('[data-quick-replies] .preview').text()).toBe('Hello Anna! My name is Olga, how can I help you?');
    await press(w, 'Enter');
    expect(w.find('[data-quick-replies]').exists()).toBe(false);
    expect(value(w)).toBe('Hello Anna! My name is Olga, how can I help you?');
    expect(w.emitted('send')).toBeUndefined();
    await press(w, 'Enter');
    const [[payload]] = w.emitted('send') as [[ComposerSend]];
    expect(payload.text).toBe('Hello Anna! My name is Olga, how can I help you?');
    // The reply's id goes along, so the server counts its use.
    expect(payload.quickReplyId).toBe(1);
  });

  it('attaches the reply’s files when it is inserted, and sends them with it', async () => {
    http.setBaseUrl('http://inbox.test');
    const manual = { id: 70, fileName: 'manual.pdf', mimeType: 'application/pdf', size: 2048, url: '/api/attachments/k70/manual.pdf' };
    const routes = fakeFetch({ 'POST /api/quick-replies/9/use': () => ({ attachments: [manual] }) });
    vi.stubGlobal('fetch', routes.fn);
    const w = await mountComposer();
    useQuickRepliesStore().useSource({
      persisted: true,
      list: async () => [{ id: 9, shortcut: 'manual', title: 'Manual', content: 'Here is the manual.', attachments: [{ fileName: 'manual.pdf', size: 2048 }] }],
    });
    await useQuickRepliesStore().load('en');
    await type(w, '/man');
    expect(w.find('[data-quick-replies] [data-files]').text()).toContain('1 file(s)');
    await press(w, 'Enter');
    expect(routes.calls).toContain('POST /api/quick-replies/9/use');
    await press(w, 'Enter');
    const [[payload]] = w.emitted('send') as [[ComposerSend]];
    expect(payload).toMatchObject({ text: 'Here is the manual.', quickReplyId: 9, attachments: [manual] });
  });

  it('moves with the arrows, keeps text typed before the slash, and closes on Escape', async () => {
    const w = await mountComposer();
    await type(w, 'Sure. /');
    await press(w, 'ArrowDown');
    expect(w.find('[data-quick-replies] [aria-selected=true]').attributes('data-shortcut')).toBe('wait');
    await press(w, 'Enter');
    expect(value(w)).toBe('Sure. Thank you for waiting, Anna. I am checking this for you, it will take a couple of minutes.');

    await type(w, '/');
    await press(w, 'Escape');
    expect(w.find('[data-quick-replies]').exists()).toBe(false);
    await w.find('textarea').trigger('keyup');
    expect(w.find('[data-quick-replies]').exists()).toBe(false);
  });

  it('leaves no gap where the contact has no name yet', async () => {
    const w = await mountComposer({ contact: { name: null }, agent: { name: 'Olga' } });
    await type(w, '/hello');
    await press(w, 'Tab');
    expect(value(w)).toBe('Hello! My name is Olga, how can I help you?');
  });

  it('takes its list from the store source', async () => {
    const w = await mountComposer();
    const store = useQuickRepliesStore();
    store.useSource({ persisted: true, list: async () => [{ id: 41, shortcut: 'refund', title: 'Refund', content: 'Your refund is on its way, {{contact.name}}.' }] });
    await store.load('en');
    await type(w, '/ref');
    await press(w, 'Enter');
    await press(w, 'Enter');
    const [[payload]] = w.emitted('send') as [[ComposerSend]];
    expect(payload).toMatchObject({ text: 'Your refund is on its way, Anna.', quickReplyId: 41 });
  });
});

describe('fillTemplate', () => {
  it('fills the contact’s and the conversation’s custom attributes', () => {
    const vars = { contact: { name: 'Anna', attributes: { tier: 'gold' } }, conversation: { attributes: { order_id: 1042, refund: true } } };
    expect(fillTemplate('Order {{conversation.attributes.order_id}} ({{contact.attributes.tier}}), refund {{ conversation.attributes.refund }}{{conversation.attributes.none}}.', vars)).toBe(
      'Order 1042 (gold), refund true.',
    );
  });

  it('fills known variables and keeps unknown ones visible', () => {
    expect(fillTemplate('Hi {{ contact.name }}, I am {{agent.name}}. {{contact.shoeSize}}', { contact: { name: 'Anna' }, agent: { name: 'Olga' } })).toBe(
      'Hi Anna, I am Olga. {{contact.shoeSize}}',
    );
    expect(fillTemplate('Спасибо за ожидание, {{contact.name}}.', { contact: null })).toBe('Спасибо за ожидание.');
  });
});

describe('slashQuery', () => {
  it('finds the /word right before the caret', () => {
    expect(slashQuery('/he', 3)).toEqual({ start: 0, query: 'he' });
    expect(slashQuery('ok /he', 6)).toEqual({ start: 3, query: 'he' });
    expect(slashQuery('ok /he there', 12)).toBeNull();
    expect(slashQuery('http://x', 8)).toBeNull();
  });
});
