import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import AttributesView from './AttributesView.vue';

const at = '2026-01-01T00:00:00.000Z';
const tier = { id: 1, target: 'contact', key: 'tier', label: 'Tier', type: 'list', options: ['gold', 'silver'], required: true, description: null, createdAt: at };
const orderId = { id: 2, target: 'conversation', key: 'order_id', label: 'Order number', type: 'number', options: null, required: false, description: 'From the shop', createdAt: at };

describe('Settings → Custom attributes', () => {
  const api = withFakeApi();

  function mountView() {
    const { bodies, record } = bodyRecorder();
    const { wrapper } = api.mount(AttributesView, {
      'GET /api/attribute-definitions': () => ({ items: [tier, orderId] }),
      'POST /api/attribute-definitions': (url, init) => record('create', { definition: { ...JSON.parse(String(init?.body)), id: 9, options: JSON.parse(String(init?.body)).options ?? null, description: null, createdAt: at } })(url, init),
      'PATCH /api/attribute-definitions/1': (url, init) => record('update', { definition: { ...tier, ...JSON.parse(String(init?.body)) } })(url, init),
    });
    return { wrapper, bodies };
  }

  it('lists contacts’ and conversations’ attributes apart, with their key, type, options and whether required', async () => {
    const { wrapper } = mountView();
    await flushPromises();
    expect(wrapper.find('[data-attribute-row="tier"]').text()).toContain('gold, silver');
    expect(wrapper.find('[data-attribute-row="tier"]').text()).toContain('Yes');
    expect(wrapper.find('[data-attribute-row="order_id"]').text()).toContain('Number');
    const groups = wrapper.findAll('h3.group').map((h) => h.text());
    expect(groups).toEqual(['Contact attributes', 'Conversation attributes']);
  });

  it('creates a list attribute: the key follows the label unless typed, options one a line', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-create-attribute] select[name="target"]').setValue('conversation');
    await wrapper.find('[data-create-attribute] input[name="label"]').setValue('Delivery method');
    await wrapper.find('[data-create-attribute] select[name="type"]').setValue('list');
    await wrapper.find('[data-create-attribute] textarea[name="options"]').setValue('courier\n\n pickup ');
    await wrapper.find('[data-create-attribute] input[name="required"]').setValue(true);
    await wrapper.find('[data-create-attribute]').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({ target: 'conversation', key: 'delivery_method', type: 'list', label: 'Delivery method', required: true, description: null, options: ['courier', 'pickup'] });
    expect(wrapper.find('[data-attribute-row="delivery_method"]').exists()).toBe(true);
  });

  it('edits the label, options and required of one in place', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-attribute-row="tier"] [data-edit]').trigger('click');
    await wrapper.find('[data-edit-attribute] textarea[name="options"]').setValue('gold\nsilver\nbronze');
    await wrapper.find('[data-edit-attribute] input[name="required"]').setValue(false);
    await wrapper.find('[data-edit-attribute]').trigger('submit');
    await flushPromises();
    expect(bodies.update).toEqual({ label: 'Tier', required: false, description: null, options: ['gold', 'silver', 'bronze'] });
    expect(wrapper.find('[data-attribute-row="tier"]').text()).toContain('gold, silver, bronze');
  });
});
