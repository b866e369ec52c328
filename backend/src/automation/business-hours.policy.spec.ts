import { describe, expect, it } from 'vitest';
import { intervalProblem, isOpen, isValidTimeZone, nextOpening, zonedInstant, type BusinessHours } from './business-hours.policy';

const weekdays = { open: '09:00', close: '18:00' };
const berlinOffice: BusinessHours = {
  timeZone: 'Europe/Berlin',
  weekly: { mon: [weekdays], tue: [weekdays], wed: [weekdays], thu: [weekdays], fri: [weekdays] },
};
const at = (iso: string) => new Date(iso);

describe('isOpen', () => {
  it('is open inside an interval of the local weekday and closed at its end', () => {
    // Tuesday 1 December 2026: Berlin is UTC+1.
    expect(isOpen(berlinOffice, at('2026-12-01T08:00:00Z'))).toBe(true); // 09:00 local
    expect(isOpen(berlinOffice, at('2026-12-01T07:59:00Z'))).toBe(false);
    expect(isOpen(berlinOffice, at('2026-12-01T16:59:00Z'))).toBe(true); // 17:59 local
    expect(isOpen(berlinOffice, at('2026-12-01T17:00:00Z'))).toBe(false); // 18:00 local
  });

  it('uses the local date, not the UTC one', () => {
    const auckland: BusinessHours = { timeZone: 'Pacific/Auckland', weekly: { wed: [weekdays] } };
    // Tuesday 20:00 UTC is Wednesday 09:00 in Auckland (UTC+13 in summer).
    expect(isOpen(auckland, at('2026-12-01T20:00:00Z'))).toBe(true);
    expect(isOpen(auckland, at('2026-12-01T19:59:00Z'))).toBe(false);
  });

  it('is closed all day on a holiday', () => {
    expect(isOpen({ ...berlinOffice, holidays: ['2026-12-01'] }, at('2026-12-01T10:00:00Z'))).toBe(false);
  });

  it('counts 24:00 as the end of the day', () => {
    const lateShift: BusinessHours = { timeZone: 'UTC', weekly: { tue: [{ open: '20:00', close: '24:00' }] } };
    expect(isOpen(lateShift, at('2026-12-01T23:59:00Z'))).toBe(true);
    expect(isOpen(lateShift, at('2026-12-02T00:00:00Z'))).toBe(false);
  });
});

describe('nextOpening', () => {
  it('is now while open', () => {
    const now = at('2026-12-01T10:00:00Z');
    expect(nextOpening(berlinOffice, now)).toEqual(now);
  });

  it('is later the same day before opening and after a lunch break', () => {
    expect(nextOpening(berlinOffice, at('2026-12-01T05:00:00Z'))).toEqual(at('2026-12-01T08:00:00Z'));
    const withLunch: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { tue: [{ open: '14:00', close: '18:00' }, { open: '09:00', close: '13:00' }] } };
    expect(nextOpening(withLunch, at('2026-12-01T12:30:00Z'))).toEqual(at('2026-12-01T13:00:00Z')); // 13:30 → 14:00 local
  });

  it('skips the weekend: Friday evening opens on Monday morning', () => {
    // Friday 4 December 2026, 19:00 in Berlin.
    expect(nextOpening(berlinOffice, at('2026-12-04T18:00:00Z'))).toEqual(at('2026-12-07T08:00:00Z'));
  });

  it('skips holidays: Christmas Eve to the 26th closed, so Thursday evening opens on Monday 28th', () => {
    const christmas = { ...berlinOffice, holidays: ['2026-12-24', '2026-12-25'] };
    // Wednesday 23 December, 20:00 local; 24 and 25 are holidays, 26-27 the weekend.
    expect(nextOpening(christmas, at('2026-12-23T19:00:00Z'))).toEqual(at('2026-12-28T08:00:00Z'));
  });

  it('follows the clock change: a Friday before summer time opens Monday at 09:00 summer time', () => {
    // Clocks go forward on Sunday 29 March 2026: Friday is UTC+1, Monday UTC+2.
    expect(nextOpening(berlinOffice, at('2026-03-27T18:00:00Z'))).toEqual(at('2026-03-30T07:00:00Z'));
    // And back on Sunday 25 October 2026: Monday 09:00 is UTC+1 again.
    expect(nextOpening(berlinOffice, at('2026-10-23T17:00:00Z'))).toEqual(at('2026-10-26T08:00:00Z'));
  });

  it('follows another zone’s own clock change date', () => {
    const newYork: BusinessHours = { timeZone: 'America/New_York', weekly: { mon: [weekdays] } };
    // US summer time starts 8 March 2026: Monday 9 March 09:00 is 13:00 UTC, not 14:00.
    expect(nextOpening(newYork, at('2026-03-06T12:00:00Z'))).toEqual(at('2026-03-09T13:00:00Z'));
  });

  it('is null for a schedule that never opens', () => {
    expect(nextOpening({ timeZone: 'UTC', weekly: {} }, at('2026-12-01T10:00:00Z'))).toBeNull();
  });
});

describe('zonedInstant', () => {
  it('moves a time skipped by the clock change forward by the gap', () => {
    // 02:30 does not exist in Berlin on 29 March 2026; it becomes 03:30 summer time.
    expect(zonedInstant(2026, 3, 29, 150, 'Europe/Berlin')).toEqual(at('2026-03-29T01:30:00Z'));
  });

  it('takes the first of a time that happens twice', () => {
    // 02:30 on 25 October 2026 happens in summer time first (UTC+2).
    expect(zonedInstant(2026, 10, 25, 150, 'Europe/Berlin')).toEqual(at('2026-10-25T00:30:00Z'));
  });
});

describe('schedule checks', () => {
  it('refuses unknown zones and backwards or overnight intervals', () => {
    expect(isValidTimeZone('Europe/Kyiv')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(intervalProblem({ open: '09:00', close: '18:00' })).toBeNull();
    expect(intervalProblem({ open: '22:00', close: '02:00' })).toMatch(/later than open/);
    expect(intervalProblem({ open: '9:00', close: '18:00' })).toMatch(/^open/);
    expect(intervalProblem({ open: '09:00', close: '24:01' })).toMatch(/^close/);
  });
});
