/** Durations as users read them: business hours first, wall-clock time beside it. */
import type { Language, Waited } from '../model.js';

/** 13.5 → "13,5" (nl) / "13.5" (en); whole numbers without decimals. */
export function formatNumber(n: number, lang: Language, digits = 1): string {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  const s = Number.isInteger(r) ? String(r) : r.toFixed(digits);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** Wall time in days and hours ("2 dagen 5 uur" / "2 days 5 h"); minutes under an hour. */
export function formatWall(hours: number, lang: Language): string {
  const nl = lang === 'nl';
  if (hours < 1) {
    const min = Math.round(hours * 60);
    return `${min} min`;
  }
  let days = Math.floor(hours / 24);
  let h = Math.round(hours - days * 24);
  if (h === 24) {
    days++;
    h = 0;
  }
  const parts: string[] = [];
  if (days) parts.push(nl ? `${days} ${days === 1 ? 'dag' : 'dagen'}` : `${days} ${days === 1 ? 'day' : 'days'}`);
  if (h || !days) parts.push(nl ? `${h} uur` : `${h} h`);
  return parts.join(' ');
}

/** "13,5 werkuren (2 dagen 5 uur)" / "13.5 business hours (2 days 5 h wall)". */
export function formatDuration(w: Waited, lang: Language): string {
  const b = formatNumber(w.businessHours, lang);
  const one = b === '1';
  const wall = formatWall(w.wallHours, lang);
  return lang === 'nl'
    ? `${b} ${one ? 'werkuur' : 'werkuren'} (${wall})`
    : `${b} business ${one ? 'hour' : 'hours'} (${wall} wall)`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

const SHAPES = {
  moment: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One Intl formatter per shape, language and zone: building one costs more than formatting with it. */
function formatIn(shape: keyof typeof SHAPES, d: Date | string, lang: Language, timeZone: string): string {
  const key = `${shape}|${lang}|${timeZone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { ...SHAPES[shape], timeZone })));
  return f.format(typeof d === 'string' ? new Date(d) : d);
}

/** A moment as people read it in a list: "Wed 11 Nov, 17:30" / "wo 11 nov, 17:30", in the given zone. */
export const formatMoment = (d: Date | string, lang: Language, timeZone: string): string => formatIn('moment', d, lang, timeZone);

/** A day: "Thu 12 Nov" / "do 12 nov", in the given zone. */
export const formatDay = (d: Date | string, lang: Language, timeZone: string): string => formatIn('day', d, lang, timeZone);

/** A time of day on the reader's clock: "15:00", in the given zone. */
export const formatClock = (d: Date | string, lang: Language, timeZone: string): string => formatIn('clock', d, lang, timeZone);

/** Business time left as people say it: "7 h 40 min" / "7 uur 40 min", "25 min" (at least a minute). */
export function formatTimeLeft(hours: number, lang: Language): string {
  const total = Math.max(1, Math.round(hours * 60));
  const h = Math.floor(total / 60);
  const min = total % 60;
  return [h > 0 ? `${h} ${lang === 'nl' ? 'uur' : 'h'}` : '', min > 0 ? `${min} min` : ''].filter(Boolean).join(' ');
}
