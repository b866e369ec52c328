import { describe, expect, it } from 'vitest';
import { localInputValue, pickedBody, presetBody } from './snooze';

describe('snooze choices', () => {
  it('turns each preset into its request', () => {
    expect(presetBody('until-customer-writes', 'Europe/Kyiv')).toEqual({ mode: 'until-customer-writes' });
    expect(presetBody('hour', 'Europe/Kyiv')).toEqual({ mode: 'for', minutes: 60 });
    expect(presetBody('hours4', 'Europe/Kyiv')).toEqual({ mode: 'for', minutes: 240 });
    expect(presetBody('tomorrow', 'Europe/Kyiv')).toEqual({ mode: 'tomorrow', timeZone: 'Europe/Kyiv' });
  });

  it('takes a picked local time only when it is in the future', () => {
    const now = new Date(2026, 11, 7, 10, 0).getTime();
    expect(pickedBody('2026-12-07T12:30', now)).toEqual({ mode: 'until', until: new Date(2026, 11, 7, 12, 30).toISOString() });
    expect(pickedBody('2026-12-07T09:30', now)).toBeNull();
    expect(pickedBody('', now)).toBeNull();
    expect(pickedBody('not a time', now)).toBeNull();
  });

  it('shows an instant in the field’s local format', () => {
    expect(localInputValue(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });
});
