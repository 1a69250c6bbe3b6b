// "in 3 hours", "۵ دقیقه پیش", "för 2 dagar sedan": a moment relative to now, in the customer's
// language and digits, in the one unit that reads best (Intl.RelativeTimeFormat has no compound
// "1 hour 20 minutes", and a countdown does not need one).
import type { LocalizeController } from '../localize.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * `at` relative to `now`: minutes up to 90, hours up to two days, then days; never less than one
 * minute ("now" would read as if the moment were this one).
 */
export function relativeTime(t: LocalizeController, at: number, now: number): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  const format = new Intl.RelativeTimeFormat(t.intl, { numeric: 'always' });
  // Rounded towards now for the future (a countdown never promises more time than is left),
  // to the nearest for the past.
  const whole = (unit: number) => Math.max(1, diff > 0 ? Math.floor(abs / unit) : Math.round(abs / unit));
  if (abs < 90 * MINUTE) return format.format(sign * whole(MINUTE), 'minute');
  if (abs < 2 * DAY) return format.format(sign * whole(HOUR), 'hour');
  return format.format(sign * whole(DAY), 'day');
}

/** A moment that has passed ("5 minutes ago"); one a clock that is off puts ahead counts as just now. */
export function ago(t: LocalizeController, at: number, now: number): string {
  return relativeTime(t, Math.min(at, now - 1), now);
}

/**
 * A promised moment: "today at 3:00 PM" and "tomorrow at 8:00 AM" as people say them, any other
 * day with its date in the customer's calendar ("Thursday 5 March", "پنجشنبه ۱۴ اسفند"), so a
 * promise names the day it means.
 */
export function dueMoment(t: LocalizeController, at: number, now: number): string {
  const dayStart = (ms: number) => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  const days = Math.round((dayStart(at) - dayStart(now)) / DAY);
  if (days === 0 || days === 1) return t.moment(at, now);
  return t.term('time.date', { day: t.date(at, { weekday: 'long', day: 'numeric', month: 'long' }), time: t.clock(at) });
}
