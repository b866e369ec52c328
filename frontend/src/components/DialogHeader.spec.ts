import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ConversationDto } from '../api/types';
import { useConversationsStore } from '../stores/conversations';
import { bodyRecorder, conversation, ME, withFakeApi } from '../testing/app';
import DialogHeader from './DialogHeader.vue';

const api = withFakeApi();

function mountHeader(c: ConversationDto, answer: ConversationDto) {
  const { bodies, record } = bodyRecorder();
  const { wrapper } = api.mount(
    DialogHeader,
    {
      'POST /api/conversations/5/snooze': record('snooze', { conversation: answer }),
      'POST /api/conversations/5/unsnooze': record('unsnooze', { conversation: answer }),
    },
    { props: { conversation: c } },
  );
  useConversationsStore().setItems([c]);
  return { wrapper, bodies };
}

describe('DialogHeader: snooze', () => {
  const mine = conversation({ id: 5, assigneeId: ME.id, status: 'assigned' });
  const snoozed: ConversationDto = { ...mine, status: 'snoozed', snoozedUntil: null };

  it('snoozes with a preset from the menu, and the conversation leaves Mine', async () => {
    const { wrapper, bodies } = mountHeader(mine, { ...snoozed, snoozedUntil: '2026-12-08T07:00:00.000Z' });
    await wrapper.get('[data-action=snooze]').trigger('click');
    expect(wrapper.findAll('[data-snooze]').map((b) => b.attributes('data-snooze'))).toEqual(['until-customer-writes', 'hour', 'hours4', 'tomorrow', 'picked']);
    await wrapper.get('[data-snooze=hour]').trigger('click');
    await flushPromises();
    expect(bodies.snooze).toEqual({ mode: 'for', minutes: 60 });
    expect(useConversationsStore().view).toBe('mine');
    expect(useConversationsStore().items.map((c) => c.id)).not.toContain(5);
    expect(wrapper.find('[data-snooze]').exists()).toBe(false);
  });

  it('sends a picked time as an instant, and refuses one in the past without asking the server', async () => {
    const { wrapper, bodies } = mountHeader(mine, snoozed);
    await wrapper.get('[data-action=snooze]').trigger('click');
    await wrapper.get('[data-snooze-until]').setValue('2001-01-01T09:00');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.snooze).toBeUndefined();
    expect(wrapper.find('[role=alert]').exists()).toBe(true);
    await wrapper.get('[data-snooze-until]').setValue('2099-03-01T09:30');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(bodies.snooze).toEqual({ mode: 'until', until: new Date(2099, 2, 1, 9, 30).toISOString() });
  });

  it('shows when a snoozed conversation wakes and wakes it on request', async () => {
    const { wrapper, bodies } = mountHeader(snoozed, mine);
    expect(wrapper.get('[data-snoozed-until]').text()).toBe('Snoozed until the customer writes');
    expect(wrapper.find('[data-action=snooze]').exists()).toBe(false);
    expect(wrapper.find('[data-action=transfer]').exists()).toBe(false);
    await wrapper.setProps({ conversation: { ...snoozed, snoozedUntil: '2026-12-08T07:00:00.000Z' } });
    expect(wrapper.get('[data-snoozed-until]').text()).toMatch(/^Snoozed until .*8/);
    await wrapper.get('[data-action=unsnooze]').trigger('click');
    await flushPromises();
    expect(bodies).toHaveProperty('unsnooze');
  });
});
