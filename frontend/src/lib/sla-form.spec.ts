import { describe, expect, it } from 'vitest';
import type { SlaPolicyDto } from '../api/types';
import { slaDraft, slaInput } from './sla-form';

const policy: SlaPolicyDto = {
  id: 1,
  name: 'VIP',
  active: true,
  inboxId: 2,
  channel: null,
  priority: 'urgent',
  labelId: null,
  firstResponseSeconds: 30,
  nextResponseSeconds: null,
  resolutionSeconds: 7200,
  businessHours: true,
  amberPercent: 80,
  warnBeforeSeconds: 300,
  snoozedTimeCounts: false,
  createdAt: '2026-12-01T10:00:00.000Z',
};

describe('SLA policy form', () => {
  it('shows targets in minutes and sends them back in seconds, blank as none', () => {
    const draft = slaDraft(policy);
    expect(draft).toMatchObject({ firstResponse: '0.5', nextResponse: '', resolution: '120', warnBefore: '5' });
    const { createdAt: _createdAt, id: _id, ...fields } = policy;
    expect(slaInput(draft)).toEqual(fields);
  });

  it('reads a decimal comma, and starts a new policy active at 75 % with no target', () => {
    expect(slaInput({ ...slaDraft(null), name: ' Chat ', firstResponse: '1,5' })).toMatchObject({ name: 'Chat', firstResponseSeconds: 90, resolutionSeconds: null, active: true, amberPercent: 75 });
  });
});
