// Business hours for the mock backend: when the team is open, and business-time arithmetic for SLAs.
import { MINUTE } from './clock.js';

export interface BusinessHours {
  timezone: string;
  /** Per weekday (0 = Sunday): [openMinute, closeMinute) in local time, or null when closed. */
  week: ([number, number] | null)[];
  /** How soon the team usually answers while open, in minutes (protocol `typicalReplyMinutes`). */
  typicalReplyMinutes?: number;
}

export const defaultHours: BusinessHours = {
  timezone: 'Europe/Stockholm',
  week: [null, [480, 1020], [480, 1020], [480, 1020], [480, 1020], [480, 960], null],
  typicalReplyMinutes: 120,
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The weekday and minute of the day at `ms` in `timezone`. */
export function localTime(ms: number, timezone: string): { day: number; minute: number } {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    formatters.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(ms).map((p) => [p.type, p.value]));
  return { day: DAYS.indexOf(parts.weekday!), minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function isOpen(ms: number, hours: BusinessHours): boolean {
  const { day, minute } = localTime(ms, hours.timezone);
  const span = hours.week[day];
  return !!span && minute >= span[0] && minute < span[1];
}

const QUARTER = 15 * MINUTE;

/** The next instant (at or after `ms`) when the team opens; undefined if never within two weeks. */
export function nextOpen(ms: number, hours: BusinessHours): number | undefined {
  if (isOpen(ms, hours)) return ms;
  let t = Math.ceil(ms / QUARTER) * QUARTER;
  for (let i = 0; i < 14 * 96; i++, t += QUARTER) if (isOpen(t, hours)) return t;
  return undefined;
}

/** The day (YYYY-MM-DD) it is at `ms` where the team is. */
export function dayIn(ms: number, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** When the team closes next, if it is open at `ms` (to the minute). */
export function nextClose(ms: number, hours: BusinessHours): number | undefined {
  if (!isOpen(ms, hours)) return undefined;
  const { day, minute } = localTime(ms, hours.timezone);
  return Math.floor(ms / MINUTE) * MINUTE + (hours.week[day]![1] - minute) * MINUTE;
}

/** `ms` plus `minutes` of open time: the promise "within 2 business hours" made concrete. */
export function addBusinessMinutes(ms: number, minutes: number, hours: BusinessHours): number {
  let t = ms;
  let left = minutes;
  while (left > 0) {
    const open = nextOpen(t, hours);
    if (open === undefined) return t + left * MINUTE;
    t = open;
    const { day, minute } = localTime(t, hours.timezone);
    const untilClose = hours.week[day]![1] - minute;
    const step = Math.min(left, untilClose);
    t += step * MINUTE;
    left -= step;
  }
  return t;
}
