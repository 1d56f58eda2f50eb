import { describe, test, expect } from '@jest/globals';
import { DateTime } from 'luxon';
import { findCommitments, parseDue } from '../../src/text/commitments.js';
import { BusinessTime, DEFAULT_BUSINESS_HOURS } from '../../src/text/business-time.js';
import type { Language } from '../../src/model.js';

const TZ = 'Europe/Amsterdam';
// Wednesday 4 March 2026, 10:00 in Amsterdam (UTC+1).
const REF = DateTime.fromISO('2026-03-04T10:00', { zone: TZ }).toJSDate();
const local = (d: Date | undefined) => (d ? DateTime.fromJSDate(d, { zone: TZ }).toFormat("ccc yyyy-MM-dd HH:mm") : undefined);

const one = (t: string, lang: Language) => {
  const cs = findCommitments(t, lang, REF, TZ);
  expect(cs).toHaveLength(1);
  return cs[0];
};

describe('findCommitments — found', () => {
  test.each([
    ['ik kom erop terug', 'nl', undefined],
    ['Ik kom er z.s.m. op terug.', 'nl', undefined],
    ['Ik laat het u vrijdag weten.', 'nl', 'Fri 2026-03-06 17:30'],
    ['Ik stuur de offerte uiterlijk woensdag.', 'nl', 'Wed 2026-03-11 17:30'],
    ['We nemen morgen contact met u op.', 'nl', 'Thu 2026-03-05 17:30'],
    ['Ik bel u om twee uur terug.', 'nl', 'Wed 2026-03-04 14:00'],
    ['Morgen stuur ik u de nieuwe versie.', 'nl', 'Thu 2026-03-05 17:30'],
    ['We kijken ernaar.', 'nl', undefined],
    ['Binnen twee werkdagen hoort u van ons.', 'nl', 'Fri 2026-03-06 17:30'],
    ['Ik ga het uitzoeken.', 'nl', undefined],
    ["I'll get back to you tomorrow.", 'en', 'Thu 2026-03-05 17:30'],
    ["We'll look into it.", 'en', undefined],
    ['I will send the quote by Friday.', 'en', 'Fri 2026-03-06 17:30'],
    ["You'll hear from me within 48 hours.", 'en', 'Fri 2026-03-06 10:00'],
    ["Let me check and I'll call you back at 3pm.", 'en', 'Wed 2026-03-04 15:00'],
    ["I'll send it over by the end of the week.", 'en', 'Fri 2026-03-06 17:30'],
  ] as const)('%s', (t, lang, due) => {
    const c = one(t, lang);
    expect(c.vague).toBe(due === undefined);
    expect(local(c.due)).toBe(due);
    expect(t.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('findCommitments — rightly not', () => {
  test.each([
    ['I will be out of office until Monday.', 'en'],
    ['We will see.', 'en'],
    ['Will you send it tomorrow?', 'en'],
    ['Shall I call you tomorrow?', 'en'],
    ['I sent the quote yesterday.', 'en'],
    ['I look forward to your reply.', 'en'],
    ["I won't be able to send it.", 'en'],
    ['Ik kom graag langs.', 'nl'],
    ['De levering komt morgen.', 'nl'],
    ['Hierbij stuur ik u de factuur.', 'nl'],
    ['Ik kijk uit naar uw reactie.', 'nl'],
    ['We zullen zien.', 'nl'],
    ['Ik ben morgen afwezig.', 'nl'],
    ['Zal ik je morgen bellen?', 'nl'],
    ['Ik heb de offerte gisteren gestuurd.', 'nl'],
    ['Ik vraag me af of u morgen kunt.', 'nl'],
  ] as const)('%s', (t, lang) => {
    expect(findCommitments(t, lang, REF, TZ)).toEqual([]);
  });
});

describe('parseDue', () => {
  const due = (t: string, lang: Language, ref = REF) => local(parseDue(t, lang, ref, TZ)?.date);
  test.each([
    ['voor het eind van de week', 'nl', 'Fri 2026-03-06 17:30'],
    ['aan het eind van de dag', 'nl', 'Wed 2026-03-04 17:30'],
    ['maandagochtend', 'nl', 'Mon 2026-03-09 12:00'],
    ['EOD', 'en', 'Wed 2026-03-04 17:30'],
    ['by the end of the week', 'en', 'Fri 2026-03-06 17:30'],
    ['within 48 hours', 'en', 'Fri 2026-03-06 10:00'],
    ['binnen twee werkdagen', 'nl', 'Fri 2026-03-06 17:30'],
    ['morgen', 'nl', 'Thu 2026-03-05 17:30'],
    ['vrijdag', 'nl', 'Fri 2026-03-06 17:30'],
    ['uiterlijk woensdag', 'nl', 'Wed 2026-03-11 17:30'],
    ['by Friday', 'en', 'Fri 2026-03-06 17:30'],
    ['tomorrow', 'en', 'Thu 2026-03-05 17:30'],
    ['om twee uur', 'nl', 'Wed 2026-03-04 14:00'],
    ['morgen om half drie', 'nl', 'Thu 2026-03-05 14:30'],
    ['volgende week', 'nl', 'Fri 2026-03-13 17:30'],
    ['next Tuesday', 'en', 'Tue 2026-03-10 17:30'],
    ['uiterlijk 3 december', 'nl', 'Thu 2026-12-03 17:30'],
    ['tomorrow morning', 'en', 'Thu 2026-03-05 12:00'],
  ] as const)('%s', (t, lang, expected) => {
    expect(due(t, lang)).toBe(expected);
  });
  test('no date, no due', () => {
    expect(parseDue('ik kom erop terug', 'nl', REF, TZ)).toBeUndefined();
    expect(parseDue('version 2.1 has 3 fixes', 'en', REF, TZ)).toBeUndefined();
  });
  test('a clock time already past today means tomorrow', () => {
    const late = DateTime.fromISO('2026-03-04T16:00', { zone: TZ }).toJSDate();
    expect(due('om twee uur', 'nl', late)).toBe('Thu 2026-03-05 14:00');
  });
  test('the zone offset is applied across DST (summer time)', () => {
    const summer = DateTime.fromISO('2026-06-10T10:00', { zone: TZ }).toJSDate();
    const d = parseDue('morgen', 'nl', summer, TZ)!.date;
    expect(d.toISOString()).toBe('2026-06-11T15:30:00.000Z');
  });
  test('business days skip holidays with a BusinessTime', () => {
    // Thursday 23 April 2026; Monday 27 April is Koningsdag.
    const ref = DateTime.fromISO('2026-04-23T10:00', { zone: TZ }).toJSDate();
    const bt = new BusinessTime(DEFAULT_BUSINESS_HOURS);
    const d = parseDue('binnen twee werkdagen', 'nl', ref, TZ, { businessTime: bt })!.date;
    expect(local(d)).toBe('Tue 2026-04-28 17:30');
  });
});

describe('commitments: "laten … weten/horen" with words between', () => {
  const ref = new Date('2026-11-10T10:00:00+01:00');
  test.each([
    ['We gaan ermee aan de slag en laten voor het eind van de week iets weten.', '2026-11-13T16:30'],
    ['Ik laat morgen wat van me horen.', '2026-11-11T16:30'],
  ])('%s → due %s', (s, due) => {
    const [c] = findCommitments(s, 'nl', ref, 'Europe/Amsterdam');
    expect(c?.due?.toISOString().slice(0, 16)).toBe(due);
  });
  test('a request to the reader is no promise', () => {
    expect(findCommitments('Kunt u iets laten weten?', 'nl', ref, 'Europe/Amsterdam')).toEqual([]);
    expect(findCommitments('Laat het me weten als u vragen heeft.', 'nl', ref, 'Europe/Amsterdam')).toEqual([]);
  });
});

describe('a step after the work, inverted ("Na afloop melden wij …")', () => {
  test.each([
    ['Na afloop melden wij de werkbon af.', 'nl'],
    ['Daarna stuur ik u de factuur.', 'nl'],
    ["Afterwards we'll send you the signed job sheet.", 'en'],
  ] as const)('found: %s', (t, lang) => expect(findCommitments(t, lang, REF, TZ)).toHaveLength(1));
  test.each([
    ['Na afloop meldt u zich bij de receptie.', 'nl'],
    ['Daarna stuurt de verzekeraar u een brief.', 'nl'],
    ['Afterwards the insurer sends you a letter.', 'en'],
  ] as const)('rightly not: %s', (t, lang) => expect(findCommitments(t, lang, REF, TZ)).toEqual([]));
});
