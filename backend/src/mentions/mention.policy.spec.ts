import { describe, expect, it } from 'vitest';
import { MENTION_ACCESS_MS, mentionedOperators, mentionGrantsAccess } from './mention.policy';

const operators = [
  { id: 1, name: 'Anna Koval', email: 'anna.k@shop.example' },
  { id: 2, name: 'Boris Lee', email: 'boris@shop.example' },
  { id: 3, name: 'Anna Smith', email: 'asmith@shop.example' },
  { id: 4, name: 'Олена Шевченко', email: 'olena@shop.example' },
];

describe('mentionedOperators', () => {
  it('names operators by the local part of their e-mail, their whole name without spaces, or a first name only one has', () => {
    expect(mentionedOperators('@anna.k and @asmith, please look', operators)).toEqual([1, 3]);
    expect(mentionedOperators('@AnnaKoval?', operators)).toEqual([1]);
    expect(mentionedOperators('@boris: refund approved.', operators)).toEqual([2]);
    expect(mentionedOperators('Привіт, @Олена!', operators)).toEqual([4]);
  });

  it('leaves out handles that name nobody or several, e-mail addresses, and repeats', () => {
    expect(mentionedOperators('@anna could you', operators)).toEqual([]);
    expect(mentionedOperators('write to boris@shop.example or @nobody', operators)).toEqual([]);
    expect(mentionedOperators('@boris @boris @Boris', operators)).toEqual([2]);
  });
});

describe('mentionGrantsAccess', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('holds while unread, and for a week after the mention once read', () => {
    const old = new Date(now.getTime() - MENTION_ACCESS_MS - 1);
    expect(mentionGrantsAccess({ createdAt: old, readAt: null }, now)).toBe(true);
    expect(mentionGrantsAccess({ createdAt: old, readAt: now }, now)).toBe(false);
    expect(mentionGrantsAccess({ createdAt: new Date(now.getTime() - 60_000), readAt: now }, now)).toBe(true);
  });
});
