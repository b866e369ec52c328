import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { conversation, withFakeApi } from '../testing/app';
import CustomerWindowBar from './CustomerWindowBar.vue';

const api = withFakeApi();
const closed = { window: { rule: 'window', open: false, closesAt: '2026-03-01T10:00:00.000Z', templates: true } };
const template = { name: 'order_update', language: 'en_US', status: 'APPROVED', body: 'Hello {{1}}, order {{2}}.' };

describe('CustomerWindowBar', () => {
  it('says the window is closed and sends an approved template with its parameters', async () => {
    const c = conversation({ id: 31, inbox: { id: 2, name: 'WhatsApp', type: 'whatsapp-cloud' } });
    let sent: unknown = null;
    const { wrapper } = api.mount(
      CustomerWindowBar,
      {
        'GET /api/conversations/31/window': () => closed,
        'GET /api/conversations/31/templates': () => ({ items: [template] }),
        'POST /api/conversations/31/template': (_url, init) => {
          sent = JSON.parse(String(init?.body));
          return { message: { id: 1, conversationId: 31, direction: 'out', senderType: 'agent', kind: 'text', text: 'Hello Ann, order A-1.', attachments: [], status: 'pending', private: false, createdAt: new Date().toISOString() } };
        },
      },
      { props: { conversation: c } },
    );
    await flushPromises();
    expect(wrapper.get('[data-window-closed]').text()).toContain('only an approved template');
    const select = wrapper.get('[data-template-select]').element as HTMLSelectElement;
    select.selectedIndex = 1;
    await wrapper.get('[data-template-select]').trigger('change');
    const inputs = wrapper.findAll('input');
    expect(inputs).toHaveLength(2);
    await inputs[0].setValue('Ann');
    await inputs[1].setValue('A-1');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual({ name: 'order_update', language: 'en_US', parameters: ['Ann', 'A-1'] });
  });

  it('shows nothing while the window is open, and nothing for channels without one', async () => {
    const open = api.mount(CustomerWindowBar, { 'GET /api/conversations/32/window': () => ({ window: { rule: 'window', open: true, closesAt: null, templates: true } }) }, {
      props: { conversation: conversation({ id: 32, inbox: { id: 2, name: 'WhatsApp', type: 'whatsapp-cloud' } }) },
    });
    await flushPromises();
    expect(open.wrapper.find('[data-window-closed]').exists()).toBe(false);
    const widget = api.mount(CustomerWindowBar, {}, { props: { conversation: conversation({ id: 33 }) } });
    await flushPromises();
    expect(widget.calls).toHaveLength(0);
  });
});
