import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { MacroDto } from '../../api/types';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import MacrosView from './MacrosView.vue';

const api = withFakeApi();

const wrapUp: MacroDto = { id: 3, name: 'Wrap up', scope: 'personal', teamId: null, ownerId: 7, actions: [{ type: 'send-message', text: 'Bye!' }, { type: 'close' }], updatedAt: '' };

function mountView(createAnswer: unknown = { macro: { ...wrapUp, id: 4, name: 'Billing' } }) {
  const { bodies, record } = bodyRecorder();
  const { wrapper, calls } = api.mount(MacrosView, {
    'GET /api/macros': () => ({ items: [wrapUp] }),
    'GET /api/teams': () => ({ items: [{ id: 2, name: 'Support' }] }),
    'GET /api/agents': () => ({ items: [] }),
    'GET /api/labels': () => ({ items: [{ id: 9, name: 'Billing', color: '#2f80ed', description: null, conversations: 0, createdAt: '' }] }),
    'POST /api/macros': createAnswer instanceof Response ? () => createAnswer : record('create', createAnswer),
    'DELETE /api/macros/3': record('delete', null),
  });
  return { wrapper, bodies, calls };
}

describe('MacrosView', () => {
  it('lists the macros the operator may change, with their actions in order', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    expect(calls).toContain('GET /api/macros?manage=true');
    expect(wrapper.get('[data-macro-row="Wrap up"]').text()).toContain('Send a message → Close');
    // A plain operator keeps personal macros only.
    expect(wrapper.findAll('select[name=scope] option').map((o) => o.attributes('value'))).toEqual(['personal']);
  });

  it('builds an ordered action list and saves only each action’s own fields', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.get('input[name=name]').setValue('Billing');
    await wrapper.get('[data-add-action]').trigger('click');
    await wrapper.get('[data-action-index="0"] textarea').setValue('Hi {{contact.name}}, billing will write to you.');
    await wrapper.get('[data-add-action]').trigger('click');
    await wrapper.get('[data-action-index="1"] select[name=type]').setValue('add-labels');
    await wrapper.get('[data-action-index="1"] input[type=checkbox]').setValue(true);
    await wrapper.get('[data-add-action]').trigger('click');
    await wrapper.get('[data-action-index="2"] select[name=type]').setValue('snooze');
    await wrapper.get('[data-action-index="2"] select[name=mode]').setValue('for');
    await wrapper.get('[data-action-index="2"] input[name=minutes]').setValue('90');
    // The labels go first after all.
    await wrapper.findAll('[data-action-index="1"] button')[0].trigger('click');
    await wrapper.get('[data-macro-form]').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({
      name: 'Billing',
      scope: 'personal',
      actions: [
        { type: 'add-labels', labelIds: [9] },
        { type: 'send-message', text: 'Hi {{contact.name}}, billing will write to you.' },
        { type: 'snooze', mode: 'for', minutes: 90 },
      ],
    });
  });

  it('shows the server’s refusal naming the action and its field', async () => {
    const refusal = new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'actions[0].text uses unknown variable(s): {{contact.nmae}}' }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
    const { wrapper } = mountView(refusal);
    await flushPromises();
    await wrapper.get('input[name=name]').setValue('Typo');
    await wrapper.get('[data-add-action]').trigger('click');
    await wrapper.get('[data-action-index="0"] textarea').setValue('Hi {{contact.nmae}}');
    await wrapper.get('[data-macro-form]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-macro-form-error]').text()).toContain('actions[0].text uses unknown variable(s)');
  });
});
