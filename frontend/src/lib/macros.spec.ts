import { describe, expect, it } from 'vitest';
import type { MacroDto } from '../api/types';
import { blankAction, cleanAction, matchMacros, moveAction, MACRO_ACTION_TYPES } from './macros';

describe('macro editing', () => {
  it('starts every kind of action with the fields it needs', () => {
    expect(MACRO_ACTION_TYPES.map((type) => blankAction(type).type)).toEqual(MACRO_ACTION_TYPES);
    expect(blankAction('send-message')).toEqual({ type: 'send-message', text: '' });
    expect(blankAction('snooze')).toEqual({ type: 'snooze', mode: 'until-customer-writes' });
  });

  it('moves an action up and down, and not past either end', () => {
    expect(moveAction(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveAction(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveAction(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveAction(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('sends only the fields of the action’s kind', () => {
    expect(cleanAction({ type: 'assign', agentId: 4, teamId: undefined })).toEqual({ type: 'assign', agentId: 4 });
    expect(cleanAction({ type: 'assign', teamId: 2 })).toEqual({ type: 'assign', teamId: 2 });
    expect(cleanAction({ type: 'snooze', mode: 'tomorrow', minutes: 30 })).toEqual({ type: 'snooze', mode: 'tomorrow' });
    expect(cleanAction({ type: 'snooze', mode: 'for', minutes: 30 })).toEqual({ type: 'snooze', mode: 'for', minutes: 30 });
    expect(cleanAction({ type: 'close', text: 'left over' })).toEqual({ type: 'close' });
  });
});

describe('matchMacros', () => {
  const macro = (id: number, name: string): MacroDto => ({ id, name, scope: 'personal', teamId: null, ownerId: 1, actions: [{ type: 'close' }], updatedAt: '' });
  const list = [macro(1, 'Refund and close'), macro(2, 'Escalate to billing'), macro(3, 'Close politely')];

  it('finds every word typed in the name, whatever the case; all for nothing typed', () => {
    expect(matchMacros(list, '').map((m) => m.id)).toEqual([1, 2, 3]);
    expect(matchMacros(list, 'close').map((m) => m.id)).toEqual([1, 3]);
    expect(matchMacros(list, 'CLOSE ref').map((m) => m.id)).toEqual([1]);
    expect(matchMacros(list, 'nothing').map((m) => m.id)).toEqual([]);
  });
});
