import { describe, expect, it } from 'vitest';
import { mayCallForQueueMessage, queueMessageDue } from './queue-message.policy';

describe('the queue message', () => {
  it('is looked at for the first place told and for place 1 only', () => {
    expect(mayCallForQueueMessage({ position: 4, first: true })).toBe(true);
    expect(mayCallForQueueMessage({ position: 1, first: false })).toBe(true);
    expect(mayCallForQueueMessage({ position: 3, first: false })).toBe(false);
  });

  it('says the first place, then only that the customer is next, once', () => {
    expect(queueMessageDue(3, [], false)).toBe(true);
    expect(queueMessageDue(2, [3], false)).toBe(false);
    expect(queueMessageDue(1, [3], false)).toBe(true);
    expect(queueMessageDue(1, [3, 1], false)).toBe(false);
    // Told 1 from the start: moving back and forward again says nothing more.
    expect(queueMessageDue(1, [1], false)).toBe(false);
  });

  it('speaks once where the place shows live (the site widget)', () => {
    expect(queueMessageDue(3, [], true)).toBe(true);
    expect(queueMessageDue(1, [3], true)).toBe(false);
  });
});
