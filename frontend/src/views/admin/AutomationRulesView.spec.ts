import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { AutomationRuleDto } from '../../api/types';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import AutomationRulesView from './AutomationRulesView.vue';

const api = withFakeApi();

const afterHours: AutomationRuleDto = {
  id: 5,
  name: 'After-hours callback',
  event: 'conversation.created',
  position: 0,
  active: true,
  stopsOthers: false,
  conditions: { match: 'all', items: [{ field: 'business-hours', op: 'outside' }] },
  actions: [{ type: 'send-message', text: 'We will call you back.' }, { type: 'send-webhook', webhookId: 8 }],
  version: 2,
  updatedAt: '',
};

function mountView() {
  const { bodies, record } = bodyRecorder();
  const { wrapper, calls } = api.mount(AutomationRulesView, {
    'GET /api/automation-rules': () => ({ items: [afterHours] }),
    'GET /api/inboxes': () => ({ items: [{ id: 1, name: 'Shop' }] }),
    'GET /api/webhooks': () => ({ items: [{ id: 8, url: 'https://crm.example/hook' }], events: [] }),
    'GET /api/teams': () => ({ items: [{ id: 2, name: 'Spanish desk' }] }),
    'GET /api/agents': () => ({ items: [] }),
    'GET /api/labels': () => ({ items: [{ id: 9, name: 'Hot', color: '#eb5757', description: null, conversations: 0, createdAt: '' }] }),
    'POST /api/automation-rules': record('create', { rule: { ...afterHours, id: 6, name: 'Spanish desk' } }),
    'POST /api/automation-rules/try': record('try', { checked: 40, matched: [{ conversationId: 31, contactName: 'Ana', steps: [
          { index: 0, action: { type: 'assign', teamId: 2 }, text: null, labelNames: [], targetName: 'Spanish desk' },
          { index: 1, action: { type: 'set-priority', priority: 'urgent' }, text: null, labelNames: [], targetName: null },
        ] }] }),
    'GET /api/automation-rules/5/versions': () => ({ items: [{ ...afterHours, version: 2, savedBy: 1, savedAt: '2026-12-07T09:00:00Z' }, { ...afterHours, version: 1, name: 'Callback', savedBy: 1, savedAt: '2026-12-06T09:00:00Z' }] }),
  });
  return { wrapper, bodies, calls };
}

async function fillSpanishDesk(wrapper: ReturnType<typeof mountView>['wrapper']) {
  await wrapper.get('input[name=name]').setValue('Spanish desk');
  await wrapper.get('select[name=event]').setValue('conversation.created');
  await wrapper.get('select[name=match]').setValue('any');
  await wrapper.get('[data-add-condition]').trigger('click');
  await wrapper.get('[data-condition-index="0"] select[name=field]').setValue('country');
  await wrapper.get('[data-condition-index="0"] input[name=values]').setValue('ES, MX ,');
  await wrapper.get('[data-add-condition]').trigger('click');
  await wrapper.get('[data-condition-index="1"] select[name=field]').setValue('contact-attribute');
  await wrapper.get('[data-condition-index="1"] input[name=key]').setValue('deposit');
  await wrapper.get('[data-condition-index="1"] select[name=op]').setValue('greater-than');
  await wrapper.get('[data-condition-index="1"] input[name=value]').setValue('1000');
  await wrapper.get('[data-add-action]').trigger('click');
  await wrapper.get('[data-action-index="0"] select[name=type]').setValue('assign');
  await wrapper.get('[data-action-index="0"] select[name=target]').setValue('team:2');
}

const SPANISH_DESK = {
  name: 'Spanish desk',
  event: 'conversation.created',
  active: true,
  stopsOthers: false,
  conditions: {
    match: 'any',
    items: [
      { field: 'country', op: 'is', values: ['ES', 'MX'] },
      { field: 'contact-attribute', op: 'greater-than', key: 'deposit', value: 1000 },
    ],
  },
  actions: [{ type: 'assign', teamId: 2 }],
};

describe('AutomationRulesView', () => {
  it('lists the rules by event with their actions, version and history', async () => {
    const { wrapper } = mountView();
    await flushPromises();
    const row = wrapper.get('[data-rule-row="After-hours callback"]');
    expect(row.text()).toContain('A conversation is opened');
    expect(row.text()).toContain('Send a message → Send a webhook');
    await row.get('[data-history]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-rule-history]').findAll('li').map((li) => li.text().slice(0, 22))).toEqual(['Version 2: “After-hour', 'Version 1: “Callback”,']);
  });

  it('builds conditions and actions, tries the rule without saving, then saves only each one’s own fields', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await fillSpanishDesk(wrapper);
    await wrapper.get('[data-try-rule]').trigger('click');
    await flushPromises();
    expect(bodies.try).toEqual(SPANISH_DESK);
    expect(bodies.create).toBeUndefined();
    expect(wrapper.get('[data-rule-try]').text()).toContain('Would match 1 of the last 40 conversations');
    expect(wrapper.get('[data-try-match="31"]').text()).toContain('Assign: Spanish desk');
    expect(wrapper.get('[data-try-match="31"]').text()).toContain('Set priority: Urgent');
    await wrapper.get('[data-rule-form]').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual(SPANISH_DESK);
  });

  it('offers the rules’ own actions, a webhook picked by address', async () => {
    const { wrapper } = mountView();
    await flushPromises();
    await wrapper.get('[data-add-action]').trigger('click');
    const types = wrapper.findAll('[data-action-index="0"] select[name=type] option').map((o) => o.attributes('value'));
    expect(types.slice(-2)).toEqual(['send-webhook', 'mark-spam']);
    await wrapper.get('[data-action-index="0"] select[name=type]').setValue('send-webhook');
    expect(wrapper.findAll('[data-action-index="0"] select[name=webhookId] option').map((o) => o.text())).toContain('https://crm.example/hook');
  });
});
