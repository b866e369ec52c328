import { describe, expect, it } from 'vitest';
import { membershipRooms, roomChanges, rooms, roomsFor } from './agent-rooms.policy';

describe('operator socket rooms', () => {
  it('sends a conversation to its inbox, the supervisors, its watchers and its holder only', () => {
    expect(roomsFor({ conversation: { id: 9, inboxId: 2, assigneeId: 5 } }).sort()).toEqual(
      [rooms.everyInbox, rooms.inbox(2), rooms.conversation(9), rooms.agent(5)].sort(),
    );
  });

  it('sends a message to its inbox and the conversation’s watchers', () => {
    expect(roomsFor({ message: { conversationId: 9, inboxId: 2 } }).sort()).toEqual([rooms.everyInbox, rooms.inbox(2), rooms.conversation(9)].sort());
  });

  it('sends a contact to every inbox it is known in', () => {
    expect(roomsFor({ contact: { identities: [{ inboxId: 1 }, { inboxId: 3 }, { inboxId: 1 }] } }).sort()).toEqual(
      [rooms.everyInbox, rooms.inbox(1), rooms.inbox(3)].sort(),
    );
  });

  it('sends a queue change to its inbox', () => {
    expect(roomsFor({ inboxId: 4 }).sort()).toEqual([rooms.everyInbox, rooms.inbox(4)].sort());
  });

  it('sends what names no inbox to the whole floor', () => {
    expect(roomsFor({})).toEqual([rooms.allAgents]);
  });

  it('never sends a contact known nowhere to the whole floor', () => {
    expect(roomsFor({ contact: { identities: [] } })).toEqual([rooms.everyInbox]);
  });

  it('moves a tab to the inboxes the operator has now and out of conversations they may no longer see', () => {
    const tab = ['socket-id', rooms.allAgents, rooms.agent(7), rooms.inbox(1), rooms.inbox(2), rooms.conversation(10), rooms.conversation(11)];
    expect(roomChanges(tab, membershipRooms('agent', [2, 3]), new Set([11]))).toEqual({ join: [rooms.inbox(3)], leave: [rooms.inbox(1), rooms.conversation(10)] });
  });

  it('takes a demoted supervisor out of every inbox and the floor', () => {
    const tab = [rooms.allAgents, rooms.agent(7), rooms.everyInbox, rooms.supervisors];
    expect(roomChanges(tab, membershipRooms('agent', []), new Set())).toEqual({ join: [], leave: [rooms.everyInbox, rooms.supervisors] });
    expect(membershipRooms('admin', 'all')).toEqual([rooms.everyInbox, rooms.supervisors, rooms.admins]);
  });
});
