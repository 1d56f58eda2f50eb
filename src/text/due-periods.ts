/**
 * Due times that depend on the calendar around a moment, for due.ts (decisions, as a person reads them):
 * - "na de feestdagen" / "after the holidays", "na Koningsdag", "after the bank holiday", "na Pasen": the end of the
 *   first working day after the coming day(s) off. A plural ("feestdagen", "holidays", "kerstdagen") takes the whole
 *   run of days off that lie within a week of each other (Christmas and New Year are one run). Needs the business
 *   calendar (config `businessHours`); without one these are not read.
 * - "begin volgende week" / "early next week": the end of Tuesday next week (the later end of "early").
 * - "na de 20e" / "after the 20th": the end of the first working day after that day of the month.
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

/** Period expressions of this file (see the file comment), the first that the sentence holds. */
export function periodDay(s: string, now: DateTime, eob: (day: DateTime) => DateTime, bt: BusinessTime | undefined): PeriodMatch | undefined {
  const holiday = afterHoliday(s, now, bt);
  if (holiday) return holiday;
  let m: RegExpExecArray | null;
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
