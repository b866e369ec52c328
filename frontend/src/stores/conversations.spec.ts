import { describe, expect, it } from 'vitest';
import { conversation, ME } from '../testing/app';
import { byDue, byPriority, matchesView, upsertSorted } from './conversation-list';

describe('conversation list rules', () => {
  const none = { inboxId: null, channel: null, status: null, label: null, attr: null };

  it('matches the API views: mine, queue, all', () => {
    expect(matchesView(conversation({ assigneeId: ME.id }), 'mine', none, ME.id)).toBe(true);
    expect(matchesView(conversation({ assigneeId: ME.id, status: 'closed' }), 'mine', none, ME.id)).toBe(false);
    expect(matchesView(conversation({ assigneeId: ME.id, status: 'closed' }), 'mine', { ...none, status: 'closed' }, ME.id)).toBe(true);
    expect(matchesView(conversation({ assigneeId: 99 }), 'mine', none, ME.id)).toBe(false);
    expect(matchesView(conversation({ status: 'queued', assigneeId: null }), 'queue', none, ME.id)).toBe(true);
    expect(matchesView(conversation({ status: 'queued', assigneeId: null, inboxId: 2 }), 'queue', { ...none, inboxId: 1 }, ME.id)).toBe(false);
    expect(matchesView(conversation({ status: 'closed' }), 'all', none, ME.id)).toBe(true);
  });

  it('moves a snoozed conversation from Mine to Snoozed, and back when it wakes', () => {
    const snoozed = conversation({ assigneeId: ME.id, status: 'snoozed', snoozedUntil: '2026-12-08T09:00:00.000Z' });
    expect(matchesView(snoozed, 'mine', none, ME.id)).toBe(false);
    expect(matchesView(snoozed, 'snoozed', none, ME.id)).toBe(true);
    expect(matchesView({ ...snoozed, assigneeId: 99 }, 'snoozed', none, ME.id)).toBe(false);
    expect(matchesView({ ...snoozed, status: 'assigned', snoozedUntil: null }, 'snoozed', none, ME.id)).toBe(false);
    expect(matchesView({ ...snoozed, status: 'assigned', snoozedUntil: null }, 'mine', none, ME.id)).toBe(true);
  });

  it('matches the channel by the conversation\'s inbox type', () => {
    const telegram = conversation({ inboxId: 2, inbox: { id: 2, name: 'Bot', type: 'telegram' } });
    expect(matchesView(telegram, 'all', { ...none, channel: 'telegram' }, ME.id)).toBe(true);
    expect(matchesView(conversation(), 'all', { ...none, channel: 'telegram' }, ME.id)).toBe(false);
    expect(matchesView(conversation({ inbox: null }), 'all', { ...none, channel: 'telegram' }, ME.id)).toBe(false);
  });

  it('matches a label filter by the labels the conversation carries, so a label taken off drops the row', () => {
    const billing = { id: 4, name: 'Billing', color: '#2f80ed' };
    expect(matchesView(conversation({ labels: [billing] }), 'all', { ...none, label: 4 }, ME.id)).toBe(true);
    expect(matchesView(conversation({ labels: [] }), 'all', { ...none, label: 4 }, ME.id)).toBe(false);
    expect(matchesView(conversation({ labels: [{ ...billing, id: 5 }] }), 'all', { ...none, label: 4 }, ME.id)).toBe(false);
  });

  it('sorts by priority, urgent first, keeping the view order within each priority', () => {
    const list = [
      conversation({ id: 9, priority: 'normal' }),
      conversation({ id: 8, priority: 'urgent' }),
      conversation({ id: 7, priority: 'low' }),
      conversation({ id: 6, priority: 'high' }),
      conversation({ id: 5, priority: 'urgent' }),
    ];
    expect(byPriority(list).map((c) => c.id)).toEqual([8, 5, 6, 9, 7]);
    expect(list.map((c) => c.id)).toEqual([9, 8, 7, 6, 5]);
  });

  it('sorts by the SLA target due soonest, those without one (or paused) last in the view order', () => {
    const due = (iso: string) => ({ target: 'first_response' as const, amberAt: null, dueAt: iso });
    const list = [
      conversation({ id: 9, sla: null }),
      conversation({ id: 8, sla: due('2026-12-01T10:05:00.000Z') }),
      conversation({ id: 7, sla: { target: 'resolution', amberAt: null, dueAt: null } }),
      conversation({ id: 6, sla: due('2026-12-01T10:01:00.000Z') }),
    ];
    expect(byDue(list).map((c) => c.id)).toEqual([6, 8, 9, 7]);
  });

  it('inserts in the view order: newest first, the queue oldest first', () => {
    const list = [conversation({ id: 9 }), conversation({ id: 5 }), conversation({ id: 2 })];
    expect(upsertSorted(list, conversation({ id: 6 }), 'mine').map((c) => c.id)).toEqual([9, 6, 5, 2]);
    const queue = [conversation({ id: 2 }), conversation({ id: 5 })];
    expect(upsertSorted(queue, conversation({ id: 3 }), 'queue').map((c) => c.id)).toEqual([2, 3, 5]);
    const replaced = upsertSorted(list, conversation({ id: 5, status: 'closed' }), 'all');
    expect(replaced.map((c) => c.id)).toEqual([9, 5, 2]);
    expect(replaced[1].status).toBe('closed');
  });
});
