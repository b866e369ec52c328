import { describe, expect, it } from 'vitest';
import { emptyHistory, recordChange, redo, undo } from './flow-history';

describe('the bot canvas undo history', () => {
  it('undoes changes newest first and redoes them back', () => {
    let history = emptyHistory();
    history = recordChange(history, { start: 'a' }, { start: 'b' });
    history = recordChange(history, { start: 'b' }, { start: 'c' });
    const first = undo(history, { start: 'c' });
    expect(first?.flow).toEqual({ start: 'b' });
    const second = undo(first!.history, first!.flow);
    expect(second?.flow).toEqual({ start: 'a' });
    expect(undo(second!.history, second!.flow)).toBeNull();
    expect(redo(second!.history, second!.flow)?.flow).toEqual({ start: 'b' });
  });

  it('keeps a copy, so editing the live flow later does not change what undo brings back', () => {
    const flow = { steps: ['a'] };
    const history = recordChange(emptyHistory(), flow, { steps: ['a', 'b'] });
    flow.steps.push('changed in place');
    expect(undo(history, flow)?.flow).toEqual({ steps: ['a'] });
  });

  it('drops the redo trail on a new change, skips changes that change nothing, and keeps at most the limit', () => {
    let history = recordChange(emptyHistory(2), 1, 2);
    const undone = undo(history, 2)!;
    history = recordChange(undone.history, 1, 5);
    expect(redo(history, 5)).toBeNull();
    expect(recordChange(history, 5, 5)).toBe(history);
    history = recordChange(recordChange(history, 5, 6), 6, 7);
    expect(history.past).toEqual(['5', '6']);
  });
});
