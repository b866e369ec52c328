import { describe, expect, it } from 'vitest';
import { renderedTextProblem } from '../common/message-text';
import { macroActionsProblem, macroTextsProblem, type MacroAction } from './macro-actions';
import { canManage, canRun, macroProblems, type RunFacts } from './macro.policy';

describe('macro scopes', () => {
  const operator = { id: 1, role: 'agent' as const, teamIds: [10] };
  const supervisor = { id: 2, role: 'supervisor' as const, teamIds: [10] };
  const admin = { id: 3, role: 'admin' as const, teamIds: [] };

  it('runs shared ones for everyone, team ones for the team, personal ones for the owner', () => {
    expect(canRun(operator, { scope: 'shared', teamId: null, ownerId: null })).toBe(true);
    expect(canRun(operator, { scope: 'team', teamId: 10, ownerId: null })).toBe(true);
    expect(canRun(operator, { scope: 'team', teamId: 11, ownerId: null })).toBe(false);
    expect(canRun(operator, { scope: 'personal', teamId: null, ownerId: 1 })).toBe(true);
    expect(canRun(admin, { scope: 'personal', teamId: null, ownerId: 1 })).toBe(false);
  });

  it('lets admins keep shared ones, a team’s supervisors its own, owners theirs', () => {
    expect(canManage(admin, { scope: 'shared', teamId: null, ownerId: null })).toBe(true);
    expect(canManage(supervisor, { scope: 'shared', teamId: null, ownerId: null })).toBe(false);
    expect(canManage(supervisor, { scope: 'team', teamId: 10, ownerId: null })).toBe(true);
    expect(canManage(supervisor, { scope: 'team', teamId: 11, ownerId: null })).toBe(false);
    expect(canManage(operator, { scope: 'team', teamId: 10, ownerId: null })).toBe(false);
    expect(canManage(admin, { scope: 'team', teamId: 11, ownerId: null })).toBe(true);
    expect(canManage(operator, { scope: 'personal', teamId: null, ownerId: 1 })).toBe(true);
    expect(canManage(admin, { scope: 'personal', teamId: null, ownerId: 1 })).toBe(false);
  });
});

describe('macroActionsProblem', () => {
  it('accepts every kind of action', () => {
    const all: MacroAction[] = [
      { type: 'send-message', text: 'Hi {{contact.name | there}}, {{agent.name}} here' },
      { type: 'add-note', text: 'Refund asked' },
      { type: 'add-labels', labelIds: [1, 2] },
      { type: 'remove-labels', labelIds: [3] },
      { type: 'set-priority', priority: 'high' },
      { type: 'assign', teamId: 4 },
      { type: 'snooze', mode: 'for', minutes: 60 },
      { type: 'close' },
    ];
    expect(macroActionsProblem(all)).toBeNull();
  });

  it('names the action and the field of the first problem', () => {
    expect(macroActionsProblem([])).toMatch(/^actions must be a list of 1 to 20/);
    expect(macroActionsProblem([{ type: 'dance' }])).toMatch(/^actions\[0\]\.type must be one of/);
    expect(macroActionsProblem([{ type: 'close' }, { type: 'send-message', text: '' }])).toBe('actions[1].text must be a non-empty text');
    expect(macroActionsProblem([{ type: 'send-message', text: 'Hi {{contact.nmae}}' }])).toBe('actions[0].text uses unknown variable(s): {{contact.nmae}}');
    expect(macroActionsProblem([{ type: 'set-priority', priority: 3 }])).toMatch(/^actions\[0\]\.priority must be one of: urgent/);
    expect(macroActionsProblem([{ type: 'assign', agentId: 1, teamId: 2 }])).toBe('actions[0].agentId or teamId: give exactly one');
    expect(macroActionsProblem([{ type: 'add-labels', labelIds: ['x'] }])).toMatch(/^actions\[0\]\.labelIds must be/);
    expect(macroActionsProblem([{ type: 'snooze', mode: 'until' }])).toMatch(/^actions\[0\]\.mode must be one of: until-customer-writes, for, tomorrow/);
    expect(macroActionsProblem([{ type: 'snooze', mode: 'for' }])).toMatch(/^actions\[0\]\.minutes must be/);
    expect(macroActionsProblem([{ type: 'close', text: 'bye' }])).toBe('actions[0].text is not a field of a close action');
    expect(macroActionsProblem(['close'])).toBe('actions[0] must be an object with a type');
    expect(macroActionsProblem([{ type: 'close' }, { type: 'add-note', text: 'x' }])).toBe('actions[1]: nothing can follow close');
    expect(macroActionsProblem([{ type: 'assign', teamId: 2 ** 31 }])).toBe('actions[0].teamId must be a team id');
  });

  it('holds texts to MESSAGE_MAX_CHARS, as written and as filled in', () => {
    const actions: MacroAction[] = [{ type: 'close' }, { type: 'add-note', text: 'x'.repeat(10) }];
    expect(macroTextsProblem(actions, 10)).toBeNull();
    expect(macroTextsProblem(actions, 9)).toBe('actions[1].text must be at most 9 characters');
    expect(renderedTextProblem('x'.repeat(10), 10)).toBeNull();
    expect(renderedTextProblem('x'.repeat(11), 10)).toBe('the text would be 11 characters, past the limit of 10');
  });
});

describe('macroProblems', () => {
  const bob = { name: 'Bob', active: true, status: 'online', connected: true, openChats: 1, maxChats: 3 };
  const facts: RunFacts = {
    actor: { id: 1, supervisor: false },
    conversation: { status: 'assigned', assigneeId: 1 },
    inboxActive: true,
    labelIds: new Set([5]),
    teamIds: new Set([9]),
    agents: new Map([[2, bob]]),
  };

  it('passes a macro its holder can run from first to last', () => {
    const actions: MacroAction[] = [{ type: 'add-labels', labelIds: [5] }, { type: 'send-message', text: 'Hi' }, { type: 'snooze', mode: 'until-customer-writes' }];
    expect(macroProblems(actions, facts)).toEqual([null, null, null]);
  });

  it('follows the conversation through the actions: after a transfer away it is no longer yours', () => {
    const actions: MacroAction[] = [{ type: 'assign', agentId: 2 }, { type: 'add-note', text: 'Over to you' }, { type: 'close' }];
    expect(macroProblems(actions, facts)).toEqual([null, 'the conversation belongs to another operator', 'the conversation belongs to another operator']);
    expect(macroProblems(actions, { ...facts, actor: { id: 1, supervisor: true } })).toEqual([null, null, null]);
    expect(macroProblems([{ type: 'assign', teamId: 9 }, { type: 'snooze', mode: 'tomorrow' }], facts)).toEqual([null, 'the conversation is queued; only an assigned conversation can be snoozed']);
  });

  it('says why an action cannot be done: labels, teams and operators that are not there, a full or offline colleague, a closed or archived conversation', () => {
    expect(macroProblems([{ type: 'remove-labels', labelIds: [5, 6] }], facts)).toEqual(['no label with id 6']);
    expect(macroProblems([{ type: 'assign', teamId: 8 }], facts)).toEqual(['no team with id 8']);
    expect(macroProblems([{ type: 'assign', agentId: 7 }], facts)).toEqual(['no operator with id 7']);
    expect(macroProblems([{ type: 'assign', agentId: 2 }], { ...facts, agents: new Map([[2, { ...bob, openChats: 3 }]]) })).toEqual(['Bob has 3 of 3 open conversations, their limit']);
    expect(macroProblems([{ type: 'assign', agentId: 2 }], { ...facts, agents: new Map([[2, { ...bob, status: 'away' }]]) })).toEqual(['Bob is away']);
    expect(macroProblems([{ type: 'send-message', text: 'Hi' }], { ...facts, inboxActive: false })).toEqual(['the inbox is archived: replies cannot be sent from it']);
    expect(macroProblems([{ type: 'close' }], { ...facts, conversation: { status: 'closed', assigneeId: 1 } })).toEqual(['the conversation is already closed']);
    expect(macroProblems([{ type: 'set-priority', priority: 'low' }], { ...facts, conversation: { status: 'queued', assigneeId: null } })).toEqual(['the conversation is in the queue: accept it first']);
  });
});
