/**
 * When is a promise due? Dates and times in a sentence, Dutch and English.
 *
 * Decisions (documented for rule authors):
 * - A date without a time means the end of that business day (17:30 local, or the configured end).
 * - A weekday means the next such day after today; the weekday of today itself means a week later
 *   (people say "vandaag"/"today" for today).
 * - "eind van de week" / "end of the week" / "deze week" = Friday end of business (not +7 days);
 *   "volgende week" / "next week" = Friday of next week; "eind van de maand" = the month's last working day
 *   (due-periods.ts, with "halverwege volgende week" = Wednesday and "first thing Monday" = Monday 12:00).
 * - "binnen 48 uur" / "within 48 hours" = ref + 48 h; "binnen twee werkdagen" = end of the 2nd business
 *   day after today; "binnen drie dagen" = end of business three calendar days on.
 * - A bare clock time ("om twee uur", "at 2") is today (tomorrow when already past); 1–7 o'clock
 *   without am/pm or "'s ochtends" is taken as the afternoon (office hours).
 * - Parts of a day: "ochtend"/"morning" = 12:00, "middag"/"afternoon" = end of business,
 *   "avond"/"evening"/"tonight" = 21:00.
 * chrono-node finds the rest (dates like "3 december", "next Tuesday"); it is asked for calendar
 * fields in the zone's UTC offset at ref, and the instant is then built with luxon in the IANA zone.
 * A bare Dutch weekday abbreviation ("zo", "ma", "do", "vrij") or "Jan" is a word or a name, not a date: chrono
 * reads "Ik kom er zo snel mogelijk op terug" as Sunday and "Jan" as January; those readings are dropped.
 *
 * chrono is loaded on first need, one locale at a time (all of chrono-node: ~120 ms; one locale through
 * `require`: ~35 ms), and only for a sentence that holds a word chrono could read as a date (DATE_WORD):
 * "ik kom erop terug" never loads it. Synchronous (`createRequire`), so the signatures stay synchronous.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ParsedResult, ParsingOption, ParsingReference } from 'chrono-node';
import type { DateTime } from 'luxon';
import { cachedZone, luxon } from './luxon.js';
import { mayNameDate } from './date-words.js';
import type { Language } from '../model.js';
import type { BusinessTime } from './business-time.js';
import { monthEnd, periodDay } from './due-periods.js';
import { clockTime, NUM_RE, num, PART, WEEKDAY, WEEKDAY_RE, type DayPart } from './due-words.js';

export interface DueOptions {
  /** Used for "werkdagen"/"business days" and for the end of a business day. */
  businessTime?: BusinessTime;
}

export interface Due {
  date: Date;
  text: string;
}

interface Ctx {
  now: DateTime; // ref in the zone
  eob: (day: DateTime) => DateTime;
  opts: DueOptions;
}

function nextWeekday(now: DateTime, wd: number): DateTime {
  let add = (wd - now.weekday + 7) % 7;
  if (add === 0) add = 7;
  return now.plus({ days: add }).startOf('day');
}

function atPart(ctx: Ctx, day: DateTime, part: DayPart | undefined): DateTime {
  if (part === 'morning') return day.set({ hour: 12, minute: 0, second: 0, millisecond: 0 });
  if (part === 'evening') return day.set({ hour: 21, minute: 0, second: 0, millisecond: 0 });
  return ctx.eob(day);
}

function friday(day: DateTime): DateTime {
  return day.plus({ days: 5 - day.weekday }).startOf('day');
}

/** Day expressions that chrono misses or reads differently. Returns the due instant and the matched text. */
function customDay(s: string, ctx: Ctx): { at: DateTime; text: string; timeFixed: boolean } | undefined {
  const { now } = ctx;
  const period = periodDay(s, now, ctx.eob, ctx.opts.businessTime);
  if (period) return { ...period, timeFixed: true };
  let m: RegExpExecArray | null;
  // Within N hours: a fixed instant.
  if ((m = new RegExp(`\\b(?:binnen|within|in|over)\\s+(?:de\\s+|the\\s+)?(?:komende\\s+|next\\s+)?${NUM_RE}\\s+(uur|hours?|hrs?|h)\\b`, 'i').exec(s)))
    return { at: now.plus({ minutes: Math.round(num(m[1]) * 60) }), text: m[0], timeFixed: true };
  if ((m = /\b(binnen het uur|within (the|an) hour|within the next hour)\b/i.exec(s)))
    return { at: now.plus({ hours: 1 }), text: m[0], timeFixed: true };
  // Within N business days.
  if ((m = new RegExp(`\\b(?:binnen|within|in|over)\\s+(?:de\\s+|the\\s+)?(?:komende\\s+|next\\s+)?${NUM_RE}\\s+(werkdag(?:en)?|business\\s+days?|working\\s+days?|werkdagen)\\b`, 'i').exec(s))) {
    const n = Math.max(1, Math.round(num(m[1])));
    if (ctx.opts.businessTime) {
      const d = luxon().DateTime.fromJSDate(ctx.opts.businessTime.addBusinessDays(now.toJSDate(), n), { zone: now.zone });
      return { at: d, text: m[0], timeFixed: true };
    }
    let d = now.startOf('day');
    for (let left = n; left > 0; ) {
      d = d.plus({ days: 1 });
      if (d.weekday <= 5) left--;
    }
    return { at: ctx.eob(d), text: m[0], timeFixed: true };
  }
  // Within N days / weeks.
  if ((m = new RegExp(`\\b(?:binnen|within|in|over)\\s+(?:de\\s+|the\\s+)?(?:komende\\s+|next\\s+)?${NUM_RE}\\s+(dag(?:en)?|days?|we(?:e)?k(?:en|s)?)\\b`, 'i').exec(s))) {
    const n = num(m[1]);
    const days = /^we/i.test(m[2]) ? n * 7 : n;
    return { at: ctx.eob(now.plus({ days: Math.round(days) })), text: m[0], timeFixed: true };
  }
  // End of the day / today.
  if ((m = /\b(EOD|COB|end of (the )?(business |working )?day|close of business|eind(e)? van de (werk)?dag|vandaag( nog)?|later today|today|vanmiddag|this afternoon|straks|in de loop van (de dag|vandaag))\b/i.exec(s))) {
    // "close of business tomorrow", "morgen aan het eind van de dag", "end of day Friday": the end of that day
    const endOf = /^(EOD|COB|end|close|eind)/i.test(m[1]!);
    const later = endOf ? new RegExp(`\\b(morgen|tomorrow|${WEEKDAY_RE.slice(1, -1)})\\b(?!\\s*(?:ochtend|middag|avond|vroeg))`, 'i').exec(s) : null;
    if (later && Math.abs(later.index - m.index) <= 40) {
      const w = later[1]!.toLowerCase();
      const day = w === 'morgen' || w === 'tomorrow' ? now.plus({ days: 1 }).startOf('day') : nextWeekday(now, WEEKDAY[w]!);
      return { at: ctx.eob(day), text: s.slice(Math.min(m.index, later.index), Math.max(m.index + m[0].length, later.index + later[0].length)), timeFixed: true };
    }
    return { at: ctx.eob(now), text: m[0], timeFixed: false };
  }
  // Later today: after lunch, around noon, in the course of / at the end of the afternoon.
  if ((m = /\b(na de lunch|na het middaguur|rond het middaguur|after lunch|around noon|(in de loop van|aan het eind(e)? van|eind(e)? van) de middag|(by |at )?the end of the afternoon)\b/i.exec(s)))
    return { at: ctx.eob(now), text: m[0], timeFixed: false };
  // The day after tomorrow; after the weekend (Monday).
  if ((m = /\b(overmorgen|the day after tomorrow)\b/i.exec(s))) return { at: ctx.eob(now.plus({ days: 2 })), text: m[0], timeFixed: false };
  if ((m = /\b(na het weekend|after the weekend)\b/i.exec(s))) return { at: ctx.eob(nextWeekday(now, 1)), text: m[0], timeFixed: false };
  // A day of the month without a month: "de 20e", "op de 20ste", "the 20th": the next such day.
  if ((m = /\b(?:op\s+|on\s+|by\s+|voor\s+|uiterlijk\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b|\b(?:op\s+|voor\s+|uiterlijk\s+)?de\s+(\d{1,2})(?:e|ste|de)\b/i.exec(s))) {
    const d = Number(m[1] ?? m[2]);
    if (d >= 1 && d <= 31) {
      let day = now.set({ day: Math.min(d, now.daysInMonth ?? 28) }).startOf('day');
      if (day < now.startOf('day')) day = now.plus({ months: 1 }).set({ day: d }).startOf('day');
      if (day.isValid) return { at: ctx.eob(day), text: m[0], timeFixed: false };
    }
  }
  if ((m = /\b(vanavond|tonight|this evening)\b/i.exec(s))) return { at: atPart(ctx, now, 'evening'), text: m[0], timeFixed: false };
  if ((m = /\b(vanochtend|vanmorgen|this morning)\b/i.exec(s))) return { at: atPart(ctx, now, 'morning'), text: m[0], timeFixed: false };
  // End of the month.
  const month = monthEnd(s, now, ctx.eob, ctx.opts.businessTime);
  if (month) return { ...month, timeFixed: true };
  // End of the week / this week.
  if ((m = /\b(eind(e)? (van )?(de(ze)? )?week|end of (the |this )?week|EOW|deze week( nog)?|this week|v[oó][oó]r het weekend|before the weekend)\b/i.exec(s))) {
    let f = friday(now);
    if (ctx.eob(f) < now) f = f.plus({ weeks: 1 });
    return { at: ctx.eob(f), text: m[0], timeFixed: true };
  }
  // Next week (without a weekday after it: "volgende week dinsdag" is chrono's).
  if ((m = new RegExp(`\\b(volgende week|komende week|next week|the coming week)\\b(?!\\s+(op\\s+|on\\s+)?${WEEKDAY_RE})`, 'i').exec(s)))
    return { at: ctx.eob(friday(now).plus({ weeks: 1 })), text: m[0], timeFixed: true };
  // Weekday or tomorrow with a part of the day, as one word or two.
  if ((m = new RegExp(`\\b(morgen|tomorrow|${WEEKDAY_RE.slice(1, -1)})\\s*(ochtend|morgen|middag|avond|vroeg|morning|afternoon|evening|night)\\b`, 'i').exec(s))) {
    const w = m[1].toLowerCase();
    const day = w === 'morgen' || w === 'tomorrow' ? now.plus({ days: 1 }).startOf('day') : nextWeekday(now, WEEKDAY[w]);
    return { at: atPart(ctx, day, PART[m[2].toLowerCase()]), text: m[0], timeFixed: false };
  }
  return undefined;
}

/** Read alone, these are Dutch words or names, not dates: "zo" (so), "do", "ma", "vrij" (free), "Jan". */
const NL_NOT_A_DATE = /^(?:[,(（]\s*)?(?:(?:op|voor|uiterlijk)\s*)?(?:zo|zon|ma|di|din|wo|woe|do|dond|vr|vrij|za|zat|jan)\.?$/i;

interface ChronoLocale {
  parse(text: string, ref?: ParsingReference | Date, option?: ParsingOption): ParsedResult[];
}
const chronoLocales: Partial<Record<Language, ChronoLocale>> = {};
/** One locale of chrono's CommonJS build (what `chrono-node/nl` names; Jest 29 cannot resolve that subpath pattern). */
function chronoFor(lang: Language): ChronoLocale {
  if (!chronoLocales[lang]) {
    const req = createRequire(import.meta.url);
    chronoLocales[lang] = req(join(dirname(req.resolve('chrono-node')), 'locales', lang, 'index.js')) as ChronoLocale;
  }
  return chronoLocales[lang];
}

/** Chrono's date (if any) as a local day in the zone, with hour/minute when chrono is certain. */
function chronoDay(s: string, lang: Language, ctx: Ctx): { day: DateTime; hour?: number; minute?: number; text: string } | undefined {
  if (!mayNameDate(s)) return undefined;
  const results = chronoFor(lang).parse(s, { instant: ctx.now.toJSDate(), timezone: ctx.now.offset }, { forwardDate: true });
  for (const r of results) {
    // A bare number ("versie 2.1", "3 offertes") is no date; a date needs a word or a d-m / d/m form.
    if (!/\p{L}/u.test(r.text) && !/\d[-/]\d/.test(r.text)) continue;
    if (lang === 'nl' && NL_NOT_A_DATE.test(r.text.trim())) continue;
    const c = r.start;
    let day = luxon().DateTime.fromObject({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! }, { zone: ctx.now.zone });
    if (!day.isValid) continue;
    // A bare weekday that is today means a week later.
    const wd = WEEKDAY[r.text.toLowerCase().replace(/^(op|on|by|uiterlijk|voor|before)\s+/, '').trim()];
    if (wd && day.hasSame(ctx.now, 'day')) day = day.plus({ weeks: 1 });
    // "I'll fix it now": done within the day, not broken the second the mail is sent
    if (/^(?:now|right now|nu)$/i.test(r.text.trim())) return { day, text: r.text };
    if (c.isCertain('hour')) return { day, hour: c.get('hour')!, minute: c.get('minute') ?? 0, text: r.text };
    return { day, text: r.text };
  }
  return undefined;
}

/** "Now" in the zone, kept for the next sentence: a message's sentences are all read against the same ref and zone. */
let lastNow: { ms: number; tz: string; at: DateTime } | undefined;
function nowIn(ref: Date, tz: string): DateTime {
  const ms = ref.getTime();
  if (lastNow?.ms !== ms || lastNow.tz !== tz) lastNow = { ms, tz, at: luxon().DateTime.fromJSDate(ref, { zone: cachedZone(tz) }) };
  return lastNow.at;
}

/**
 * Answers for the sentences read last against one ref, zone and business calendar: a text that says the same
 * thing again (a pasted wall, a repeated line, the same sentence read by two rules) reads its dates once. The key is
 * everything the answer depends on, so a kept answer is the answer; the table is emptied when full.
 */
const DUES_KEPT = 2048;
const dues = { ms: NaN, tz: '', bt: undefined as BusinessTime | undefined, byText: new Map<string, Due | undefined>() };

export function parseDue(sentence: string, lang: Language, ref: Date, tz: string, opts: DueOptions = {}): Due | undefined {
  const ms = ref.getTime();
  if (dues.ms !== ms || dues.tz !== tz || dues.bt !== opts.businessTime) {
    Object.assign(dues, { ms, tz, bt: opts.businessTime });
    dues.byText.clear();
  }
  const key = `${lang}\u0000${sentence}`;
  let due = dues.byText.get(key);
  if (due === undefined && !dues.byText.has(key)) {
    due = laterDue(sentence, lang, ref, tz, opts);
    if (dues.byText.size >= DUES_KEPT) dues.byText.clear();
    dues.byText.set(key, due);
  }
  return due && { date: new Date(due.date), text: due.text };
}

function readDue(sentence: string, lang: Language, ref: Date, tz: string, opts: DueOptions): Due | undefined {
  const now = nowIn(ref, tz);
  if (!now.isValid) return undefined;
  const bt = opts.businessTime;
  const ctx: Ctx = {
    now,
    opts,
    eob: (day) =>
      bt
        ? luxon().DateTime.fromJSDate(bt.endOfBusinessDay(day.set({ hour: 12 }).toJSDate()), { zone: now.zone })
        : day.set({ hour: 17, minute: 30, second: 0, millisecond: 0 }),
  };
  const time = clockTime(sentence, lang);
  const custom = customDay(sentence, ctx);
  if (custom && (custom.timeFixed || !time)) return { date: custom.at.toJSDate(), text: custom.text };

  let day: DateTime | undefined = custom?.at.startOf('day');
  let text = custom?.text;
  let hour: number | undefined;
  let minute: number | undefined;
  if (!day) {
    const c = chronoDay(sentence.replace(time?.text ?? '\u0000', ' '), lang, ctx);
    if (c) ({ day, text, hour, minute } = c);
  }
  if (time) {
    hour = time.hour;
    minute = time.minute;
    text = text ? `${text} ${time.text}` : time.text;
  }
  if (!day && hour === undefined) return undefined;
  let at: DateTime;
  if (hour !== undefined) {
    at = (day ?? now.startOf('day')).set({ hour: hour % 24, minute: minute ?? 0, second: 0, millisecond: 0 });
    if (!day && at < now) at = at.plus({ days: 1 }); // a time already past today: tomorrow
  } else {
    at = ctx.eob(day!);
  }
  return { date: at.toJSDate(), text: text!.trim() };
}

/** Today's words: a later moment in the same sentence is the promise ("morgenochtend, vandaag lukt niet meer"). */
const TODAY = /^(?:vandaag(?: nog)?|today|later today|vanavond|tonight|this evening|vanmiddag|this afternoon|vanochtend|vanmorgen|this morning|straks)$/i;
const TOMORROW = /^(?:morgen|tomorrow|overmorgen|the day after tomorrow)(?:\s*(?:ochtend|morgen|middag|avond|vroeg|morning|afternoon|evening|night))?$/i;
/** "X of (uiterlijk) Y", "X or Y (at the latest)": the two moments are alternatives, the later one holds. */
const OR_NEXT = /^[\s,]*(?:of|or)\s/i;

/**
 * When a sentence names two moments as alternatives ("vanavond of uiterlijk morgen", "tonight or tomorrow at the
 * latest") or today beside tomorrow ("Morgenochtend, vandaag lukt niet meer", "I'll call today and send it
 * tomorrow"; today beside another weekday stays today), the promise holds until the later one. Only a relative
 * moment (no digits: not "12 mei", which is often what the mail is about) can be that later one.
 */
function laterDue(sentence: string, lang: Language, ref: Date, tz: string, opts: DueOptions): Due | undefined {
  const first = readDue(sentence, lang, ref, tz, opts);
  if (!first) return undefined;
  const at = sentence.toLowerCase().indexOf(first.text.toLowerCase());
  if (at < 0) return first;
  const after = sentence.slice(at + first.text.length);
  if (!OR_NEXT.test(after) && !TODAY.test(first.text.trim())) return first;
  const next = readDue(sentence.slice(0, at) + ' '.repeat(first.text.length) + after, lang, ref, tz, opts);
  if (!next || /\d/.test(next.text) || next.date.getTime() <= first.date.getTime()) return first;
  if (!OR_NEXT.test(after) && !TOMORROW.test(next.text.trim())) return first;
  return next;
}
