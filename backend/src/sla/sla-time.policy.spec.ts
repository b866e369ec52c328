import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../automation/business-hours.policy';
import { addCountedTime, clockInstants, countedTimeBetween, resumedInstant, slaState } from './sla-time.policy';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const nineToSix = { open: '09:00', close: '18:00' };
const berlinWeekdays: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { mon: [nineToSix], tue: [nineToSix], wed: [nineToSix], thu: [nineToSix], fri: [nineToSix] } };
const allDay = { open: '00:00', close: '24:00' };
const berlinAlwaysOpen: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { mon: [allDay], tue: [allDay], wed: [allDay], thu: [allDay], fri: [allDay], sat: [allDay], sun: [allDay] } };

describe('addCountedTime', () => {
  it('counts every millisecond around the clock', () => {
    expect(addCountedTime(at('2026-12-04T17:30:00Z'), 2 * HOUR, null)).toEqual(at('2026-12-04T19:30:00Z'));
  });

  it('counts only open hours: a Friday-evening message is due on Monday, after the weekend', () => {
    // Friday 4 December 2026, 17:00 in Berlin (UTC+1): one hour left on Friday, one more from Monday 09:00.
    expect(addCountedTime(at('2026-12-04T16:00:00Z'), 2 * HOUR, berlinWeekdays)).toEqual(at('2026-12-07T09:00:00Z'));
  });

  it('starts counting at the next opening when the message came while closed', () => {
    // Tuesday 06:00 local: counting starts at 09:00.
    expect(addCountedTime(at('2026-12-01T05:00:00Z'), 30 * 60_000, berlinWeekdays)).toEqual(at('2026-12-01T08:30:00Z'));
  });

  it('follows the clocks going back: due on Monday 09:00 CET is an hour later in UTC than the Friday before', () => {
    // Friday 23 October 2026 17:00 CEST (15:00Z); Sunday 25 October Berlin goes from UTC+2 to UTC+1.
    expect(addCountedTime(at('2026-10-23T15:00:00Z'), 2 * HOUR, berlinWeekdays)).toEqual(at('2026-10-26T09:00:00Z'));
  });

  it('counts the 25-hour day of the clocks going back as 25 open hours', () => {
    // Saturday 24 October 12:00 CEST + 24 counted hours = Sunday 11:00 CET: the same instant as around the clock.
    expect(addCountedTime(at('2026-10-24T10:00:00Z'), 24 * HOUR, berlinAlwaysOpen)).toEqual(at('2026-10-25T10:00:00Z'));
    expect(countedTimeBetween(at('2026-10-23T22:00:00Z'), at('2026-10-25T23:00:00Z'), berlinAlwaysOpen)).toBe(49 * HOUR);
  });

  it('counts the 23-hour day of the clocks going forward as 23 open hours', () => {
    // Sunday 29 March 2026 in Berlin: 00:00 CET (23:00Z the day before) to 00:00 CEST (22:00Z).
    expect(countedTimeBetween(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), berlinAlwaysOpen)).toBe(23 * HOUR);
  });

  it('is null for a schedule that never opens', () => {
    expect(addCountedTime(at('2026-12-01T10:00:00Z'), HOUR, { timeZone: 'UTC', weekly: {} })).toBeNull();
  });
});

describe('countedTimeBetween', () => {
  it('counts only the open hours between two instants', () => {
    // Friday 17:00 local to Monday 10:00 local: 1 h on Friday and 1 h on Monday.
    expect(countedTimeBetween(at('2026-12-04T16:00:00Z'), at('2026-12-07T09:00:00Z'), berlinWeekdays)).toBe(2 * HOUR);
  });

  it('is 0 backwards', () => {
    expect(countedTimeBetween(at('2026-12-07T09:00:00Z'), at('2026-12-04T16:00:00Z'), null)).toBe(0);
  });
});

describe('clockInstants', () => {
  it('turns amber at the share of the target and warns a lead time before the breach', () => {
    const started = at('2026-12-01T10:00:00Z');
    const instants = clockInstants(started, { targetMs: HOUR, amberShare: 0.75, warnBeforeMs: 5 * 60_000 }, null);
    expect(instants).toEqual({ amberAt: at('2026-12-01T10:45:00Z'), warnAt: at('2026-12-01T10:55:00Z'), dueAt: at('2026-12-01T11:00:00Z') });
  });

  it('warns when amber without a lead time, and at the start when the lead is longer than the target', () => {
    const started = at('2026-12-01T10:00:00Z');
    expect(clockInstants(started, { targetMs: HOUR, amberShare: 0.5, warnBeforeMs: null }, null).warnAt).toEqual(at('2026-12-01T10:30:00Z'));
    expect(clockInstants(started, { targetMs: HOUR, amberShare: 0.5, warnBeforeMs: 2 * HOUR }, null).warnAt).toEqual(started);
  });

  it('places every instant in open hours', () => {
    // Friday 17:30 local, 1 h target: 30 min on Friday, the rest on Monday.
    const instants = clockInstants(at('2026-12-04T16:30:00Z'), { targetMs: HOUR, amberShare: 0.25, warnBeforeMs: 10 * 60_000 }, berlinWeekdays);
    expect(instants).toEqual({ amberAt: at('2026-12-04T16:45:00Z'), warnAt: at('2026-12-07T08:20:00Z'), dueAt: at('2026-12-07T08:30:00Z') });
  });
});

describe('resumedInstant', () => {
  it('moves a due time by the paused time, counted as the policy counts it', () => {
    // Paused at 10:00 with 30 min left; resumed at 12:00: due 12:30.
    expect(resumedInstant(at('2026-12-01T10:30:00Z'), at('2026-12-01T10:00:00Z'), at('2026-12-01T12:00:00Z'), null)).toEqual(at('2026-12-01T12:30:00Z'));
    // In open hours: paused Friday 17:30 local with 1 h left (30 min Friday, 30 min Monday); resumed Monday 09:00 local: due 10:00 local.
    expect(resumedInstant(at('2026-12-07T08:30:00Z'), at('2026-12-04T16:30:00Z'), at('2026-12-07T08:00:00Z'), berlinWeekdays)).toEqual(at('2026-12-07T09:00:00Z'));
  });

  it('keeps an instant that had passed before the pause', () => {
    expect(resumedInstant(at('2026-12-01T09:00:00Z'), at('2026-12-01T10:00:00Z'), at('2026-12-01T12:00:00Z'), null)).toEqual(at('2026-12-01T09:00:00Z'));
  });
});

describe('slaState', () => {
  it('is green, then amber, then red at the due time', () => {
    const amber = at('2026-12-01T10:45:00Z');
    const due = at('2026-12-01T11:00:00Z');
    expect(slaState(amber, due, at('2026-12-01T10:44:59Z'))).toBe('ok');
    expect(slaState(amber, due, amber)).toBe('warning');
    expect(slaState(amber, due, due)).toBe('breached');
  });
});
