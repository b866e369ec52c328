import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { MacroDto, MacroPreview } from '../api/types';
import { useConversationsStore } from '../stores/conversations';
import { bodyRecorder, conversation, ME, withFakeApi } from '../testing/app';
import MacroLauncher from './MacroLauncher.vue';

const api = withFakeApi();

const macro = (id: number, name: string): MacroDto => ({ id, name, scope: 'personal', teamId: null, ownerId: ME.id, actions: [{ type: 'send-message', text: 'Hi {{contact.name}}' }, { type: 'close' }], updatedAt: '' });
const refund = macro(1, 'Refund and close');
const escalate = macro(2, 'Escalate');
const preview = (runnable: boolean): MacroPreview => ({
  macro: refund,
  runnable,
  steps: [
    { index: 0, action: refund.actions[0], text: 'Hi Anna', labelNames: [], targetName: null, problem: null },
    { index: 1, action: refund.actions[1], text: null, labelNames: [], targetName: null, problem: runnable ? null : 'the conversation is already closed' },
  ],
});

function mountLauncher(options: { runnable?: boolean; refuse?: boolean } = {}) {
  const { bodies, record } = bodyRecorder();
  const closed = conversation({ id: 5, status: 'closed' });
  const { wrapper, calls } = api.mount(
    MacroLauncher,
    {
      'GET /api/macros': () => ({ items: [escalate, refund] }),
      'POST /api/conversations/5/macros/1/preview': () => preview(options.runnable ?? true),
      'POST /api/conversations/5/macros/1/run': options.refuse
        ? () => new Response(JSON.stringify({ statusCode: 409, error: 'Conflict', message: 'actions[1] (close): the conversation is already closed; nothing was done' }), { status: 409 })
        : record('run', { steps: preview(true).steps, conversation: closed }),
    },
    { props: { conversationId: 5 }, attachTo: document.body },
  );
  return { wrapper, bodies, calls };
}

const palette = () => document.querySelector<HTMLInputElement>('[data-macro-filter]');
const options = () => [...document.querySelectorAll('[data-macro-option]')].map((o) => o.getAttribute('data-macro-option'));

async function typeAndEnter(w: VueWrapper, text: string) {
  const input = palette() as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await flushPromises();
  void w;
}

describe('MacroLauncher', () => {
  it('opens the palette with every macro by name, filters as one types, and previews the pick with its texts rendered', async () => {
    const { wrapper, calls } = mountLauncher();
    await (wrapper.vm as unknown as { openPalette(): Promise<void> }).openPalette();
    await flushPromises();
    expect(document.activeElement).toBe(palette());
    expect(options()).toEqual(['Escalate', 'Refund and close']);
    await typeAndEnter(wrapper, 'refund');
    expect(calls).toContain('POST /api/conversations/5/macros/1/preview');
    expect(calls.some((c) => c.endsWith('/run'))).toBe(false);
    const steps = [...document.querySelectorAll('[data-macro-preview] li')].map((li) => [...li.children].map((c) => c.textContent?.trim()).join(' '));
    expect(steps).toEqual(['Send to the customer: Hi Anna', 'Close the conversation']);
  });

  it('runs it on Run, with the operator’s time zone, and shows the conversation as the answer says', async () => {
    const { wrapper, bodies } = mountLauncher();
    useConversationsStore().setView('all');
    useConversationsStore().setItems([conversation({ id: 5 })]);
    await (wrapper.vm as unknown as { openPreview(id: number): Promise<void> }).openPreview(1);
    await flushPromises();
    (document.querySelector('[data-macro-run]') as HTMLButtonElement).click();
    await flushPromises();
    expect(bodies.run).toEqual({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    expect(useConversationsStore().items.find((c) => c.id === 5)?.status).toBe('closed');
    expect(document.querySelector('[data-macro-preview]')).toBeNull();
  });

  it('says what stands in the way and offers no Run; a refusal of the server is shown as it says it', async () => {
    const blocked = mountLauncher({ runnable: false });
    await (blocked.wrapper.vm as unknown as { openPreview(id: number): Promise<void> }).openPreview(1);
    await flushPromises();
    expect(document.querySelector('[data-step=close]')?.textContent).toContain('Cannot be done: the conversation is already closed. Nothing will be done.');
    expect((document.querySelector('[data-macro-run]') as HTMLButtonElement).disabled).toBe(true);
    blocked.wrapper.unmount();

    const refused = mountLauncher({ refuse: true });
    await (refused.wrapper.vm as unknown as { openPreview(id: number): Promise<void> }).openPreview(1);
    await flushPromises();
    (document.querySelector('[data-macro-run]') as HTMLButtonElement).click();
    await flushPromises();
    expect(document.querySelector('[data-macro-error]')?.textContent).toContain('actions[1] (close): the conversation is already closed; nothing was done');
  });
});
