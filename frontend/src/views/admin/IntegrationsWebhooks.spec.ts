import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { WebhookAttemptDto, WebhookDto } from '../../api/types';
import { bodyRecorder, withFakeApi } from '../../testing/app';
import IntegrationsWebhooks from './IntegrationsWebhooks.vue';

const EVENTS = ['conversation.created', 'conversation.closed', 'csat.submitted'];

const crm: WebhookDto = {
  id: 4,
  url: 'https://crm.example.com/hooks',
  events: ['conversation.closed'],
  includePrivateNotes: false,
  active: false,
  pausedReason: '15 failed deliveries in a row',
  consecutiveFailures: 15,
  lastAttempt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
};

const failedTry: WebhookAttemptDto = {
  id: 31,
  deliveryId: 77,
  event: 'conversation.closed',
  manual: false,
  ok: false,
  statusCode: 500,
  error: null,
  latencyMs: 42,
  responseSnippet: 'Internal error',
  deliveryStatus: 'pending',
  createdAt: '2026-12-01T10:05:00.000Z',
};

describe('Settings → Integrations → Webhooks', () => {
  const api = withFakeApi();

  function mountView() {
    const { bodies, record } = bodyRecorder();
    const { wrapper, calls } = api.mount(IntegrationsWebhooks, {
      'GET /api/webhooks': () => ({ items: [crm], events: EVENTS }),
      'POST /api/webhooks': record('create', { webhook: { ...crm, id: 5, url: 'https://hooks.example.com/in', events: ['csat.submitted'], active: true, pausedReason: null }, secret: 'whsec_shown-once' }),
      'PATCH /api/webhooks/4': record('update', { webhook: { ...crm, active: true, pausedReason: null, consecutiveFailures: 0 } }),
      'GET /api/webhooks/4/attempts': () => ({ items: [failedTry] }),
      'POST /api/webhooks/4/deliveries/77/redeliver': record('redeliver', { deliveryId: 77 }),
      'POST /api/webhooks/4/test': record('test', { deliveryId: 78 }),
      'DELETE /api/webhooks/4': () => new Response(null, { status: 204 }),
    });
    return { wrapper, bodies, calls };
  }

  it('lists webhooks with their status, and says why one was paused', async () => {
    const { wrapper } = mountView();
    await flushPromises();
    const row = wrapper.find('[data-webhook-id="4"]');
    expect(row.text()).toContain('https://crm.example.com/hooks');
    expect(row.find('[data-webhook-status]').text()).toBe('Paused15 failed deliveries in a row');
  });

  it('creates a webhook with the events ticked and shows its secret once', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-new-webhook]').trigger('click');
    await wrapper.find('input[name="url"]').setValue(' https://hooks.example.com/in ');
    expect(wrapper.find('[data-save-webhook]').attributes('disabled')).toBeDefined();
    await wrapper.find('[data-event="csat.submitted"]').setValue(true);
    await wrapper.find('[data-webhook-form]').trigger('submit');
    await flushPromises();
    expect(bodies.create).toEqual({ url: 'https://hooks.example.com/in', events: ['csat.submitted'], includePrivateNotes: false });
    expect(wrapper.find('[data-webhook-secret]').text()).toContain('whsec_shown-once');
    expect(wrapper.find('[data-webhook-id="5"]').exists()).toBe(true);
  });

  it('resumes a paused webhook', async () => {
    const { wrapper, bodies } = mountView();
    await flushPromises();
    await wrapper.find('[data-webhook-id="4"] [data-resume-webhook]').trigger('click');
    await flushPromises();
    expect(bodies.update).toEqual({ active: true });
    expect(wrapper.find('[data-webhook-id="4"] [data-webhook-status]').text()).toBe('Active');
  });

  it('shows the log with status, time taken and answer, redelivers from it and sends a test event', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    await wrapper.find('[data-webhook-id="4"] [data-webhook-log]').trigger('click');
    await flushPromises();
    const attempt = wrapper.find('[data-attempt-id="31"]');
    expect(attempt.text()).toContain('500');
    expect(attempt.text()).toContain('42 ms');
    expect(attempt.text()).toContain('Internal error');
    await attempt.find('[data-redeliver]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-webhook-id="4"] [data-test-webhook]').trigger('click');
    await flushPromises();
    expect(calls).toContain('POST /api/webhooks/4/deliveries/77/redeliver');
    expect(calls).toContain('POST /api/webhooks/4/test');
  });

  it('deletes only after a confirmation', async () => {
    const { wrapper, calls } = mountView();
    await flushPromises();
    await wrapper.find('[data-webhook-id="4"] [data-delete-webhook]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('Nothing more is sent to https://crm.example.com/hooks');
    expect(calls).not.toContain('DELETE /api/webhooks/4');
    (document.body.querySelector('[data-confirm-delete]') as HTMLButtonElement).click();
    await flushPromises();
    expect(calls).toContain('DELETE /api/webhooks/4');
    expect(wrapper.find('[data-webhook-id="4"]').exists()).toBe(false);
  });
});
