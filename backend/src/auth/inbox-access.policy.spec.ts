import { describe, expect, it } from 'vitest';
import { mayAccessConversation, mayAccessInbox, seesEveryInbox, type Viewer } from './inbox-access.policy';

const operator = (teamIds: number[] = [], id = 7): Viewer => ({ id, role: 'agent', teamIds });

describe('inbox access policy', () => {
  it('lets supervisors and admins see every inbox', () => {
    expect(seesEveryInbox({ role: 'supervisor' })).toBe(true);
    expect(seesEveryInbox({ role: 'admin' })).toBe(true);
    expect(seesEveryInbox({ role: 'agent' })).toBe(false);
    expect(mayAccessInbox({ id: 1, role: 'supervisor', teamIds: [] }, { teamId: 3 })).toBe(true);
  });

  it('shares an inbox without a team with every operator', () => {
    expect(mayAccessInbox(operator(), { teamId: null })).toBe(true);
  });

  it('keeps a team inbox to the operators of that team', () => {
    expect(mayAccessInbox(operator([3]), { teamId: 3 })).toBe(true);
    expect(mayAccessInbox(operator([4]), { teamId: 3 })).toBe(false);
    expect(mayAccessInbox(operator(), { teamId: 3 })).toBe(false);
  });

  it('shows a conversation to the operator holding it even outside their teams', () => {
    expect(mayAccessConversation(operator([], 7), { teamId: 3 }, { assigneeId: 7 })).toBe(true);
    expect(mayAccessConversation(operator([], 7), { teamId: 3 }, { assigneeId: 8 })).toBe(false);
    expect(mayAccessConversation(operator([3], 7), { teamId: 3 }, { assigneeId: null })).toBe(true);
  });
});
