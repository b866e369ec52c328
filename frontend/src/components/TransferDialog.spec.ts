import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ConversationDto } from '../api/types';
import { conversation, ME, withFakeApi } from '../testing/app';
import TransferDialog from './TransferDialog.vue';

const api = withFakeApi();

const colleagues = [
  { ...ME, id: 21, name: 'Free Fay', email: 'fay@example.com', openChats: 1, maxChats: 5 },
  { ...ME, id: 22, name: 'Full Finn', email: 'finn@example.com', openChats: 5, maxChats: 5 },
  { ...ME, id: 23, name: 'Away Ada', email: 'ada@example.com', status: 'away' as const, openChats: 0 },
  { ...ME, id: 24, name: 'Gone Gil', email: 'gil@example.com', status: 'online' as const, openChats: 0, active: false },
];

function open(props: { conversation: ConversationDto }) {
  const { wrapper } = api.mount(TransferDialog, { 'GET /api/agents': () => ({ items: colleagues }), 'GET /api/teams': () => ({ items: [] }) }, { props, global: { stubs: { teleport: true } } });
  return wrapper;
}

describe('the transfer dialog', () => {
  it('shows each operator’s load and refuses those at their limit or not online', async () => {
    const wrapper = open({ conversation: conversation({ id: 5 }) });
    await flushPromises();
    const option = (id: number) => wrapper.find(`[data-agent-id="${id}"]`);
    expect(option(21).attributes('disabled')).toBeUndefined();
    expect(option(22).attributes('disabled')).toBeDefined();
    expect(option(22).text()).toContain('At the limit');
    expect(option(22).text()).toContain('5 / 5');
    expect(option(23).attributes('disabled')).toBeDefined();
  });

  it('does not offer a deactivated operator, even an online one with free slots', async () => {
    const wrapper = open({ conversation: conversation({ id: 7 }) });
    await flushPromises();
    expect(wrapper.find('[data-agent-id="21"]').exists()).toBe(true);
    expect(wrapper.find('[data-agent-id="24"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Gone Gil');
  });

  it('lets a call that takes no slot go to an operator whose chats are full', async () => {
    const wrapper = open({ conversation: conversation({ id: 6, inbox: { id: 4, name: 'Hotline', type: 'twilio-voice' }, takesSlot: false }) });
    await flushPromises();
    const full = wrapper.find('[data-agent-id="22"]');
    expect(full.attributes('disabled')).toBeUndefined();
    await full.trigger('click');
    expect(wrapper.emitted('transfer')?.[0]).toEqual([{ agentId: 22 }, 'Full Finn']);
    expect(wrapper.find('[data-agent-id="23"]').attributes('disabled')).toBeDefined();
  });
});
