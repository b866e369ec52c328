import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, conversation, withFakeApi } from '../testing/app';
import LabelPicker from './LabelPicker.vue';

const billing = { id: 3, name: 'Billing', color: '#2f80ed', description: null, conversations: 1, createdAt: '2026-01-01T00:00:00.000Z' };
const refund = { id: 4, name: 'Refund', color: '#eb5757', description: null, conversations: 0, createdAt: '2026-01-01T00:00:00.000Z' };
const ref = ({ id, name, color }: typeof billing) => ({ id, name, color });

describe('LabelPicker', () => {
  const api = withFakeApi();

  function mountPicker(editable = true) {
    const { bodies, record } = bodyRecorder();
    const c = conversation({ id: 12, labels: [ref(billing)] });
    const { wrapper, calls } = api.mount(
      LabelPicker,
      {
        'GET /api/labels': () => ({ items: [billing, refund] }),
        'PUT /api/conversations/12/labels': (url, init) => {
          const { labelIds } = JSON.parse(String(init?.body)) as { labelIds: number[] };
          return record('labels', { conversation: { ...c, labels: [billing, refund].filter((l) => labelIds.includes(l.id)).map(ref) } })(url, init);
        },
      },
      { props: { conversation: c, editable } },
    );
    return { wrapper, bodies, calls };
  }

  it('shows the conversation’s labels as chips', () => {
    const { wrapper } = mountPicker();
    expect(wrapper.find('[data-label-id="3"]').text()).toBe('Billing');
  });

  it('opens focused on its filter; Enter ticks the first match and saves the whole set', async () => {
    const { wrapper, bodies } = mountPicker();
    await (wrapper.vm as unknown as { show(): Promise<void> }).show();
    await flushPromises();
    const filter = wrapper.find('input[name="label-filter"]');
    expect(document.activeElement).toBe(filter.element);
    await filter.setValue('ref');
    expect(wrapper.findAll('[data-label-option]').map((o) => o.text())).toEqual(['Refund']);
    await filter.trigger('keydown', { key: 'Enter' });
    await flushPromises();
    expect(bodies.labels).toEqual({ labelIds: [3, 4] });
  });

  it('unticking a label saves the set without it', async () => {
    const { wrapper, bodies } = mountPicker();
    await wrapper.find('[data-action="labels"]').trigger('click');
    await flushPromises();
    const billingBox = wrapper.find('[data-label-option="3"] input');
    expect((billingBox.element as HTMLInputElement).checked).toBe(true);
    await billingBox.trigger('change');
    await flushPromises();
    expect(bodies.labels).toEqual({ labelIds: [] });
  });

  it('closes on Escape', async () => {
    const { wrapper } = mountPicker();
    await wrapper.find('[data-action="labels"]').trigger('click');
    await flushPromises();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await flushPromises();
    expect(wrapper.find('[data-label-picker]').exists()).toBe(false);
  });

  it('only shows the chips to whoever may not change them', async () => {
    const { wrapper } = mountPicker(false);
    await (wrapper.vm as unknown as { show(): Promise<void> }).show();
    await flushPromises();
    expect(wrapper.find('[data-action="labels"]').exists()).toBe(false);
    expect(wrapper.find('[data-label-picker]').exists()).toBe(false);
  });
});
