import { describe, expect, it } from 'vitest';
import { canManage, canUse, ownerKeyOf, type Viewer } from './quick-reply.policy';

const operator: Viewer = { id: 7, role: 'agent', teamIds: [1] };
const supervisor: Viewer = { id: 8, role: 'supervisor', teamIds: [] };
const global = { scope: 'global' as const, teamId: null, agentId: null };
const billing = { scope: 'team' as const, teamId: 1, agentId: null };
const sales = { scope: 'team' as const, teamId: 2, agentId: null };
const mine = { scope: 'personal' as const, teamId: null, agentId: 7 };

describe('quick reply scopes', () => {
  it('shows global replies to all, team replies to members, personal ones to their owner', () => {
    expect([global, billing, sales, mine].map((r) => canUse(operator, r))).toEqual([true, true, false, true]);
    expect([global, billing, sales, mine].map((r) => canUse(supervisor, r))).toEqual([true, false, false, false]);
  });

  it('lets supervisors manage shared replies and each operator only their own', () => {
    expect([global, billing, mine].map((r) => canManage(operator, r))).toEqual([false, false, true]);
    expect([global, billing, mine].map((r) => canManage(supervisor, r))).toEqual([true, true, false]);
  });

  it('keeps shortcuts unique per owner', () => {
    expect([global, billing, mine].map(ownerKeyOf)).toEqual(['global', 'team:1', 'agent:7']);
  });
});
