import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { AttributeDefinitionDto } from '../api/types';
import { useAttributesStore } from '../stores/attributes';
import { bodyRecorder, conversation, ME, withFakeApi } from '../testing/app';
import ConversationAttributes from './ConversationAttributes.vue';

const at = '2026-01-01T00:00:00.000Z';
const definitions: AttributeDefinitionDto[] = [
  { id: 1, target: 'conversation', key: 'order_id', label: 'Order number', type: 'number', options: null, required: true, description: null, createdAt: at },
  { id: 2, target: 'contact', key: 'tier', label: 'Tier', type: 'text', options: null, required: false, description: null, createdAt: at },
];

describe('ConversationAttributes', () => {
  const api = withFakeApi();

  function mountFor(assigneeId: number | null) {
    const { bodies, record } = bodyRecorder();
    const row = conversation({ id: 5, assigneeId, attributes: {} });
    const { wrapper } = api.mount(ConversationAttributes, {
      'PATCH /api/conversations/5/attributes': (url, init) => record('set', { conversation: { ...row, attributes: JSON.parse(String(init?.body)).attributes } })(url, init),
    }, { props: { conversation: row } });
    useAttributesStore().items = definitions;
    return { wrapper, bodies };
  }

  it('shows the conversation’s attributes folded, says a required one is missing, and saves a number as a number', async () => {
    const { wrapper, bodies } = mountFor(ME.id);
    await flushPromises();
    expect(useAttributesStore().ofConversations.map((d) => d.key)).toEqual(['order_id']);
    expect(wrapper.text()).toContain('0 of 1 filled');
    expect(wrapper.text()).toContain('Required ones missing');
    await wrapper.find('button.toggle').trigger('click');
    await wrapper.find('[data-attribute-field="order_id"] [data-edit]').trigger('click');
    await wrapper.find('[data-attribute-field="order_id"] input').setValue('1042');
    await wrapper.find('[data-attribute-field="order_id"] form').trigger('submit');
    await flushPromises();
    expect(bodies.set).toEqual({ attributes: { order_id: 1042 } });
  });

  it('offers no editing of another operator’s conversation', async () => {
    const { wrapper } = mountFor(ME.id + 1);
    await flushPromises();
    await wrapper.find('button.toggle').trigger('click');
    expect(wrapper.find('[data-attribute-field="order_id"] [data-edit]').exists()).toBe(false);
  });
});
