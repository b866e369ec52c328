import { describe, expect, it } from 'vitest';
import { matchPolicy, type PolicyScope } from './sla-match.policy';

const policy = (id: number, scope: Partial<PolicyScope> = {}): PolicyScope => ({ id, active: true, inboxId: null, channel: null, priority: null, labelId: null, ...scope });
const conversation = { inboxId: 3, channel: 'telegram', priority: 2, labelIds: [7] };

describe('matchPolicy', () => {
  it('applies a policy only when every condition it names holds', () => {
    expect(matchPolicy([policy(1, { inboxId: 4 })], conversation)).toBeNull();
    expect(matchPolicy([policy(1, { inboxId: 3, channel: 'email' })], conversation)).toBeNull();
    expect(matchPolicy([policy(1, { labelId: 8 })], conversation)).toBeNull();
    expect(matchPolicy([policy(1, { inboxId: 3, channel: 'telegram', priority: 2, labelId: 7 })], conversation)?.id).toBe(1);
  });

  it('lets a policy without conditions cover every conversation, and skips inactive ones', () => {
    expect(matchPolicy([policy(1)], conversation)?.id).toBe(1);
    expect(matchPolicy([{ ...policy(1), active: false }], conversation)).toBeNull();
  });

  it('prefers label over priority over inbox over channel', () => {
    const byChannel = policy(1, { channel: 'telegram' });
    const byInbox = policy(2, { inboxId: 3 });
    const byPriority = policy(3, { priority: 2 });
    const byLabel = policy(4, { labelId: 7 });
    expect(matchPolicy([policy(9), byChannel], conversation)?.id).toBe(1);
    expect(matchPolicy([byChannel, byInbox], conversation)?.id).toBe(2);
    expect(matchPolicy([policy(5, { inboxId: 3, channel: 'telegram' }), byPriority], conversation)?.id).toBe(3);
    expect(matchPolicy([policy(6, { priority: 2, inboxId: 3, channel: 'telegram' }), byLabel], conversation)?.id).toBe(4);
    expect(matchPolicy([byLabel, policy(7, { labelId: 7, channel: 'telegram' })], conversation)?.id).toBe(7);
  });

  it('breaks a tie with the older policy', () => {
    expect(matchPolicy([policy(5, { inboxId: 3 }), policy(2, { inboxId: 3 })], conversation)?.id).toBe(2);
  });
});
