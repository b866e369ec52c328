/** Formatting shared by the supervision screens. */
import { formatDuration } from '../../lib/format';

/** "87 %" or a dash when there is nothing to divide. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 1000) / 10} %`;
}

/** Seconds as the floor says durations ("42 s", "3 min 20 s", "1 h 5 min" in the operator's language), or a dash. */
export function seconds(value: number | null | undefined, t: Parameters<typeof formatDuration>[1]): string {
  return value === null || value === undefined ? '—' : formatDuration(Math.round(value) * 1000, t, true);
}

export function decimal(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '—' : String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** A date input's value (YYYY-MM-DD) for a moment, in local time. */
export function dateInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The local midnight that starts a date input's day (YYYY-MM-DD). */
export function dayStart(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The local midnight after that day, the end of a range that includes it (a calendar day, so right across a DST change). */
export function dayAfter(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + 1);
}
