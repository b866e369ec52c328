import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conversation, withFakeApi } from '../testing/app';
import CustomerWindowBar from './CustomerWindowBar.vue';

const api = withFakeApi();
const closed = { window: { rule: 'window', open: false, closesAt: '2026-03-01T10:00:00.000Z', templates: true, humanAgentUntil: null } };
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
    const open = api.mount(CustomerWindowBar, { 'GET /api/conversations/32/window': () => ({ window: { rule: 'window', open: true, closesAt: null, templates: true, humanAgentUntil: null } }) }, {
      props: { conversation: conversation({ id: 32, inbox: { id: 2, name: 'WhatsApp', type: 'whatsapp-cloud' } }) },
    });
    await flushPromises();
    expect(open.wrapper.html()).toBe('<!--v-if-->');
    // Only the last mount is taken down after the test; this one holds the shared clock.
    open.wrapper.unmount();
    const widget = api.mount(CustomerWindowBar, {}, { props: { conversation: conversation({ id: 33 }) } });
    await flushPromises();
    expect(widget.calls).toHaveLength(0);
  });

  describe('on Instagram with the Human Agent feature', () => {
    const instagram = (id: number) => conversation({ id, inbox: { id: 3, name: 'Instagram', type: 'instagram' } });
    const humanAgent = (until: number) => () => ({ window: { rule: 'window', open: false, closesAt: new Date(until - 6 * 86_400_000).toISOString(), templates: false, humanAgentUntil: new Date(until).toISOString() } });
    afterEach(() => vi.useRealTimers());

    it('warns until when the operator may still answer, and how long that is, instead of saying the window is closed', async () => {
      const until = Date.now() + 3 * 86_400_000 + 3_600_000;
      const { wrapper } = api.mount(CustomerWindowBar, { 'GET /api/conversations/34/window': humanAgent(until) }, { props: { conversation: instagram(34) } });
      await flushPromises();
      const bar = wrapper.get('[data-window-human-agent]');
      const deadline = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(until);
      expect(bar.text()).toBe(`The 24-hour window has closed. As a human agent you can still answer until ${deadline} (3 d left, with Instagram’s Human Agent tag); automatic messages cannot be sent.`);
      expect(bar.classes()).toContain('human-agent');
      expect(wrapper.find('[data-window-closed]').exists()).toBe(false);
    });

    it('shows nothing while the 24-hour window is still open', async () => {
      const open = () => ({ window: { rule: 'window', open: true, closesAt: new Date(Date.now() + 3_600_000).toISOString(), templates: false, humanAgentUntil: new Date(Date.now() + 7 * 86_400_000).toISOString() } });
      const { wrapper } = api.mount(CustomerWindowBar, { 'GET /api/conversations/37/window': open }, { props: { conversation: instagram(37) } });
      await flushPromises();
      expect(wrapper.html()).toBe('<!--v-if-->');
    });

    it('says the window is closed once that time has passed, also while the bar is shown', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
      const { wrapper } = api.mount(CustomerWindowBar, { 'GET /api/conversations/35/window': humanAgent(Date.now() + 90_000) }, { props: { conversation: instagram(35) } });
      await flushPromises();
      expect(wrapper.get('[data-window-human-agent]').text()).toContain('(1 min left,');
      vi.advanceTimersByTime(60_000);
      await flushPromises();
      expect(wrapper.get('[data-window-human-agent]').text()).toContain('(30 s left,');
      vi.advanceTimersByTime(30_000);
      await flushPromises();
      expect(wrapper.find('[data-window-human-agent]').exists()).toBe(false);
      expect(wrapper.get('[data-window-closed]').text()).toBe('The customer last wrote more than 24 hours ago: you can answer when they write again.');
    });

    it('says the window is closed when the Human Agent time ran out before the conversation was opened', async () => {
      const { wrapper } = api.mount(CustomerWindowBar, { 'GET /api/conversations/36/window': humanAgent(Date.now() - 1_000) }, { props: { conversation: instagram(36) } });
      await flushPromises();
      expect(wrapper.find('[data-window-human-agent]').exists()).toBe(false);
      expect(wrapper.get('[data-window-closed]').classes()).toContain('closed');
    });
  });
});
