import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../automation/business-hours.policy';
import type { AgentSnapshot, ConversationNeeds } from '../routing/routing.policy';
import { tomorrowMorning, wakeOutcome, wakeTime } from './snooze.policy';

const weekdays: BusinessHours = {
  timeZone: 'Europe/Berlin',
  weekly: { mon: [{ open: '08:30', close: '17:00' }], tue: [{ open: '08:30', close: '17:00' }], wed: [{ open: '08:30', close: '17:00' }], thu: [{ open: '08:30', close: '17:00' }], fri: [{ open: '08:30', close: '17:00' }] },
};

describe('wakeTime', () => {
  const now = new Date('2026-12-07T10:00:00Z');

  it('until the customer writes: no time of its own', () => {
    expect(wakeTime({ mode: 'until-customer-writes' }, now, null)).toEqual({ until: null });
  });

  it('for: that many minutes from now', () => {
    expect(wakeTime({ mode: 'for', minutes: 60 }, now, null)).toEqual({ until: new Date('2026-12-07T11:00:00Z') });
    expect(wakeTime({ mode: 'for' }, now, null)).toEqual({ problem: expect.stringMatching(/^minutes/) });
  });

  it('until: the time picked, in the future and within 90 days', () => {
    const picked = new Date('2026-12-24T08:00:00Z');
    expect(wakeTime({ mode: 'until', until: picked }, now, null)).toEqual({ until: picked });
    expect(wakeTime({ mode: 'until', until: new Date('2026-12-07T09:59:00Z') }, now, null)).toEqual({ problem: 'until must be in the future' });
    expect(wakeTime({ mode: 'until', until: new Date('2027-03-08T10:00:00Z') }, now, null)).toEqual({ problem: 'until must be within 90 days' });
    expect(wakeTime({ mode: 'until' }, now, null)).toEqual({ problem: expect.stringMatching(/^until/) });
  });

  it('refuses a time zone that does not exist, naming the field', () => {
    expect(wakeTime({ mode: 'tomorrow', timeZone: 'Mars/Olympus' }, now, null)).toEqual({ problem: expect.stringMatching(/^timeZone/) });
  });
});

describe('tomorrowMorning', () => {
  it('is the inbox’s first opening on a later day, in its zone', () => {
    // Monday 2026-12-07, 20:00 in Berlin: Tuesday 08:30 Berlin is 07:30 UTC.
    expect(tomorrowMorning(new Date('2026-12-07T19:00:00Z'), weekdays, 'UTC')).toEqual(new Date('2026-12-08T07:30:00Z'));
  });

  it('is tomorrow even while the inbox is open today', () => {
    expect(tomorrowMorning(new Date('2026-12-07T09:00:00Z'), weekdays, 'UTC')).toEqual(new Date('2026-12-08T07:30:00Z'));
  });

  it('skips the weekend and holidays: Friday evening wakes on Monday’s opening', () => {
    expect(tomorrowMorning(new Date('2026-12-11T18:00:00Z'), weekdays, 'UTC')).toEqual(new Date('2026-12-14T07:30:00Z'));
    expect(tomorrowMorning(new Date('2026-12-11T18:00:00Z'), { ...weekdays, holidays: ['2026-12-14'] }, 'UTC')).toEqual(new Date('2026-12-15T07:30:00Z'));
  });

  it('uses the local date of the zone: 23:30 UTC is already the next day in Berlin', () => {
    // Monday 23:30 UTC = Tuesday 00:30 Berlin: tomorrow there is Wednesday.
    expect(tomorrowMorning(new Date('2026-12-07T23:30:00Z'), weekdays, 'UTC')).toEqual(new Date('2026-12-09T07:30:00Z'));
  });

  it('without business hours (or a schedule that never opens): 09:00 tomorrow in the operator’s zone', () => {
    expect(tomorrowMorning(new Date('2026-12-07T10:00:00Z'), null, 'America/New_York')).toEqual(new Date('2026-12-08T14:00:00Z'));
    expect(tomorrowMorning(new Date('2026-12-07T10:00:00Z'), { timeZone: 'Asia/Tokyo', weekly: {} }, 'UTC')).toEqual(new Date('2026-12-08T00:00:00Z'));
  });

  it('keeps the local hour across a change of clocks', () => {
    // Berlin goes to summer time on Sunday 2027-03-28: Monday's 08:30 is 06:30 UTC.
    expect(tomorrowMorning(new Date('2027-03-26T18:00:00Z'), weekdays, 'UTC')).toEqual(new Date('2027-03-29T06:30:00Z'));
  });
});

describe('wakeOutcome', () => {
  const needs: ConversationNeeds = { teamId: 1, language: null, skills: [], segments: [], sensitive: false };
  const operator: AgentSnapshot = { id: 7, status: 'online', openChats: 2, maxChats: 3, teamIds: [1], languages: [], skills: [], segments: [], level: 'regular', lastAssignedAt: null, connected: true };

  it('goes back to its operator when they could take it now', () => {
    expect(wakeOutcome(operator, needs)).toEqual({ kind: 'return', agentId: 7 });
  });

  it('goes to the queue when the operator is full, offline, disconnected or gone, saying why', () => {
    expect(wakeOutcome({ ...operator, openChats: 3 }, needs)).toEqual({ kind: 'queue', why: 'full' });
    expect(wakeOutcome({ ...operator, status: 'offline' }, needs)).toEqual({ kind: 'queue', why: 'not-online' });
    expect(wakeOutcome({ ...operator, connected: false }, needs)).toEqual({ kind: 'queue', why: 'disconnected' });
    expect(wakeOutcome(null, needs)).toEqual({ kind: 'queue', why: 'no-operator' });
  });

  it('follows the conversation’s other rules too: an operator moved to another team does not get it back', () => {
    expect(wakeOutcome({ ...operator, teamIds: [2] }, needs)).toEqual({ kind: 'queue', why: 'team' });
  });
});
