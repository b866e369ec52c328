import { describe, expect, it } from 'vitest';
import { message } from '../testing/app';
import { mergeMessages, type ThreadMessage } from './merge';

describe('mergeMessages', () => {
  it('orders by id and never shows a message twice', () => {
    const merged = mergeMessages([message({ id: 3, conversationId: 1 }), message({ id: 1, conversationId: 1 })], [message({ id: 2, conversationId: 1 }), message({ id: 3, conversationId: 1 })]);
    expect(merged.map((m) => m.id)).toEqual([1, 2, 3]);
  });

  it('does not let a late REST answer move a delivery status backwards', () => {
    const delivered = message({ id: 5, conversationId: 1, direction: 'out', senderType: 'agent', status: 'delivered' });
    expect(mergeMessages([delivered], [{ ...delivered, status: 'pending' }])[0].status).toBe('delivered');
    const failed = { ...delivered, status: 'failed' as const, error: 'blocked' };
    expect(mergeMessages([failed], [{ ...failed, status: 'pending', error: null }])[0]).toMatchObject({ status: 'failed', error: 'blocked' });
  });

  it('takes socket events as they come: a retry moves "failed" back to "pending"', () => {
    const failed = message({ id: 5, conversationId: 1, direction: 'out', senderType: 'agent', status: 'failed', error: 'blocked' });
    expect(mergeMessages([failed], [{ ...failed, status: 'pending', error: null }], true)[0]).toMatchObject({ status: 'pending', error: null });
    expect(mergeMessages([{ ...failed, status: 'sent', error: null }], [failed], true)[0]).toMatchObject({ status: 'failed', error: 'blocked' });
  });

  it('keeps messages still on their way at the end', () => {
    const local: ThreadMessage = { ...message({ id: -1, conversationId: 1 }), localId: 'local-1', status: 'pending' };
    const merged = mergeMessages([message({ id: 1, conversationId: 1 }), local], [message({ id: 2, conversationId: 1 })]);
    expect(merged.map((m) => m.localId ?? m.id)).toEqual([1, 2, 'local-1']);
  });
});
