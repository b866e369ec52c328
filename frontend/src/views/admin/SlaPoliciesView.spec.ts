import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import SlaPoliciesView from './SlaPoliciesView.vue';

const chat = {
  id: 1,
  name: 'Chat desk',
  active: true,
  inboxId: 2,
  channel: null,
  priority: null,
  labelId: 7,
  firstResponseSeconds: 120,
  nextResponseSeconds: null,
  resolutionSeconds: 3600,
  businessHours: true,
  amberPercent: 75,
  warnBeforeSeconds: null,
  snoozedTimeCounts: false,
  createdAt: '2026-12-01T10:00:00.000Z',
};
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('Settings → SLA policies', () => {
  const api = withFakeApi();

  function mountView(create: (url: URL, init?: RequestInit) => unknown) {
    const { bodies, record } = bodyRecorder();
    const { wrapper } = api.mount(
      SlaPoliciesView,
      {
        'GET /api/sla-policies': () => ({ items: [chat] }),
        'GET /api/inboxes': () => ({ items: [{ id: 2, name: 'Shop widget', type: 'webchat' }] }),
        'GET /api/labels': () => ({ items: [{ id: 7, name: 'VIP', color: '#ff0000', description: null, conversations: 0, createdAt: chat.createdAt }] }),
        'POST /api/sla-policies': (url, init) => record('create', null)(url, init) ?? create(url, init),
      },
      { global: { stubs: { teleport: true } } },
    );
    return { wrapper, bodies };
  }

  it('lists the policies with where each applies and its targets', async () => {
    const { wrapper } = mountView(() => null);
    await flushPromises();
    const row = wrapper.find('[data-sla-policy="1"]');
    expect(row.text()).toContain('VIP · Shop widget');
    expect(row.text()).toContain('2 min');
    expect(row.text()).toContain('60 min');
  });

  it('creates a policy with its targets in seconds, and shows the field the server refuses', async () => {
    const created = { ...chat, id: 2, name: 'Urgent', labelId: null, inboxId: null, priority: 'urgent', firstResponseSeconds: 30, resolutionSeconds: null };
    let answer: unknown = json(400, { statusCode: 400, message: 'firstResponseSeconds: set at least one target' });
    const { wrapper, bodies } = mountView(() => answer);
    await flushPromises();
    await wrapper.find('[data-create-sla]').trigger('click');
    await wrapper.find('input[name="name"]').setValue('Urgent');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('firstResponseSeconds');

    answer = { policy: created };
    await wrapper.find('select[name="priority"]').setValue('urgent');
    await wrapper.find('input[name="firstResponse"]').setValue('0.5');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(bodies.create).toMatchObject({ name: 'Urgent', priority: 'urgent', firstResponseSeconds: 30, nextResponseSeconds: null, resolutionSeconds: null, amberPercent: 75, inboxId: null, labelId: null });
    expect(wrapper.find('[data-sla-policy="2"]').text()).toContain('Urgent');
  });
});
