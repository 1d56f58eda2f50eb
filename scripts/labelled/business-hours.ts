/**
 * Business hours between two moments, for the labels and the eval's baselines (written apart from src/ on
 * purpose: the labels must not inherit the detectors' reading of the clock).
 */
import { DateTime } from 'luxon';
import Holidays from 'date-holidays';
import type { MailboxInfo } from './types.js';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function businessHoursBetween(fromIso: string, toIso: string, info: Pick<MailboxInfo, 'timezone' | 'businessHours'>): number {
  const bh = info.businessHours;
  const from = DateTime.fromISO(fromIso).setZone(info.timezone);
  const to = DateTime.fromISO(toIso).setZone(info.timezone);
  if (to <= from) return 0;
  const hd = bh.holidays ? new Holidays(bh.holidays) : null;
  const off = new Set(bh.extraDaysOff ?? []);
  const [sh, sm] = bh.start.split(':').map(Number) as [number, number];
  const [eh, em] = bh.end.split(':').map(Number) as [number, number];
  let total = 0;
  for (let day = from.startOf('day'); day < to; day = day.plus({ days: 1 })) {
    const iso = day.toISODate()!;
    if (!bh.days.includes(DAY_NAMES[day.weekday - 1]!) || off.has(iso)) continue;
    if (hd) {
      const h = hd.isHoliday(new Date(`${iso}T12:00:00`));
      if (Array.isArray(h) && h.some((x) => x.type === 'public')) continue;
    }
    const s = DateTime.max(day.set({ hour: sh, minute: sm }), from);
    const e = DateTime.min(day.set({ hour: eh, minute: em }), to);
    if (e > s) total += e.diff(s, 'hours').hours;
  }
  return Math.round(total * 100) / 100;
}
