import { describe, expect, it } from 'vitest';
import { ruleActionsProblem } from './rule-actions';
import { chainStops, EMPTY_CHAIN, extendChain, RULE_CHAIN_MAX_DEPTH } from './rule-chain.policy';

describe('rule actions', () => {
  it('take the macros’ actions and the rules’ own, naming the action and its field when wrong', () => {
    expect(ruleActionsProblem([{ type: 'add-labels', labelIds: [1] }, { type: 'send-webhook', webhookId: 2 }, { type: 'mark-spam' }])).toBeNull();
    expect(ruleActionsProblem([{ type: 'send-webhook' }])).toBe('actions[0].webhookId must be a webhook id');
    expect(ruleActionsProblem([{ type: 'mark-spam', reason: 'x' }])).toBe('actions[0].reason is not a field of a mark-spam action');
    expect(ruleActionsProblem([{ type: 'explode' }])).toMatch(/^actions\[0\]\.type must be one of: send-message, .*, send-webhook, mark-spam$/);
    expect(ruleActionsProblem([{ type: 'set-priority', priority: 'asap' }])).toMatch(/^actions\[0\]\.priority must be one of/);
    expect(ruleActionsProblem([{ type: 'mark-spam' }, { type: 'add-note', text: 'late' }])).toBe('actions[1]: nothing can follow mark-spam');
    expect(ruleActionsProblem([])).toBe('actions must be a list of 1 to 20 actions');
  });
});

describe('rule chains', () => {
  it('keep a rule from running for what its own actions raised, and stop at the depth limit', () => {
    expect(chainStops(EMPTY_CHAIN, 1)).toBeNull();
    const chain = extendChain(extendChain(EMPTY_CHAIN, 1), 2);
    expect(chainStops(chain, 1)).toBe('own-action');
    expect(chainStops(chain, 2)).toBe('own-action');
    expect(chainStops(chain, 3)).toBeNull();
    let deep = EMPTY_CHAIN;
    for (let id = 10; id < 10 + RULE_CHAIN_MAX_DEPTH; id++) deep = extendChain(deep, id);
    expect(chainStops(deep, 99)).toBe('depth-limit');
  });
});
