/**
 * Due times a person reads from the calendar around the promise (src/text/due-periods.ts) and the later of two
 * moments (parseDue): Dutch and English, what is found and what is rightly left as it was.
 */
import { describe, expect, test } from '@jest/globals';
import { DateTime } from 'luxon';
import { parseDue } from '../../src/text/due.js';
import { BusinessTime } from '../../src/text/business-time.js';
import type { Language } from '../../src/model.js';

const TZ = 'Europe/Amsterdam';
// A shop closed on Christmas Eve and New Year's Eve besides the Dutch public holidays, 09:00–17:00.
const bt = new BusinessTime({ timezone: TZ, days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00', holidays: 'NL', extraDaysOff: ['2025-12-24', '2025-12-31'] });
const at = (iso: string) => DateTime.fromISO(iso, { zone: TZ }).toJSDate();
const due = (s: string, lang: Language, ref: string) => {
  const d = parseDue(s, lang, at(ref), TZ, { businessTime: bt });
  return d ? DateTime.fromJSDate(d.date, { zone: TZ }).toFormat('ccc yyyy-MM-dd HH:mm') : undefined;
};

describe('after the days off', () => {
  test.each([
    ['na de feestdagen krijg je de eerste factuur van ons.', 'nl', '2025-12-29T14:30', 'Fri 2026-01-02 17:00'],
    ['Na de feestdagen stuur ik de offerte.', 'nl', '2025-12-22T10:00', 'Fri 2026-01-02 17:00'],
    ['Ik kom er na Koningsdag op terug.', 'nl', '2026-04-23T10:00', 'Tue 2026-04-28 17:00'],
    ["I'll send it after the holidays.", 'en', '2025-12-22T10:00', 'Fri 2026-01-02 17:00'],
    ["I'll add it after the bank holiday.", 'en', '2026-04-23T10:00', 'Tue 2026-04-28 17:00'],
  ] as const)('%s (%s, sent %s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));

  test('nl/en: without a business calendar these are not read; a weekend alone is no day off', () => {
    expect(parseDue('Na de feestdagen stuur ik de offerte.', 'nl', at('2025-12-22T10:00'), TZ)).toBeUndefined();
    expect(parseDue("I'll send it after the holidays.", 'en', at('2025-12-22T10:00'), TZ)).toBeUndefined();
    // the first day off after 6 March is Easter Monday (6 April), not the weekend of 7–8 March
    expect(due('Ik stuur het na de feestdag.', 'nl', '2026-03-06T10:00')).toBe('Tue 2026-04-07 17:00');
  });
});

describe('early next week, after a day of the month, over two working days', () => {
  test.each([
    ['Je krijgt de prijs begin volgende week.', 'nl', '2026-05-07T12:00', 'Tue 2026-05-12 17:00'],
    ["You'll get the price early next week.", 'en', '2026-05-07T12:00', 'Tue 2026-05-12 17:00'],
    ['Ik stuur het na de 20e.', 'nl', '2026-05-07T12:00', 'Thu 2026-05-21 17:00'],
    ["I'll send it after the 20th.", 'en', '2026-05-07T12:00', 'Thu 2026-05-21 17:00'],
    ['U hoort over twee werkdagen van ons.', 'nl', '2026-05-07T12:00', 'Mon 2026-05-11 17:00'],
    ["You'll hear from us in two working days.", 'en', '2026-05-07T12:00', 'Mon 2026-05-11 17:00'],
    // "volgende week" alone stays Friday of next week, "eind volgende week" too
    ['Ik stuur het eind volgende week.', 'nl', '2026-05-07T12:00', 'Fri 2026-05-15 17:00'],
    ["I'll send it by the end of next week.", 'en', '2026-05-07T12:00', 'Fri 2026-05-15 17:00'],
  ] as const)('%s (%s, sent %s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));
});

describe('the later of two moments', () => {
  test.each([
    ['Je hebt hem vanavond of uiterlijk morgen.', 'nl', '2025-12-29T10:40', 'Tue 2025-12-30 17:00'],
    ["You'll have it tonight or tomorrow at the latest.", 'en', '2025-12-29T10:40', 'Tue 2025-12-30 17:00'],
    ['Ik stuur het morgenochtend, vandaag lukt niet meer.', 'nl', '2026-05-07T12:00', 'Fri 2026-05-08 12:00'],
    ["I'll send it tomorrow morning, today is full.", 'en', '2026-05-07T12:00', 'Fri 2026-05-08 12:00'],
    ['Ik stuur je maandag het overzicht.', 'nl', '2026-03-06T10:03', 'Mon 2026-03-09 17:00'],
    ["I'll send you the overview on Monday.", 'en', '2026-03-06T10:03', 'Mon 2026-03-09 17:00'],
  ] as const)('%s (%s, sent %s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));

  test.each([
    // today beside a weekday named for the past stays today; a date of what the mail is about is no due time
    ['Ik had het u vrijdag beloofd; ik stuur het vandaag.', 'nl', '2026-05-05T10:00', 'Tue 2026-05-05 17:00'],
    ['I promised it for Friday; I am sending it today.', 'en', '2026-05-05T10:00', 'Tue 2026-05-05 17:00'],
    ['Ik bel u vandaag over de verbouwing van 12 juni.', 'nl', '2026-05-05T10:00', 'Tue 2026-05-05 17:00'],
    ["I'll call you today about the move on 12 June.", 'en', '2026-05-05T10:00', 'Tue 2026-05-05 17:00'],
  ] as const)('rightly kept: %s (%s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));
});

describe('a time window and "now"', () => {
  test.each([
    ['Ruben komt vanochtend tussen 10.00 en 12.00 uur bij u langs.', 'nl', '2026-05-04T08:05', 'Mon 2026-05-04 12:00'],
    ['The engineer will be with you between 1 and 3pm today.', 'en', '2026-05-04T08:05', 'Mon 2026-05-04 15:00'],
    ["I'll fix the port on the reception PC now.", 'en', '2026-05-04T09:15', 'Mon 2026-05-04 17:00'],
    ['Ik pas het nu aan.', 'nl', '2026-05-04T09:15', 'Mon 2026-05-04 17:00'],
  ] as const)('%s (%s, sent %s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));

  test.each([
    // a single clock time stays that time
    ['Ruben komt om 10.00 uur bij u langs.', 'nl', '2026-05-04T08:05', 'Mon 2026-05-04 10:00'],
    ['The engineer will be with you at 1pm.', 'en', '2026-05-04T08:05', 'Mon 2026-05-04 13:00'],
  ] as const)('rightly kept: %s (%s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));
});

describe('the middle of next week, first thing on a day, the end of the month on a weekend', () => {
  // Thu 7 May 2026; May 2026 ends on a Sunday, January 2026 on a Saturday, June 2026 on a Tuesday
  test.each([
    ['Ik stuur de tekening halverwege volgende week.', 'nl', '2026-05-07T12:00', 'Wed 2026-05-13 17:00'],
    ['Je hebt het midden volgende week.', 'nl', '2026-05-07T12:00', 'Wed 2026-05-13 17:00'],
    ["I'll send the drawing midweek next week.", 'en', '2026-05-07T12:00', 'Wed 2026-05-13 17:00'],
    ["You'll have it by the middle of next week.", 'en', '2026-05-07T12:00', 'Wed 2026-05-13 17:00'],
    ["I'll send it first thing Monday.", 'en', '2026-05-07T12:00', 'Mon 2026-05-11 12:00'],
    ["I'll call you first thing tomorrow.", 'en', '2026-05-07T12:00', 'Fri 2026-05-08 12:00'],
    ["I'll look at it first thing in the morning.", 'en', '2026-05-08T15:00', 'Mon 2026-05-11 12:00'],
    ['Maandag als eerste stuur ik je de cijfers.', 'nl', '2026-05-07T12:00', 'Mon 2026-05-11 12:00'],
    ['Ik bel je morgenochtend meteen als eerste.', 'nl', '2026-05-07T12:00', 'Fri 2026-05-08 12:00'],
    ['Ik pak het meteen maandag op.', 'nl', '2026-05-07T12:00', 'Mon 2026-05-11 12:00'],
    ['Je krijgt de factuur eind van de maand.', 'nl', '2026-05-07T12:00', 'Fri 2026-05-29 17:00'],
    ["You'll get the invoice by the end of the month.", 'en', '2026-05-07T12:00', 'Fri 2026-05-29 17:00'],
    ['Je krijgt de factuur eind van de maand.', 'nl', '2026-01-12T12:00', 'Fri 2026-01-30 17:00'],
    // sent on the Saturday after the last working day: the next working day, not a moment already past
    ["You'll get the invoice by the end of the month.", 'en', '2026-05-30T10:00', 'Mon 2026-06-01 17:00'],
  ] as const)('%s (%s, sent %s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));

  test.each([
    // left as they were: next week alone is Friday, a month ending on a working day is that day, Monday alone its end
    ['Ik stuur het volgende week.', 'nl', '2026-05-07T12:00', 'Fri 2026-05-15 17:00'],
    ["I'll send it next week.", 'en', '2026-05-07T12:00', 'Fri 2026-05-15 17:00'],
    ['Je krijgt de factuur eind van de maand.', 'nl', '2026-06-03T12:00', 'Tue 2026-06-30 17:00'],
    ["You'll get the invoice at the end of the month.", 'en', '2026-06-03T12:00', 'Tue 2026-06-30 17:00'],
    ["I'll send it on Monday.", 'en', '2026-05-07T12:00', 'Mon 2026-05-11 17:00'],
    ['Ik stuur het maandag.', 'nl', '2026-05-07T12:00', 'Mon 2026-05-11 17:00'],
  ] as const)('unchanged: %s (%s, sent %s) → %s', (s, lang, ref, want) => expect(due(s, lang, ref)).toBe(want));

  test('nl/en: without a business calendar the weekend still moves the end of the month to Friday', () => {
    const plain = (s: string, lang: Language) => DateTime.fromJSDate(parseDue(s, lang, at('2026-05-07T12:00'), TZ)!.date, { zone: TZ }).toFormat('ccc yyyy-MM-dd HH:mm');
    expect(plain('Eind van de maand heb je het.', 'nl')).toBe('Fri 2026-05-29 17:30');
    expect(plain("You'll have it by the end of the month.", 'en')).toBe('Fri 2026-05-29 17:30');
  });
});
