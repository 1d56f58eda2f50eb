/**
 * Business time in the configured zone (luxon): working days, opening hours, public holidays.
 * All arithmetic is done on local wall times of each day, so DST changes (last Sunday of March and
 * October in Europe) shift nothing: a day is business from `start` to `end` local time.
 * Holidays come from date-holidays (type 'public' only: Goede Vrijdag and Bevrijdingsdag are not
 * days off for most Dutch businesses), loaded synchronously on first use and cached per year.
 */
import { createRequire } from 'node:module';
import { DateTime } from 'luxon';
import type { BusinessHoursConfig, Weekday } from '../config/types.js';
import type { Waited } from '../model.js';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const HOUR = 3_600_000;

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
    if (!DateTime.now().setZone(this.zone).isValid) throw new Error(`businessHours.timezone: unknown zone "${cfg.timezone}"`);
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

  private local(d: Date): DateTime {
    return DateTime.fromJSDate(d, { zone: this.zone });
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
    return this.isBusinessLocal(this.local(d));
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
    return new Date(this.window(this.local(d))[1]);
  }

  /** Business hours inside [a, b] and wall-clock hours; both 0 when b <= a. */
  between(a: Date, b: Date): Waited {
    const from = a.getTime();
    const to = b.getTime();
    if (!(to > from)) return { businessHours: 0, wallHours: 0 };
    let ms = 0;
    let day = this.local(a).startOf('day');
    const last = this.local(b).startOf('day');
    while (day <= last) {
      if (this.isBusinessLocal(day)) {
        const [open, close] = this.window(day);
        const s = Math.max(open, from);
        const e = Math.min(close, to);
        if (e > s) ms += e - s;
      }
      day = day.plus({ days: 1 });
    }
    return { businessHours: ms / HOUR, wallHours: (to - from) / HOUR };
  }

  /** The instant `hours` business hours after `from` (0 → from itself). */
  addBusinessHours(from: Date, hours: number): Date {
    let left = Math.max(0, hours) * HOUR;
    if (left === 0) return new Date(from);
    const t = from.getTime();
    let day = this.local(from).startOf('day');
    for (let guard = 0; guard < 3660; guard++) {
      if (this.isBusinessLocal(day)) {
        const [open, close] = this.window(day);
        const s = Math.max(open, t);
        if (close > s) {
          if (s + left <= close) return new Date(s + left);
          left -= close - s;
        }
      }
      day = day.plus({ days: 1 });
    }
    throw new Error('addBusinessHours: no business days within ten years');
  }

  /**
   * The end of business of the `days`-th business day after `from`'s day. 0 → the end of today when
   * today is a business day and not yet closed, else of the next business day.
   */
  addBusinessDays(from: Date, days: number): Date {
    let day = this.local(from).startOf('day');
    let left = Math.max(0, Math.floor(days));
    if (left === 0) {
      if (this.isBusinessLocal(day) && this.window(day)[1] > from.getTime()) return new Date(this.window(day)[1]);
      left = 1;
    }
    for (let guard = 0; guard < 3660; guard++) {
      day = day.plus({ days: 1 });
      if (this.isBusinessLocal(day) && --left === 0) return new Date(this.window(day)[1]);
    }
    throw new Error('addBusinessDays: no business days within ten years');
  }
}

/** The default working week: Mon–Fri 09:00–17:30, Europe/Amsterdam, Dutch public holidays off. */
export const DEFAULT_BUSINESS_HOURS: BusinessHoursConfig = {
  timezone: 'Europe/Amsterdam',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '17:30',
  holidays: 'NL',
  extraDaysOff: [],
};
