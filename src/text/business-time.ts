/**
 * Business time in the configured zone (luxon): working days, opening hours, public holidays.
 * All arithmetic is done on local wall times of each day, so DST changes (last Sunday of March and
 * October in Europe) shift nothing: a day is business from `start` to `end` local time.
 * Holidays come from date-holidays (type 'public' only: Goede Vrijdag and Bevrijdingsdag are not
 * days off for most Dutch businesses), loaded synchronously on first use and cached per year.
 */
import { createRequire } from 'node:module';
import type { DateTime } from 'luxon';
import { luxon } from './luxon.js';
import type { BusinessHoursConfig, Weekday } from '../config/types.js';
import { defaultConfig } from '../config/defaults.js';
import type { Waited } from '../model.js';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const HOUR = 3_600_000;
const DAY = 86_400_000;
/**
 * The longest stretch that business time is counted over: 400 days, a year and a month. A longer wait (a Date read
 * as the year 100, a message from 1970) counts as its last 400 days, so that no date can make the day-by-day count
 * run over centuries (each day costs a look at the calendar: 400 of them take well under a second); every rule's
 * threshold is a matter of hours or days, far below it. The wall-clock hours stay the real ones.
 */
export const MAX_BUSINESS_SPAN_DAYS = 400;

type HolidayLib = new (country: string) => { getHolidays(year: number): Array<{ date: string; type: string }> };
let HolidaysCtor: HolidayLib | undefined;
function holidayLib(): HolidayLib {
  // Lazy and synchronous: date-holidays costs ~110 ms to load and `lint` rarely needs it.
  if (!HolidaysCtor) {
    const mod = createRequire(import.meta.url)('date-holidays') as HolidayLib & { default?: HolidayLib };
    HolidaysCtor = mod.default ?? mod;
  }
  return HolidaysCtor;
}

function parseClock(s: string, what: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m || +m[1] > 24 || +m[2] > 59) throw new Error(`businessHours.${what}: expected "HH:MM", got "${s}"`);
  return +m[1] * 60 + +m[2];
}

export class BusinessTime {
  readonly zone: string;
  private readonly startMin: number;
  private readonly endMin: number;
  private readonly days: Set<number>; // luxon weekday 1 (Mon) … 7 (Sun)
  private readonly extraOff: Set<string>;
  private readonly holidayCache = new Map<number, Set<string>>();

  constructor(private readonly cfg: BusinessHoursConfig) {
    this.zone = cfg.timezone;
    if (!luxon().DateTime.now().setZone(this.zone).isValid) throw new Error(`businessHours.timezone: unknown zone "${cfg.timezone}"`);
    this.startMin = parseClock(cfg.start, 'start');
    this.endMin = parseClock(cfg.end, 'end');
    if (this.endMin <= this.startMin) throw new Error('businessHours: end must be after start');
    this.days = new Set(cfg.days.map((d) => WEEKDAYS.indexOf(d) + 1).filter((n) => n > 0));
    this.extraOff = new Set(cfg.extraDaysOff ?? []);
  }

  /** Length of one business day in hours. */
  get hoursPerDay(): number {
    return (this.endMin - this.startMin) / 60;
  }

  private holidays(year: number): Set<string> {
    let set = this.holidayCache.get(year);
    if (!set) {
      set = new Set();
      if (this.cfg.holidays) {
        const Lib = holidayLib();
        for (const h of new Lib(this.cfg.holidays).getHolidays(year) ?? []) {
          if (h.type === 'public') set.add(h.date.slice(0, 10));
        }
      }
      this.holidayCache.set(year, set);
    }
    return set;
  }

  private isBusinessLocal(day: DateTime): boolean {
    if (!this.days.has(day.weekday)) return false;
    const iso = day.toISODate()!;
    return !this.extraOff.has(iso) && !this.holidays(day.year).has(iso);
  }

  isBusinessDay(d: Date): boolean {
    return this.dayInfo(this.dayNumber(d)).business;
  }

  // Hot path: `between` runs for every message of a mailbox, and luxon's zone maths is slow. Local days are
  // numbered (days since 1970-01-01 in the zone) and each day's opening window is computed once with luxon.
  private readonly offsetCache = new Map<number, number>();
  private readonly dayCache = new Map<number, { business: boolean; open: number; close: number }>();

  /** The zone's UTC offset in ms at instant t (cached per hour: offsets only change on the hour). */
  private offsetAt(t: number): number {
    const hour = Math.floor(t / HOUR);
    let off = this.offsetCache.get(hour);
    if (off === undefined) {
      off = luxon().DateTime.fromMillis(hour * HOUR, { zone: this.zone }).offset * 60_000;
      this.offsetCache.set(hour, off);
    }
    return off;
  }

  /** The local day number of an instant. */
  private dayNumber(d: Date | number): number {
    const t = typeof d === 'number' ? d : d.getTime();
    return Math.floor((t + this.offsetAt(t)) / DAY);
  }

  private dayInfo(n: number): { business: boolean; open: number; close: number } {
    let info = this.dayCache.get(n);
    if (!info) {
      const day = luxon().DateTime.fromMillis(n * DAY, { zone: 'utc' }).setZone(this.zone, { keepLocalTime: true }).startOf('day');
      const [open, close] = this.window(day);
      info = { business: this.isBusinessLocal(day), open, close };
      this.dayCache.set(n, info);
    }
    return info;
  }

  /** Business hours [open, close] of the local day containing `day`, as instants. */
  private window(day: DateTime): [number, number] {
    const midnight = day.startOf('day');
    const open = midnight.set({ hour: Math.floor(this.startMin / 60), minute: this.startMin % 60 });
    const close =
      this.endMin >= 24 * 60
        ? midnight.plus({ days: 1 })
        : midnight.set({ hour: Math.floor(this.endMin / 60), minute: this.endMin % 60 });
    return [open.toMillis(), close.toMillis()];
  }

  endOfBusinessDay(d: Date): Date {
    return new Date(this.dayInfo(this.dayNumber(d)).close);
  }

  /** Business hours inside [a, b] and wall-clock hours; both 0 when b <= a. */
  between(a: Date, b: Date): Waited {
    const from = a.getTime();
    const to = b.getTime();
    if (!(to > from)) return { businessHours: 0, wallHours: 0 };
    let ms = 0;
    const last = this.dayNumber(to);
    const start = Math.max(from, to - MAX_BUSINESS_SPAN_DAYS * DAY);
    for (let n = this.dayNumber(start); n <= last; n++) {
      const day = this.dayInfo(n);
      if (!day.business) continue;
      const s = Math.max(day.open, start);
      const e = Math.min(day.close, to);
      if (e > s) ms += e - s;
    }
    return { businessHours: ms / HOUR, wallHours: (to - from) / HOUR };
  }

  /** The instant `hours` business hours after `from` (0 → from itself). */
  addBusinessHours(from: Date, hours: number): Date {
    let left = Math.max(0, hours) * HOUR;
    if (left === 0) return new Date(from);
    const t = from.getTime();
    const first = this.dayNumber(t);
    for (let n = first; n < first + 3660; n++) {
      const day = this.dayInfo(n);
      if (!day.business) continue;
      const s = Math.max(day.open, t);
      if (day.close > s) {
        if (s + left <= day.close) return new Date(s + left);
        left -= day.close - s;
      }
    }
    throw new Error('addBusinessHours: no business days within ten years');
  }

  /**
   * The end of business of the `days`-th business day after `from`'s day. 0 → the end of today when
   * today is a business day and not yet closed, else of the next business day.
   */
  addBusinessDays(from: Date, days: number): Date {
    const first = this.dayNumber(from);
    let left = Math.max(0, Math.floor(days));
    if (left === 0) {
      const today = this.dayInfo(first);
      if (today.business && today.close > from.getTime()) return new Date(today.close);
      left = 1;
    }
    for (let n = first + 1; n < first + 3660; n++) {
      const day = this.dayInfo(n);
      if (day.business && --left === 0) return new Date(day.close);
    }
    throw new Error('addBusinessDays: no business days within ten years');
  }
}

/** The default working week (Mon–Fri 09:00–17:30, Europe/Amsterdam, Dutch public holidays off), from the config defaults. */
export const DEFAULT_BUSINESS_HOURS: BusinessHoursConfig = defaultConfig().businessHours;
