/** Formatting shared by the supervision screens. */

/** "87 %" or a dash when there is nothing to divide. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 1000) / 10} %`;
}

/** Seconds as "42 s", "3 min 20 s", "1 h 05 min", or a dash. */
export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const s = Math.round(value);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
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
