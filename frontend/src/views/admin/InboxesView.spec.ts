import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { InboxDto } from '../../api/types';
import { bodyRecorder, inbox, withFakeApi } from '../../testing/app';
import InboxesView from './InboxesView.vue';

describe('Settings → Inboxes: archiving', () => {
  const api = withFakeApi();

  function mountView(shop: InboxDto) {
    const { bodies, record } = bodyRecorder();
    const { wrapper } = api.mount(InboxesView, {
      'GET /api/inboxes': () => ({ items: [shop] }),
      'GET /api/teams': () => ({ items: [] }),
      'PATCH /api/inboxes/5': (url, init) => record('update', { inbox: { ...shop, active: JSON.parse(String(init?.body)).active } })(url, init),
    });
    return { wrapper, bodies };
  }

  it('archives an inbox after a confirmation, then offers only to reactivate it', async () => {
    const { wrapper, bodies } = mountView(inbox({ id: 5, type: 'webchat', name: 'Old shop' }));
    await flushPromises();
    const card = () => wrapper.find('[data-inbox-id="5"]');
    await card().find('[data-archive]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('its open conversations are closed without a goodbye or survey');
    expect(bodies.update).toBeUndefined();
    (document.body.querySelector('[data-confirm-archive]') as HTMLButtonElement).click();
    await flushPromises();
    expect(bodies.update).toEqual({ active: false });
    expect(card().find('[data-archived]').text()).toBe('Archived');
    expect(card().find('[data-archive]').exists()).toBe(false);
    expect(card().find('[data-automation]').exists()).toBe(false);

    await card().find('[data-reactivate]').trigger('click');
    await flushPromises();
    expect(bodies.update).toEqual({ active: true });
    expect(card().find('[data-archived]').exists()).toBe(false);
  });
});
