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

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as people read it in a list: "Wed 11 Nov, 17:30" / "wo 11 nov, 17:30", in the given zone. */
export function formatMoment(d: Date | string, lang: Language, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let f = momentFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone,
    });
    momentFormats.set(key, f);
  }
  return f.format(typeof d === 'string' ? new Date(d) : d);
}
