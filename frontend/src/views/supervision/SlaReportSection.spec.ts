import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { withFakeApi } from '../../testing/app';
import SlaReportSection from './SlaReportSection.vue';

const row = (id: number | null, name: string | null, decided: number, met: number) => ({ id, name, decided, met, share: decided ? met / decided : null });

describe('the reports’ SLA section', () => {
  const api = withFakeApi();

  it('asks with the report’s filters and shows the share met per breakdown and the breaches, each linked to its dialog', async () => {
    const asked: URL[] = [];
    const { wrapper } = api.mount(
      SlaReportSection,
      {
        'GET /api/reports/sla': (url) => {
          asked.push(url);
          return {
            policies: [row(1, 'Chat desk', 4, 3)],
            inboxes: [row(2, 'Site', 4, 3)],
            teams: [row(null, null, 4, 3)],
            operators: [row(5, 'Oksana', 4, 3)],
            labels: [],
            breaches: [{ clockId: 9, conversationId: 42, target: 'first_response', policyId: 1, policyName: 'Chat desk', inboxId: 2, agentId: 5, agentName: 'Oksana', dueAt: '2026-12-01T10:01:00.000Z', breachedAt: '2026-12-01T10:01:00.000Z' }],
          };
        },
      },
      { props: { query: { from: '2026-12-01T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z', inboxId: 2 } } },
    );
    await flushPromises();
    expect(asked[0].searchParams.get('inboxId')).toBe('2');
    expect(wrapper.find('[data-sla-breakdown="policies"]').text()).toContain('Chat desk');
    expect(wrapper.find('[data-sla-breakdown="policies"] [data-share]').text()).toBe('75 %');
    expect(wrapper.find('[data-sla-breakdown="teams"]').text()).toContain('—');
    const breach = wrapper.find('[data-breach="42"]');
    expect(breach.text()).toContain('First response');
    expect(breach.find('a').attributes('href')).toContain('/inbox/42');
  });
});
