/**
 * Business hours of an inbox: a weekly schedule in the inbox's IANA time
 * zone, minus holidays. Pure: every answer is computed from the schedule and
 * an instant, with the zone's rules (DST included) from the runtime's ICU.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock times `HH:MM`; `close` may be `24:00`. An interval never crosses midnight: split it in two days. */
export interface OpeningInterval {
  open: string;
  close: string;
}

export interface BusinessHours {
  /** IANA zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Open intervals per weekday; a day that is missing or empty is closed. */
  weekly: Partial<Record<Weekday, OpeningInterval[]>>;
  /** Local dates `YYYY-MM-DD` closed all day. */
  holidays?: string[];
}

/** How far ahead an opening is searched: a schedule closed for longer than this has no next opening. */
const SEARCH_DAYS = 400;
const DAY_MS = 86_400_000;

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const minutesOfDay = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** What is wrong with an interval, or null. */
export function intervalProblem(interval: OpeningInterval): string | null {
  if (!TIME_OF_DAY.test(interval.open) || interval.open === '24:00') return 'open must be a time HH:MM between 00:00 and 23:59';
  if (!TIME_OF_DAY.test(interval.close)) return 'close must be a time HH:MM between 00:01 and 24:00';
  if (minutesOfDay(interval.close) <= minutesOfDay(interval.open)) return 'close must be later than open (split an overnight shift in two days)';
  return null;
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetMs(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The wall-clock date, weekday and minute of the day of an instant in a zone. */
export function localTime(at: Date, timeZone: string): LocalTime {
  const w = wallClock(at, timeZone);
  // getUTCDay of the civil date: 0 = Sunday.
  const weekday = WEEKDAYS[(new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7];
  return { year: w.year, month: w.month, day: w.day, weekday, minutes: w.hour * 60 + w.minute };
}

/**
 * The instant a local wall-clock time happens in a zone. A time that does not
 * exist (skipped by a DST change, 02:30 on a spring-forward night) moves
 * forward by the length of the gap (03:30), as calendars do.
 */
export function zonedInstant(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  // The zone's offsets a day either side: no zone changes its clock twice within two days.
  const candidates = [offsetMs(new Date(wall - DAY_MS), timeZone), offsetMs(new Date(wall + DAY_MS), timeZone)].map((offset) => wall - offset);
  const existing = candidates.filter((c) => c + offsetMs(new Date(c), timeZone) === wall);
  // Twice (clocks went back): the first. Never (a gap): the later candidate is `wall` moved forward by the gap.
  return new Date(existing.length ? Math.min(...existing) : Math.max(...candidates));
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateKey = (t: Pick<LocalTime, 'year' | 'month' | 'day'>) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;

function intervalsOn(hours: BusinessHours, t: LocalTime): OpeningInterval[] {
  if (hours.holidays?.includes(dateKey(t))) return [];
  return [...(hours.weekly[t.weekday] ?? [])].sort((a, b) => minutesOfDay(a.open) - minutesOfDay(b.open));
}

export function isOpen(hours: BusinessHours, at: Date): boolean {
  const now = localTime(at, hours.timeZone);
  return intervalsOn(hours, now).some((i) => minutesOfDay(i.open) <= now.minutes && now.minutes < minutesOfDay(i.close));
}

/**
 * When the team is next open: `at` itself while open, otherwise the start of
 * the next interval that is not a holiday; null when nothing opens within
 * SEARCH_DAYS (an empty schedule).
 */
export function nextOpening(hours: BusinessHours, at: Date): Date | null {
  if (isOpen(hours, at)) return at;
  const today = localTime(at, hours.timeZone);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    // Civil date arithmetic in UTC: no zone rule can make a calendar day disappear there.
    const civil = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const day: LocalTime = {
      year: civil.getUTCFullYear(),
      month: civil.getUTCMonth() + 1,
      day: civil.getUTCDate(),
      weekday: WEEKDAYS[(civil.getUTCDay() + 6) % 7],
      minutes: 0,
    };
    for (const interval of intervalsOn(hours, day)) {
      const opens = zonedInstant(day.year, day.month, day.day, minutesOfDay(interval.open), hours.timeZone);
      if (opens.getTime() > at.getTime()) return opens;
    }
  }
  return null;
}

/**
 * When the open period that contains `at` ends (the close of its interval);
 * null when the team is closed at `at`. Back-to-back intervals, and one that
 * runs to 24:00 followed by one from 00:00, end separately: callers walking
 * open time simply continue at the next opening, which is then at once.
 */
export function nextClosing(hours: BusinessHours, at: Date): Date | null {
  const now = localTime(at, hours.timeZone);
  const interval = intervalsOn(hours, now).find((i) => minutesOfDay(i.open) <= now.minutes && now.minutes < minutesOfDay(i.close));
  return interval ? zonedInstant(now.year, now.month, now.day, minutesOfDay(interval.close), hours.timeZone) : null;
}
