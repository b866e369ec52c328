import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { bodyRecorder, ME, withFakeApi } from '../../testing/app';
import TeamsView from './TeamsView.vue';

const billing = { id: 3, name: 'Billing' };

describe('Settings → Teams', () => {
  const api = withFakeApi();

  function mountView(deleteAnswer: () => unknown = () => new Response(null, { status: 204 })) {
    const { bodies, record } = bodyRecorder();
    const { wrapper, calls } = api.mount(TeamsView, {
      'GET /api/teams': () => ({ items: [billing] }),
      'GET /api/agents': () => ({ items: [{ ...ME, teams: [billing] }] }),
      'PATCH /api/teams/3': (url, init) => record('rename', { team: { ...billing, name: JSON.parse(String(init?.body)).name } })(url, init),
      'DELETE /api/teams/3': deleteAnswer,
    });
    return { wrapper, bodies, calls };
  }

  it('renames a team in place', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-team-id="3"] [data-rename-team]').trigger('click');
    await wrapper.find('[data-team-id="3"] input[name="rename"]').setValue('Payments');
    await wrapper.find('[data-team-id="3"] form').trigger('submit');
    await flushPromises();
    expect(bodies.rename).toEqual({ name: 'Payments' });
    expect(wrapper.find('[data-team-id="3"] .name').text()).toBe('Payments');
  });

  it('deletes a team only after a confirmation naming its members, and they lose it', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    await wrapper.find('[data-team-id="3"] [data-delete-team]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain(`Its members (${ME.name}) simply lose it`);
    expect(calls).not.toContain('DELETE /api/teams/3');
    (document.body.querySelector('[data-confirm-delete]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls).toContain('DELETE /api/teams/3');
    expect(wrapper.find('[data-team-id="3"]').exists()).toBe(false);
  });

  it('keeps a team the server refuses to delete and shows why', async () => {
    const refusal = 'Team "Billing" still receives the conversations of "Shop": give those inboxes another team (or none) first';
    const { wrapper } = mountView(() => new Response(JSON.stringify({ statusCode: 409, message: refusal }), { status: 409, headers: { 'content-type': 'application/json' } }));
    await flushPromises();
    await wrapper.find('[data-team-id="3"] [data-delete-team]').trigger('click');
    await flushPromises();
    (document.body.querySelector('[data-confirm-delete]') as HTMLButtonElement).click();
    await flushPromises();
    expect(wrapper.find('[data-team-id="3"]').exists()).toBe(true);
    expect(document.body.textContent).toContain(refusal);
  });
});
