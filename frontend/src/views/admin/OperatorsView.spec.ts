import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { AgentDto } from '../../api/types';
import { bodyRecorder, ME, withFakeApi } from '../../testing/app';
import OperatorsView from './OperatorsView.vue';

const lena: AgentDto = { ...ME, id: 11, name: 'Lena Leaving', email: 'lena@example.com', openChats: 2, active: true };

describe('Settings → Operators', () => {
  const api = withFakeApi();

  function mountView(agent: AgentDto) {
    const { bodies, record } = bodyRecorder();
    const { wrapper } = api.mount(OperatorsView, {
      'GET /api/agents': () => ({ items: [{ ...ME, role: 'admin' }, agent] }),
      'GET /api/teams': () => ({ items: [] }),
      'GET /api/supervision/board': () => ({
        board: { at: '', inboxes: [], today: {}, agents: [{ id: 11, conversations: [{ id: 42, inboxId: 1, lastMessageAt: null }, { id: 57, inboxId: 1, lastMessageAt: null }] }] },
      }),
      'PATCH /api/agents/11': (url, init) => {
        const body = JSON.parse(String(init?.body)) as { active: boolean };
        return record('update', { agent: { ...agent, active: body.active, status: body.active ? agent.status : 'offline' } })(url, init);
      },
    });
    return { wrapper, bodies };
  }

  it('deactivates an operator after a confirmation that names the conversations going back to the queue', async () => {
    const { wrapper, bodies } = mountView(lena);
    await flushPromises();
    const row = () => wrapper.find('[data-agent-id="11"]');
    // Nobody deactivates themselves.
    expect(wrapper.find(`[data-agent-id="${ME.id}"] [data-deactivate]`).exists()).toBe(false);

    await row().find('[data-deactivate]').trigger('click');
    await flushPromises();
    expect(document.body.querySelector('[data-requeued]')?.textContent).toContain('#42, #57');
    expect(bodies.update).toBeUndefined();

    (document.body.querySelector('[data-confirm-deactivate]') as HTMLButtonElement).click();
    await flushPromises();
    expect(bodies.update).toEqual({ active: false });
    expect(row().find('[data-deactivated]').text()).toBe('Deactivated');
    expect(row().find('[data-reactivate]').exists()).toBe(true);
  });

  it('reactivates a deactivated operator at once', async () => {
    const { wrapper, bodies } = mountView({ ...lena, active: false, status: 'offline' });
    await flushPromises();
    await wrapper.find('[data-agent-id="11"] [data-reactivate]').trigger('click');
    await flushPromises();
    expect(bodies.update).toEqual({ active: true });
    expect(wrapper.find('[data-agent-id="11"] [data-deactivated]').exists()).toBe(false);
  });
});
