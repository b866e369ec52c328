import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { BotDto } from '../../api/types';
import { withFakeApi } from '../../testing/app';
import BotsView from './BotsView.vue';

const shopBot: BotDto = {
  id: 4,
  inboxId: 1,
  name: 'Shop bot',
  kind: 'flow',
  enabled: true,
  version: 3,
  allowedHosts: ['orders.example.com'],
  webhookUrl: null,
  hasToken: false,
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
};
const inboxes = [
  { id: 1, name: 'Shop widget', type: 'webchat' },
  { id: 2, name: 'Telegram', type: 'telegram' },
];

describe('BotsView', () => {
  const api = withFakeApi();

  it('lists bots and builds a new flow in the form', async () => {
    const bodies: Record<string, any> = {};
    const { wrapper } = api.mount(BotsView, {
      'GET /api/bots': () => ({ items: [shopBot] }),
      'GET /api/inboxes': () => ({ items: inboxes }),
      'POST /api/bots': (_url, init) => {
        bodies.create = JSON.parse(String(init?.body));
        return { bot: { ...shopBot, id: 5, inboxId: 2, name: 'TG bot', version: 1 } };
      },
    });
    await flushPromises();
    expect(wrapper.find('[data-bot="Shop bot"]').text()).toContain('version 3');
    await wrapper.find('[data-new-bot]').trigger('click');
    await wrapper.find('[data-bot-form] input[name=name]').setValue('TG bot');
    await wrapper.find('[data-view=form]').trigger('click');
    // The first step says hello; a second one hands over.
    await wrapper.find('[data-step="start"] textarea').setValue('Hello!');
    await wrapper.find('[data-add-step]').trigger('click');
    const second = wrapper.findAll('fieldset.step')[1];
    await second.find('select[name=stepType]').setValue('handover');
    await wrapper.find('[data-step="start"] select[name=next]').setValue('step2');
    await wrapper.find('[data-bot-form]').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({
      inboxId: 2,
      kind: 'flow',
      name: 'TG bot',
      enabled: true,
      allowedHosts: [],
      definition: { start: 'start', steps: { start: { type: 'message', text: { en: 'Hello!' }, next: 'step2' }, step2: { type: 'handover' } } },
    });
  });

  it('shows the definition as JSON and reads an edited one back into the form', async () => {
    const { wrapper } = api.mount(BotsView, {
      'GET /api/bots': () => ({ items: [shopBot] }),
      'GET /api/inboxes': () => ({ items: inboxes }),
      'GET /api/bots/4': () => ({ bot: { ...shopBot, definition: { start: 'a', steps: { a: { type: 'handover', text: { en: 'Bye' } } } } }, versions: [] }),
    });
    await flushPromises();
    await wrapper.find('[data-bot="Shop bot"] button').trigger('click');
    await flushPromises();
    await wrapper.find('[data-view=json]').trigger('click');
    const json = wrapper.find('textarea[name=definition]');
    expect(JSON.parse((json.element as HTMLTextAreaElement).value)).toEqual({ start: 'a', steps: { a: { type: 'handover', text: { en: 'Bye' } } } });
    await json.setValue('{"start": "b", "steps": {"b": {"type": "menu", "text": "Pick", "options": []}}}');
    await wrapper.find('[data-view=form]').trigger('click');
    expect(wrapper.find('[data-step="b"] select[name=stepType]').element).toHaveProperty('value', 'menu');
    await wrapper.find('[data-view=json]').trigger('click');
    await wrapper.find('textarea[name=definition]').setValue('{ not json');
    await wrapper.find('[data-view=canvas]').trigger('click');
    expect(wrapper.find('[data-bot-error]').text()).toMatch(/^The JSON cannot be read: /);
    // Unreadable JSON keeps the JSON view, so nothing typed is lost.
    expect(wrapper.find('textarea[name=definition]').exists()).toBe(true);
  });
});
