/**
 * Whether a sentence can hold a date at all, asked before chrono-node is loaded or run (due.ts).
 *
 * A digit, or a word chrono (nl or en) could read as a date or time: without one, chrono finds nothing that
 * chronoDay keeps (a result needs a letter or a digit), so it need not be loaded. Deliberately wide, a superset of
 * chrono's casual words, parts of the day, time units, weekdays and months (test/text/due.test.ts checks it against
 * chrono's own dictionaries): a word too many only costs the load. Words are whole, except the first parts of
 * compounds ("morgenochtend", "gisteravond", "weekend").
 */
const WHOLE = [
  // English
  'now', 'today', 'tonight', 'tomorrow', 'tmrw?', 'overmorrow', 'yesterday', 'nights?', 'mornings?', 'afternoons?', 'evenings?',
  'midnight', 'midday', 'noon', 'secs?', 'seconds?', 'mins?', 'minutes?', 'hours?', 'hrs?', 'days?', 'months?', 'mos?', 'mon',
  'quarters?', 'qtr', 'years?', 'yrs?', 'fortnight', 'sundays?', 'mondays?', 'tuesdays?', 'wednesdays?', 'thursdays?', 'fridays?',
  'saturdays?', 'sun', 'tues?', 'wed', 'thu', 'thurs?', 'fri', 'sat', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept?',
  'oct', 'nov', 'dec',
  // a one-letter time unit after a quantity or "next" ("in a h", "next m", "over een u")
  '(?:a|an|the|one|next|last|past|this|after|few|several|een|over|deze|dit)\\s*[smhdwyu]',
  // Dutch
  'nu', 'vandaag', 'morgend?', 'gisteren', 'eergisteren', 'overmorgen', 'van(?:ochtend|morgen|middag|namiddag|avond|nacht)',
  'ochtends?', 'middags?', 'namiddags?', 'avonds?', 'nachts?', 'middernacht', 'seconden?', 'second', 'minuut', 'minuten',
  'minuutje', 'uur', 'uren', 'dag', 'dagen', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'jr', 'kwartaal', 'zondag', 'maandag',
  'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'januari', 'februari', 'maart', 'mrt', 'mei', 'juni', 'juli',
  'augustus', 'oktober', 'okt',
  // a Dutch weekday abbreviation counts only after "deze/vorige/volgende" (alone it is dropped, see NL_NOT_A_DATE)
  '(?:deze|vorige|volgende)\\s*(?:zo|zon|ma|di|din|wo|woe|do|dond|vr|vrij|za|zat)',
];
const PREFIX = ['morgen', 'gister', 'week'];
// Run on lower-cased text, without the `i` flag: `\\p{L}` with `iu` costs V8 a case closure (~2 ms to build).
const DATE_WORD = new RegExp(`\\d|(?<![\\p{L}])(?:(?:${WHOLE.join('|')})(?![\\p{L}])|${PREFIX.join('|')})`, 'u');

/** Whether a sentence holds a digit or a word chrono could read as a date (else chrono is not asked). */
export const mayNameDate = (s: string): boolean => DATE_WORD.test(s.toLowerCase());
