/**
 * due.ts loads chrono-node only for a sentence with a word chrono could read as a date (mayNameDate). The pre-check
 * must never hide a date: it is checked against chrono's own dictionaries, and on every sentence of the fixture
 * mail, where chrono must find nothing kept in any sentence the pre-check passes over.
 */
import { describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DateTime } from 'luxon';
import { ROOT } from '../../src/meta.js';
import { parseDue } from '../../src/text/due.js';
import { mayNameDate } from '../../src/text/date-words.js';
import { findCommitments } from '../../src/text/commitments.js';
import { splitSentences } from '../../src/text/sentences.js';

const req = createRequire(import.meta.url);
const CHRONO = join(dirname(req.resolve('chrono-node')), 'locales');
type Dict = Record<string, Record<string, unknown>>;
const constants = (lang: string) => req(join(CHRONO, lang, 'constants.js')) as Dict;
const chrono = (lang: string) => req(join(CHRONO, lang, 'index.js')) as { parse(t: string, ref: Date, o: object): Array<{ text: string }> };
const TZ = 'Europe/Amsterdam';
const REF = DateTime.fromISO('2026-03-04T10:00', { zone: TZ }).toJSDate();

describe('the date pre-check covers chrono', () => {
  test.each(['en', 'nl'])('%s: weekdays, months and time units from chrono’s dictionaries', (lang) => {
    const c = constants(lang);
    const missed: string[] = [];
    const check = (phrase: string) => mayNameDate(` ${phrase} `) || missed.push(phrase);
    for (const w of Object.keys(c.MONTH_DICTIONARY!)) check(w);
    for (const w of Object.keys(c.WEEKDAY_DICTIONARY!)) check(lang === 'nl' && w.replace('.', '').length <= 4 ? `volgende ${w}` : w);
    for (const w of Object.keys(c.TIME_UNIT_DICTIONARY!)) check(w.length === 1 ? `next ${w}` : w);
    expect(missed).toEqual([]);
  });

  test('casual words', () => {
    const words = 'now today tonight tomorrow tmr tmrw overmorrow yesterday morning afternoon evening night midnight midday noon nu vandaag morgen morgend gisteren vanochtend vanmiddag vanavond vannacht morgenochtend gisteravond ochtend middag namiddag avond middernacht';
    expect(words.split(' ').filter((w) => !mayNameDate(w))).toEqual([]);
    expect(mayNameDate('Ik zoek het uit en kom erop terug.')).toBe(false);
    expect(mayNameDate('Ik kom er zo snel mogelijk op terug.')).toBe(false);
  });

  test('fixture mail: no sentence the pre-check skips holds a date chrono would give', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(eml|txt)$/.test(f) || /\/cur\//.test(p)) files.push(p);
      }
    };
    walk(join(ROOT, 'fixtures'));
    expect(files.length).toBeGreaterThan(100);
    const missed: string[] = [];
    let skipped = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8').replace(/=\r?\n/g, '');
      for (const lang of ['nl', 'en'] as const) {
        for (const s of splitSentences(text, lang)) {
          if (mayNameDate(s.text)) continue;
          skipped++;
          for (const r of chrono(lang).parse(s.text, REF, { forwardDate: true }))
            if (/\p{L}/u.test(r.text) || /\d[-/]\d/.test(r.text)) if (!(lang === 'nl' && /^(?:op\s*)?(?:zo|zon|ma|di|din|wo|woe|do|dond|vr|vrij|za|zat|jan)\.?$/i.test(r.text.trim()))) missed.push(`${s.text} → ${r.text}`);
        }
      }
    }
    expect(skipped).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });
});

describe('Dutch words chrono reads as dates', () => {
  const local = (d: Date | undefined) => (d ? DateTime.fromJSDate(d, { zone: TZ }).toFormat('ccc yyyy-MM-dd HH:mm') : undefined);
  test('"zo" (so) and "vrij" (free) are no Sunday or Friday', () => {
    expect(findCommitments('Ik kom er zo snel mogelijk op terug.', 'nl', REF, TZ)).toMatchObject([{ vague: true, phrase: { text: 'Ik kom er zo snel mogelijk op terug', start: 0 } }]);
    expect(parseDue('Ik ben vrij om te bellen', 'nl', REF, TZ)).toBeUndefined();
  });
  test('"Jan" is a name; the real date after it still counts', () => {
    expect(local(parseDue('Ik stuur Jan morgen de offerte', 'nl', REF, TZ)?.date)).toBe('Thu 2026-03-05 17:30');
  });
  test('abbreviations with a date or "volgende" still count', () => {
    expect(local(parseDue('Ik bel u op vr 6 maart', 'nl', REF, TZ)?.date)).toBe('Fri 2026-03-06 17:30');
    expect(local(parseDue('Ik bel u volgende do', 'nl', REF, TZ)?.date)).toBe('Thu 2026-03-12 17:30');
  });
});

describe('reading due dates fast gives the same dates', () => {
  test('the remembered zone gives luxon’s own offsets, across DST changes and far-off years', async () => {
    const { cachedZone } = await import('../../src/text/luxon.js');
    const { IANAZone } = await import('luxon');
    for (const name of [TZ, 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      const z = cachedZone(name);
      const real = IANAZone.create(name);
      expect(z.equals(real)).toBe(true);
      const start = Date.UTC(2025, 0, 1);
      // every 97 minutes through two years (both DST changes each year), each asked twice (the second from memory)
      const wrong: number[] = [];
      const times = [1, 100, 1900, 9999].map((y) => Date.UTC(y, 6, 1));
      for (let t = start; t < start + 2 * 365 * 86_400_000; t += 97 * 60_000) times.push(t);
      for (const t of times) {
        const o = real.offset(t);
        if (z.offset(t) !== o || z.offset(t) !== o) wrong.push(t);
      }
      expect(wrong).toEqual([]);
      expect(DateTime.fromMillis(start, { zone: z }).toISO()).toBe(DateTime.fromMillis(start, { zone: name }).toISO());
    }
    // not an IANA name: luxon's own zone for it
    expect(cachedZone('UTC+1').offset(0)).toBe(60);
    expect(cachedZone('Not/AZone').isValid).toBe(false);
  });

  test('a sentence read again gives the same answer, and changing the answer does not change the next', () => {
    const s = 'Ik stuur de offerte uiterlijk woensdag om 14.00 uur.';
    const first = parseDue(s, 'nl', REF, TZ)!;
    const iso = first.date.toISOString();
    first.date.setTime(0);
    expect(parseDue(s, 'nl', REF, TZ)!.date.toISOString()).toBe(iso);
    // another ref, zone or language is another answer
    expect(parseDue(s, 'nl', new Date(REF.getTime() + 7 * 86_400_000), TZ)!.date.toISOString()).not.toBe(iso);
    expect(parseDue(s, 'nl', REF, 'America/New_York')!.date.toISOString()).not.toBe(iso);
    expect(parseDue('I will send it tomorrow.', 'en', REF, TZ)).toBeDefined();
    expect(parseDue('I will send it tomorrow.', 'nl', REF, TZ)).toBeUndefined();
  });
});

describe('the end of a named day', () => {
  // REF is Wednesday 4 March 2026, 10:00 in Amsterdam; the end of business is 17:30.
  const at = (sentence: string, lang: 'nl' | 'en') => {
    const d = parseDue(sentence, lang, REF, TZ);
    return d && DateTime.fromJSDate(d.date, { zone: TZ }).toFormat('ccc yyyy-MM-dd HH:mm');
  };
  test.each([
    ['nl', 'Je hebt het morgen aan het eind van de dag.', 'Thu 2026-03-05 17:30'],
    ['nl', 'Ik stuur het vrijdag aan het einde van de dag.', 'Fri 2026-03-06 17:30'],
    ['en', 'You will have it by close of business tomorrow.', 'Thu 2026-03-05 17:30'],
    ['en', "I'll send it end of day Friday.", 'Fri 2026-03-06 17:30'],
  ] as const)('%s: "%s" is due at the end of that day', (lang, sentence, want) => {
    expect(at(sentence, lang)).toBe(want);
  });
  test.each([
    ['nl', 'Ik stuur het vandaag aan het eind van de dag.', 'Wed 2026-03-04 17:30'],
    ['en', "I'll send it by end of day.", 'Wed 2026-03-04 17:30'],
    ['nl', 'Je hebt het vóór het weekend.', 'Fri 2026-03-06 17:30'],
    ['en', "You'll have it before the weekend.", 'Fri 2026-03-06 17:30'],
  ] as const)('%s: "%s" stays today / this week', (lang, sentence, want) => {
    expect(at(sentence, lang)).toBe(want);
  });
});
