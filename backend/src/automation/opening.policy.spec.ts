import { describe, expect, it } from 'vitest';
import { openingMessage } from './opening.policy';

const on = { enabled: true, text: { en: 'x' } };
const off = { enabled: false, text: { en: 'x' } };
const weekdays = { timeZone: 'UTC', weekly: { tue: [{ open: '09:00', close: '18:00' }] } };
const tuesdayNoon = new Date('2026-12-01T12:00:00Z');
const tuesdayNight = new Date('2026-12-01T22:00:00Z');

describe('openingMessage', () => {
  it('greets inside business hours and replies after hours outside them', () => {
    expect(openingMessage({ greeting: on, afterHours: on, businessHours: weekdays }, tuesdayNoon)).toBe('greeting');
    expect(openingMessage({ greeting: on, afterHours: on, businessHours: weekdays }, tuesdayNight)).toBe('after_hours');
  });

  it('greets outside hours when there is no after-hours reply, and says nothing when both are off', () => {
    expect(openingMessage({ greeting: on, afterHours: off, businessHours: weekdays }, tuesdayNight)).toBe('greeting');
    expect(openingMessage({ afterHours: on, businessHours: weekdays }, tuesdayNoon)).toBeNull();
    expect(openingMessage({ greeting: on, afterHours: on }, tuesdayNight)).toBe('greeting');
  });
});
