import type { SnoozeBody } from '../api/types';

/** The Snooze menu's choices, in its order; `tomorrow` is computed by the server from the inbox's business hours. */
export const SNOOZE_PRESETS = ['until-customer-writes', 'hour', 'hours4', 'tomorrow'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

/** The request body of a preset; `timeZone` is the operator's, used only for an inbox without business hours. */
export function presetBody(preset: SnoozePreset, timeZone: string): SnoozeBody {
  switch (preset) {
    case 'until-customer-writes':
      return { mode: 'until-customer-writes' };
    case 'hour':
      return { mode: 'for', minutes: 60 };
    case 'hours4':
      return { mode: 'for', minutes: 240 };
    case 'tomorrow':
      return { mode: 'tomorrow', timeZone };
  }
}

/**
 * A `datetime-local` field's value (the operator's wall clock, no zone) as
 * the body for that instant, or null when the field is empty or not in
 * the future.
 */
export function pickedBody(local: string, now: number): SnoozeBody | null {
  if (!local) return null;
  const at = new Date(local);
  if (Number.isNaN(at.getTime()) || at.getTime() <= now) return null;
  return { mode: 'until', until: at.toISOString() };
}

/** The value a `datetime-local` field shows for an instant, in the browser's zone (its `min`, its default). */
export function localInputValue(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
