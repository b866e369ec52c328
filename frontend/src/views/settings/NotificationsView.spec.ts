import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import NotificationsView from './NotificationsView.vue';

const ENDPOINT = 'https://push.example/send/abc';
const unsubscribe = vi.fn(async () => true);

// This browser as one that has push and is subscribed (the real module answers false outside a production build).
vi.mock('../../lib/push', () => ({
  pushSupported: () => true,
  currentSubscription: async () => ({ endpoint: ENDPOINT, unsubscribe }),
  subscribeBrowser: async () => 'denied',
}));

const api = withFakeApi();

function mountView() {
  const { bodies, record } = bodyRecorder();
  const { wrapper, calls } = api.mount(NotificationsView, {
    'GET /api/push-subscriptions/settings': () => ({ publicKey: 'BKEY', events: ['assigned', 'mention', 'customer-message', 'sla-warning'], subscribed: true }),
    'PUT /api/push-subscriptions/events': record('events', { events: ['assigned', 'mention', 'sla-warning'] }),
    'DELETE /api/push-subscriptions': record('delete', null),
  });
  return { wrapper, bodies, calls };
}

describe('NotificationsView', () => {
  it('asks about this browser’s endpoint and sends the operator’s choice of events', async () => {
    const { wrapper, bodies, calls } = mountView();
    await flushPromises();
    expect(calls).toContain(`GET /api/push-subscriptions/settings?endpoint=${encodeURIComponent(ENDPOINT)}`);
    expect(wrapper.get('[data-push-state]').text()).toBe('This device receives notifications.');
    const box = wrapper.get('[data-push-event="customer-message"]');
    expect((box.element as HTMLInputElement).checked).toBe(true);
    await box.setValue(false);
    await flushPromises();
    expect(bodies.events).toEqual({ events: ['assigned', 'mention', 'sla-warning'] });
    expect((wrapper.get('[data-push-event="customer-message"]').element as HTMLInputElement).checked).toBe(false);
  });

  it('turns off: the server forgets the endpoint and the browser unsubscribes', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.get('[data-push-off]').trigger('click');
    await flushPromises();
    expect(bodies.delete).toEqual({ endpoint: ENDPOINT });
    expect(unsubscribe).toHaveBeenCalled();
    expect(wrapper.find('[data-push-on]').exists()).toBe(true);
    expect(wrapper.find('[data-push-events]').exists()).toBe(false);
  });
});
