/**
 * The words of due times (numbers, weekdays, parts of the day) and clock times ("om half drie", "at 2pm"), for
 * due.ts. A bare clock time's hour 1–7 without a morning word is an afternoon hour (office talk).
 */
import type { Language } from '../model.js';

const NUM: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  veertien: 14, twintig: 20, vierentwintig: 24, achtenveertig: 48, tweeënzeventig: 72, tweeenzeventig: 72,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fourteen: 14, twenty: 20, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72, half: 0.5, couple: 2,
};
// The patterns below use `i` without `u`: with `u`, V8 builds Unicode case closures (milliseconds per pattern at
// start-up); their literals are plain BMP words, for which both mean the same.
export const NUM_RE = `(\\d{1,3}|${Object.keys(NUM).sort((a, b) => b.length - a.length).join('|')})`;
export const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (NUM[s.toLowerCase()] ?? NaN));

export const WEEKDAY: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5,
};
export const WEEKDAY_RE = '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

export type DayPart = 'morning' | 'afternoon' | 'evening';
export const PART: Record<string, DayPart> = {
  ochtend: 'morning', morgen: 'morning', vroeg: 'morning', middag: 'afternoon', avond: 'evening',
  morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'evening',
};

/** "om twee uur", "om half drie", "om 14.00 uur", "at 2", "at 2pm", "at 14:30", "tussen 10 en 12 uur" (its end). */
export function clockTime(s: string, lang: Language): { hour: number; minute: number; text: string } | undefined {
  let m: RegExpExecArray | null;
  // a window ("tussen 10.00 en 12.00 uur", "between 10 and 12"): the promise holds until its end
  if ((m = /\b(?:tussen|between)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uur\s+|u\s+|am\s+|pm\s+)?(?:en|and|-)\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s*(uur|u\b|am|pm))?/i.exec(s))) {
    const h = Number(m[1]);
    if (h >= 1 && h <= 24) return { hour: /^pm$/i.test(m[3] ?? '') && h < 12 ? h + 12 : m[2] ? h : pm(h, s), minute: m[2] ? Number(m[2]) : 0, text: m[0] };
  }
  if (lang === 'nl') {
    if ((m = new RegExp(`\\b(?:om|rond|voor|tegen|uiterlijk)\\s+(half|kwart over|kwart voor)\\s+${NUM_RE}\\b(?:\\s*uur)?`, 'i').exec(s))) {
      let h = num(m[2]);
      if (!Number.isFinite(h)) return undefined;
      let minute = 0;
      if (/^half/i.test(m[1])) (h -= 1), (minute = 30);
      else if (/over/i.test(m[1])) minute = 15;
      else (h -= 1), (minute = 45);
      return { hour: pm(h, s), minute, text: m[0] };
    }
    if ((m = new RegExp(`\\b(?:om|rond|voor|tegen|uiterlijk)\\s+${NUM_RE}(?:[:.](\\d{2}))?\\s*(uur|u\\b)?`, 'i').exec(s))) {
      if (!m[3] && !m[2]) return undefined; // "voor twee weken" is no time
      const h = num(m[1]);
      if (!Number.isFinite(h) || h > 24) return undefined;
      return { hour: m[2] ? h : pm(h, s), minute: m[2] ? Number(m[2]) : 0, text: m[0] };
    }
  } else {
    if ((m = /\b(?:at|around|by|before)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)/i.exec(s))) {
      let h = Number(m[1]) % 12;
      if (/^p/i.test(m[3])) h += 12;
      return { hour: h, minute: m[2] ? Number(m[2]) : 0, text: m[0] };
    }
    if ((m = new RegExp(`\\b(?:at|around|by|before)\\s+${NUM_RE}(?:[:.](\\d{2}))?(\\s*o'?clock)?(?![\\w%$/-])`, 'i').exec(s))) {
      const h = num(m[1]);
      if (!Number.isFinite(h) || h < 1 || h > 24 || (/^an?$/i.test(m[1]))) return undefined;
      if (!m[2] && !m[3] && !/^\d/.test(m[1]) && !/\b(call|ring|phone|meet|talk|speak|bel)/i.test(s)) return undefined;
      return { hour: m[2] ? h : pm(h, s), minute: m[2] ? Number(m[2]) : 0, text: m[0] };
    }
  }
  return undefined;
}

/** Hours 1–7 without a morning word are afternoon hours in office talk. */
function pm(h: number, s: string): number {
  if (h >= 1 && h <= 7 && !/\b('s ochtends|s ochtends|ochtend|morning|am|a\.m\.|vroeg)\b/i.test(s)) return h + 12;
  return h;
}
