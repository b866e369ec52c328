import { describe, expect, it } from 'vitest';
import {
  isSystemLine,
  localMessage,
  mergeMessages,
  newestId,
  oldestId,
  pendingMessages,
  placeAfterChange,
  placeAfterSession,
  setLocalStatus,
  unreadCount,
  upsertLocal,
  type ChatMessage,
} from './state';
import { makeMessage, makeVisitorMessage } from './testing/factories';

describe('mergeMessages', () => {
  it('orders server messages by id whatever order they arrive in', () => {
    const list = mergeMessages([], [makeMessage({ id: 3 }), makeMessage({ id: 1 }), makeMessage({ id: 2 })]);
    expect(list.map((m) => m.id)).toEqual([1, 2, 3]);
  });

  it('never lists a message twice when the same id arrives again (push, then history)', () => {
    const pushed = makeMessage({ id: 5, text: 'hi' });
    let list = mergeMessages([], [pushed]);
    list = mergeMessages(list, [makeMessage({ id: 4 }), { ...pushed }, makeMessage({ id: 6 })]);
    list = mergeMessages(list, [pushed, pushed]);
    expect(list.map((m) => m.id)).toEqual([4, 5, 6]);
  });

  it('replaces the local copy of the visitor’s message by the acknowledged one (by clientMessageId)', () => {
    let list = upsertLocal([], localMessage({ clientMessageId: 'c-1', text: 'hello' }));
    expect(list[0]).toMatchObject({ id: null, status: 'pending' });
    list = mergeMessages(list, [makeVisitorMessage('c-1', { id: 9, text: 'hello' })]);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 9, status: 'sent', clientMessageId: 'c-1' });
  });

  it('does not duplicate when the ack and another tab’s echo of the same message both arrive', () => {
    let list = upsertLocal([], localMessage({ clientMessageId: 'c-1', text: 'hello' }));
    const stored = makeVisitorMessage('c-1', { id: 9 });
    list = mergeMessages(list, [stored]);
    list = mergeMessages(list, [{ ...stored }]);
    expect(list).toHaveLength(1);
  });

  it('keeps unacknowledged messages after the server’s, in the order they were written', () => {
    const t0 = new Date('2030-01-01T12:00:00Z');
    const t1 = new Date('2030-01-01T12:00:01Z');
    let list = upsertLocal([], localMessage({ clientMessageId: 'b', text: 'second', now: t1 }));
    list = upsertLocal(list, localMessage({ clientMessageId: 'a', text: 'first', now: t0 }));
    list = mergeMessages(list, [makeMessage({ id: 50 }), makeMessage({ id: 40 })]);
    expect(list.map((m) => m.id ?? m.clientMessageId)).toEqual([40, 50, 'a', 'b']);
  });

  it('does not let a stale copy take a read receipt back', () => {
    const sent = makeVisitorMessage('c-1', { id: 9, status: 'sent' });
    let list = mergeMessages([], [{ ...sent, status: 'read' }]);
    list = mergeMessages(list, [sent]);
    expect(list[0].status).toBe('read');
  });

  it('does not mutate the list it was given', () => {
    const list: ChatMessage[] = [makeMessage({ id: 2 })];
    const copy = structuredClone(list);
    mergeMessages(list, [makeMessage({ id: 1 })]);
    expect(list).toEqual(copy);
  });
});

describe('upsertLocal / setLocalStatus', () => {
  it('marks a failed message and puts it back to pending for a retry without moving it', () => {
    let list = upsertLocal([], localMessage({ clientMessageId: 'c-1', text: 'hi' }));
    list = setLocalStatus(list, 'c-1', 'failed', 'network');
    expect(list[0]).toMatchObject({ status: 'failed', error: 'network' });
    list = setLocalStatus(list, 'c-1', 'pending');
    expect(list[0]).toMatchObject({ status: 'pending', error: undefined });
    expect(pendingMessages(list)).toHaveLength(1);
  });

  it('leaves a message the server already stored alone', () => {
    const list = mergeMessages([], [makeVisitorMessage('c-1', { id: 3 })]);
    expect(setLocalStatus(list, 'c-1', 'failed', 'late error')[0].status).toBe('sent');
    expect(upsertLocal(list, localMessage({ clientMessageId: 'c-1', text: 'again' }))).toEqual(list);
  });
});

describe('unreadCount', () => {
  const list = mergeMessages(
    [],
    [
      makeMessage({ id: 1 }),
      makeVisitorMessage('v-1', { id: 2 }),
      makeMessage({ id: 3, senderType: 'bot' }),
      makeMessage({ id: 4, senderType: 'system', kind: 'event' }),
      makeMessage({ id: 5 }),
    ],
  );

  it('counts replies newer than the last seen one, not the visitor’s own messages', () => {
    expect(unreadCount(list, 0)).toBe(4);
    expect(unreadCount(list, 2)).toBe(3);
    expect(unreadCount(list, 5)).toBe(0);
  });

  it('counts a reply once however many times it is merged', () => {
    const again = mergeMessages(list, [makeMessage({ id: 5 }), makeMessage({ id: 6 }), makeMessage({ id: 6 })]);
    expect(unreadCount(again, 4)).toBe(2);
  });

  it('ignores unacknowledged local messages', () => {
    expect(unreadCount(upsertLocal(list, localMessage({ clientMessageId: 'x', text: 'hi' })), 5)).toBe(0);
  });
});

describe('cursors and kinds', () => {
  it('finds the newest and oldest server ids', () => {
    const list = upsertLocal(mergeMessages([], [makeMessage({ id: 8 }), makeMessage({ id: 3 })]), localMessage({ clientMessageId: 'x', text: 'hi' }));
    expect(newestId(list)).toBe(8);
    expect(oldestId(list)).toBe(3);
    expect(oldestId([])).toBeNull();
    expect(newestId([])).toBe(0);
  });

  it('treats system senders and events as centred lines', () => {
    expect(isSystemLine(makeMessage({ senderType: 'system' }))).toBe(true);
    expect(isSystemLine(makeMessage({ kind: 'event', senderType: 'bot' }))).toBe(true);
    expect(isSystemLine(makeMessage())).toBe(false);
  });
});

describe('the place in the queue', () => {
  const place = { conversationId: 7, position: 2, expectedWaitMs: null };

  it('stays while the conversation waits and goes when an operator takes it or it closes', () => {
    expect(placeAfterChange(place, { id: 7, status: 'queued' })).toBe(place);
    expect(placeAfterChange(place, { id: 7, status: 'assigned' })).toBeNull();
    expect(placeAfterChange(place, { id: 7, status: 'closed' })).toBeNull();
    expect(placeAfterChange(place, { id: 8, status: 'assigned' })).toBe(place);
    expect(placeAfterChange(null, { id: 7, status: 'queued' })).toBeNull();
  });

  it('survives a reconnect only while the same conversation still waits', () => {
    expect(placeAfterSession(place, { conversationId: 7, conversationStatus: 'queued' })).toBe(place);
    expect(placeAfterSession(place, { conversationId: 7, conversationStatus: 'assigned' })).toBeNull();
    expect(placeAfterSession(place, { conversationId: null, conversationStatus: null })).toBeNull();
    expect(placeAfterSession(place, { conversationId: 9, conversationStatus: 'queued' })).toBeNull();
  });
});
