/**
 * Due times that depend on the calendar around a moment, for due.ts (decisions, as a person reads them):
 * - "na de feestdagen" / "after the holidays", "na Koningsdag", "after the bank holiday", "na Pasen": the end of the
 *   first working day after the coming day(s) off. A plural ("feestdagen", "holidays", "kerstdagen") takes the whole
 *   run of days off that lie within a week of each other (Christmas and New Year are one run). Needs the business
 *   calendar (config `businessHours`); without one these are not read.
 * - "begin volgende week" / "early next week": the end of Tuesday next week (the later end of "early").
 * - "na de 20e" / "after the 20th": the end of the first working day after that day of the month.
 * - "halverwege volgende week" / "midweek next week" / "the middle of next week": the end of Wednesday next week.
 * - "first thing Monday" / "first thing tomorrow" / "maandag als eerste" / "morgen meteen": 12:00 that day, the
 *   morning (not the end of the day); "first thing in the morning" alone is the next working day's morning.
 * - "eind van de maand" / "end of the month": the end of the month's last working day (a month ending on a weekend
 *   or a holiday falls back to the Friday or the day before); when that day is already past, the next working day.
 */
import type { DateTime } from 'luxon';
import { luxon } from './luxon.js';
import type { BusinessTime } from './business-time.js';

export interface PeriodMatch {
  at: DateTime;
  text: string;
}

const HOLIDAY_NL =
  /\bna\s+(?:de\s+|het\s+)?(feestdagen|kerstdagen|kerstvakantie|kerst|kerstmis|jaarwisseling|oud en nieuw|nieuwjaar|paasdagen|pasen|pinksteren|hemelvaart(?:sdag)?|koningsdag|bevrijdingsdag|feestdag|brugdag|lange weekend)\b/i;
const HOLIDAY_EN =
  /\bafter\s+(?:the\s+)?(holidays|christmas holidays|christmas|xmas|festive season|festive break|new year(?:'s)?|easter(?: weekend)?|bank holidays?|long weekend|public holiday|holiday)\b/i;
const PLURAL = /^(?:feestdagen|kerstdagen|kerstvakantie|paasdagen|holidays|christmas holidays|festive season|festive break|bank holidays)$/i;
const EARLY_NEXT_WEEK = /\b(?:(?:aan\s+het\s+)?begin\s+(?:van\s+)?(?:de\s+)?(?:volgende|komende)\s+week|early\s+next\s+week|(?:at\s+the\s+)?(?:start|beginning)\s+of\s+next\s+week)\b/i;
const AFTER_DAY = /\b(?:after\s+the\s+(\d{1,2})(?:st|nd|rd|th)|na\s+de\s+(\d{1,2})(?:e|ste|de)(?:\s+van\s+de\s+maand)?)\b/i;

const MID_NEXT_WEEK = /\b(?:(?:halverwege|midden|medio)\s+(?:de\s+)?(?:volgende|komende)\s+week|mid-?week\s+next\s+week|mid[-\s]next\s+week|(?:the\s+)?middle\s+of\s+next\s+week)\b/i;
const DAY_WORD = '(morgen|tomorrow|maandag|dinsdag|woensdag|donderdag|vrijdag|monday|tuesday|wednesday|thursday|friday)';
const FIRST_THING_EN = new RegExp(`\\bfirst\\s+thing\\s+(?:on\\s+)?${DAY_WORD}\\b`, 'i');
const FIRST_THING_NL = new RegExp(`\\b${DAY_WORD}(?:ochtend|morgen)?\\s+(?:meteen\\s+|direct\\s+|gelijk\\s+)?als\\s+eerste\\b|\\b(?:meteen|direct|gelijk)\\s+(?:op\\s+)?${DAY_WORD}(?:ochtend|morgen)?\\b|\\b${DAY_WORD}\\s+(?:meteen|direct|gelijk)\\b`, 'i');
const FIRST_THING_MORNING = /\bfirst\s+thing\s+in\s+the\s+morning\b|\bmorgen\s+(?:meteen|direct)\s+als\s+eerste\b/i;
const MONTH_END = /\b(eind(e)? (van )?(de(ze)? )?maand|end of (the |this )?month)\b/i;
const WEEKDAY_NO: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5,
};

const LOOK_AHEAD_DAYS = 60;
const RUN_GAP_DAYS = 7;

/** The end of the first working day after the coming day(s) off named by the sentence, if it names some. */
function afterHoliday(s: string, now: DateTime, bt: BusinessTime | undefined): PeriodMatch | undefined {
  if (!bt) return undefined;
  const m = HOLIDAY_NL.exec(s) ?? HOLIDAY_EN.exec(s);
  if (!m) return undefined;
  // a day off = no working day, while the same weekday a week before or after is one (a weekend or a regular
  // free Friday repeats every week; a public holiday or the team's own closing day does not)
  const works = (d: DateTime) => bt.isBusinessDay(d.set({ hour: 12 }).toJSDate());
  const offOn = (d: DateTime) => !works(d) && (works(d.minus({ weeks: 1 })) || works(d.plus({ weeks: 1 })));
  let day = now.startOf('day');
  let last: DateTime | undefined;
  for (let i = 0; i <= LOOK_AHEAD_DAYS; i++, day = day.plus({ days: 1 })) {
    if (!offOn(day)) continue;
    last = day;
    break;
  }
  if (!last) return undefined;
  if (PLURAL.test(m[1]!)) {
    for (let d = last.plus({ days: 1 }); d.diff(last, 'days').days <= RUN_GAP_DAYS; d = d.plus({ days: 1 })) if (offOn(d)) last = d;
  }
  const at = luxon().DateTime.fromJSDate(bt.addBusinessDays(last.set({ hour: 12 }).toJSDate(), 1), { zone: now.zone });
  return { at, text: m[0] };
}

/** The day a day word names: tomorrow, or the next such weekday (today's weekday: a week later). */
function namedDay(now: DateTime, word: string): DateTime {
  const w = word.toLowerCase();
  if (w === 'morgen' || w === 'tomorrow') return now.plus({ days: 1 }).startOf('day');
  let add = (WEEKDAY_NO[w]! - now.weekday + 7) % 7;
  if (add === 0) add = 7;
  return now.plus({ days: add }).startOf('day');
}

const noon = (d: DateTime) => d.set({ hour: 12, minute: 0, second: 0, millisecond: 0 });

/** "first thing Monday", "morgen als eerste", "first thing in the morning": noon of that day. */
function firstThing(s: string, now: DateTime, bt: BusinessTime | undefined): PeriodMatch | undefined {
  const m = FIRST_THING_EN.exec(s) ?? FIRST_THING_NL.exec(s);
  if (m) return { at: noon(namedDay(now, (m[1] ?? m[2] ?? m[3])!)), text: m[0] };
  const morning = FIRST_THING_MORNING.exec(s);
  if (!morning) return undefined;
  // "first thing in the morning" on a Friday is Monday morning
  let day = now.plus({ days: 1 }).startOf('day');
  const works = (d: DateTime) => (bt ? bt.isBusinessDay(d.set({ hour: 12 }).toJSDate()) : d.weekday <= 5);
  for (let i = 0; i < 14 && !works(day); i++) day = day.plus({ days: 1 });
  return { at: noon(day), text: morning[0] };
}

/** "eind van de maand" / "end of the month": the end of the month's last working day (see the file comment). */
export function monthEnd(s: string, now: DateTime, eob: (day: DateTime) => DateTime, bt: BusinessTime | undefined): PeriodMatch | undefined {
  const m = MONTH_END.exec(s);
  if (!m) return undefined;
  const works = (d: DateTime) => (bt ? bt.isBusinessDay(d.set({ hour: 12 }).toJSDate()) : d.weekday <= 5);
  const last = now.endOf('month').startOf('day');
  let day = last;
  for (let i = 0; i < 10 && !works(day); i++) day = day.minus({ days: 1 });
  if (!works(day)) day = last;
  if (eob(day) < now) {
    day = now.startOf('day').plus({ days: 1 });
    for (let i = 0; i < 14 && !works(day); i++) day = day.plus({ days: 1 });
  }
  return { at: eob(day), text: m[0] };
}

/** Period expressions of this file (see the file comment), the first that the sentence holds. */
export function periodDay(s: string, now: DateTime, eob: (day: DateTime) => DateTime, bt: BusinessTime | undefined): PeriodMatch | undefined {
  const holiday = afterHoliday(s, now, bt);
  if (holiday) return holiday;
  let m: RegExpExecArray | null;
  if ((m = MID_NEXT_WEEK.exec(s))) {
    const monday = now.startOf('week').plus({ weeks: 1 });
    return { at: eob(monday.plus({ days: 2 })), text: m[0] };
  }
  const first = firstThing(s, now, bt);
  if (first) return first;
  if ((m = EARLY_NEXT_WEEK.exec(s))) {
    const monday = now.startOf('week').plus({ weeks: 1 });
    return { at: eob(monday.plus({ days: 1 })), text: m[0] };
  }
  if ((m = AFTER_DAY.exec(s))) {
    const n = Number(m[1] ?? m[2]);
    if (n < 1 || n > 31) return undefined;
    let day = now.set({ day: Math.min(n, now.daysInMonth ?? 28) }).startOf('day');
    if (day < now.startOf('day')) day = now.plus({ months: 1 }).set({ day: n }).startOf('day');
    if (!day.isValid) return undefined;
    if (bt) return { at: luxon().DateTime.fromJSDate(bt.addBusinessDays(day.set({ hour: 12 }).toJSDate(), 1), { zone: now.zone }), text: m[0] };
    let next = day.plus({ days: 1 });
    while (next.weekday > 5) next = next.plus({ days: 1 });
    return { at: eob(next), text: m[0] };
  }
  return undefined;
}
