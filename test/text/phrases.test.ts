import { describe, test, expect, afterEach } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkPhraseLine, compilePhrase, findPhrases, hasPhrase, matchPhrase, parsePhraseFile, phrases, PHRASES_DIR, setExtraPhrases } from '../../src/text/phrases.js';
import { findQuestions } from '../../src/text/questions.js';

afterEach(() => setExtraPhrases({ nl: {}, en: {} }));

describe('phrase files', () => {
  test('comments and blank lines are skipped', () => {
    expect(parsePhraseFile('# kop\n\n  zie bijlage  \n/foo/\n')).toEqual(['zie bijlage', '/foo/']);
  });
  test('every shipped pattern compiles', () => {
    for (const lang of ['nl', 'en']) {
      for (const f of readdirSync(join(PHRASES_DIR, lang)).filter((x) => x.endsWith('.txt'))) {
        for (const line of phrases(lang as 'nl' | 'en', f.replace(/\.txt$/, ''))) expect(() => checkPhraseLine(line)).not.toThrow();
      }
    }
  });
  test('a gap line is two patterns, not one RegExp; a broken part is refused', () => {
    expect(() => compilePhrase('/a/ [^.]* /b/')).toThrow(/two patterns/);
    expect(() => checkPhraseLine('/a/ [^.]* /(b/')).toThrow();
    expect(() => checkPhraseLine('/zoals\\s+/ (?:\\p{L}+\\s+){0,3}? /eerder/')).not.toThrow();
  });
  test('a missing list is empty', () => {
    expect(phrases('nl', 'no-such-list')).toEqual([]);
  });
});

describe('plain phrases', () => {
  test('case-insensitive, whole words, any whitespace', () => {
    const re = compilePhrase('zie bijlage');
    expect(re.test('Zie\nBijlage')).toBe(true);
    expect(re.test('ziebijlage')).toBe(false);
    expect(compilePhrase('ticket').test('tickets')).toBe(false);
    expect(compilePhrase('café').test('het café is open')).toBe(true);
    expect(compilePhrase("don't").test('I don’t know')).toBe(true);
  });
  test('regex lines', () => {
    expect(compilePhrase('/\\bm\\.b\\.t\\./').test('M.b.t. de offerte')).toBe(true);
  });
});

describe('user extras', () => {
  test('extend a list and take part in detection', () => {
    expect(findQuestions('Even pingen over de offerte.', 'nl')).toEqual([]);
    setExtraPhrases({ nl: { 'request-openers': ['even pingen'] }, en: {} });
    expect(phrases('nl', 'request-openers')).toContain('even pingen');
    expect(findQuestions('Even pingen over de offerte.', 'nl')).toHaveLength(1);
    expect(matchPhrase('Even pingen', 'nl', 'request-openers')?.text).toBe('Even pingen');
  });
  test('a broken user pattern is skipped, not fatal', () => {
    setExtraPhrases({ nl: {}, en: { 'request-openers': ['/(unclosed/'] } });
    expect(findQuestions('Could you send it?', 'en')).toHaveLength(1);
  });
});

describe('gap lines: /A/ [^…]* /B/ (A, then B, nothing of the brackets between)', () => {
  const spans = (text: string, lang: 'nl' | 'en', line: string) => findPhrases(text, lang, 'no-such-list', [line]).map((h) => h.text);
  test('nl: A and B in one clause match from A to the last B; a stop between them does not', () => {
    const line = '/\\b(ik|we|wij)\\s+(\\S+\\s+){0,3}?(excuses|verontschuldig)\\b/ [^.!?]* /\\b(laat|late|vertraging|wachten|lang)\\b/';
    expect(spans('Wij bieden onze excuses aan voor de late reactie en het lange wachten.', 'nl', line)).toEqual(['Wij bieden onze excuses aan voor de late reactie en het lange wachten']);
    expect(spans('Ik bied mijn excuses aan. Het was laat.', 'nl', line)).toEqual([]);
    expect(spans('Excuses voor de late reactie.', 'nl', line)).toEqual([]);
  });
  test('en: the same as the one pattern A[^.!?]*B, and a plain phrase list keeps working beside it', () => {
    const line = "/\\b(?:i|we)(?:'ll|\\s+will)\\b/ [^.!?]* /\\b(?:shortly|asap|soon)\\b/";
    const one = /\b(?:i|we)(?:'ll|\s+will)\b[^.!?]*\b(?:shortly|asap|soon)\b/giu;
    for (const t of ["I'll send it shortly.", 'We will look into it. Soon.', 'we will reply asap, or soon', "I'll check. I'll send it soon!"]) {
      expect(spans(t, 'en', line)).toEqual([...t.matchAll(one)].map((m) => m[0]));
    }
  });
  test('a bounded gap {0,N} and a lazy one (the first B that fits)', () => {
    expect(spans('Bel me gerust als je nog vragen hebt.', 'nl', '/\\bbel\\b/ [^.!?]{0,12} /\\bals\\b/')).toEqual(['Bel me gerust als']);
    expect(spans('Bel me gerust, altijd en overal, als je vragen hebt.', 'nl', '/\\bbel\\b/ [^.!?]{0,12} /\\bals\\b/')).toEqual([]);
    expect(spans('Call me if and if', 'en', '/\\bcall\\b/ [^.!?]{0,20}? /\\bif\\b/')).toEqual(['Call me if']);
    expect(spans('Call me if and if', 'en', '/\\bcall\\b/ [^.!?]{0,20} /\\bif\\b/')).toEqual(['Call me if and if']);
  });
  test('"no ? to the end" as a gap line: nl "Doe ik." is not a question, "Doe ik het?" stays one', () => {
    const doeIk = '/(?:^|,\\s*)(?:doe|regel|stuur)\\s+(?:ik|we|wij)\\b/ [^?]* /$/';
    expect(spans('Prima, regel ik morgen.', 'nl', doeIk)).toEqual([', regel ik morgen.']);
    expect(spans('Doe ik het dan?', 'nl', doeIk)).toEqual([]);
    expect(spans('I will, ok. Really?', 'en', '/\\bi will\\b/ [^?]* /$/')).toEqual([]);
    expect(spans('I will, ok. Really.', 'en', '/\\bi will\\b/ [^?]* /$/')).toEqual(['I will, ok. Really.']);
  });
  test('linear on a long run of A without B (as one pattern this was quadratic)', () => {
    const t0 = performance.now();
    expect(hasPhrase('ik excuses '.repeat(20_000), 'nl', 'apologies')).toBe(false);
    expect(hasPhrase("i'll once ".repeat(20_000), 'en', 'deferrals')).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
  test('shipped lines: nl/en apologies, deferrals and holding replies still match their phrasing', () => {
    expect(hasPhrase('Wij bieden onze excuses aan voor de vertraging', 'nl', 'apologies')).toBe(true);
    expect(hasPhrase('Geef me even een paar dagen de tijd', 'nl', 'holding-replies')).toBe(true);
    expect(hasPhrase("It's taking a bit longer than planned", 'en', 'progress-updates')).toBe(true);
    expect(matchPhrase('Zodra de onderdelen binnen zijn, stuur ik u de factuur', 'nl', 'commitments')?.text).toBe('Zodra de onderdelen binnen zijn, stuur ik');
    expect(matchPhrase('Zodra , stuur ik u de factuur', 'nl', 'commitments')).toBeUndefined();
  });
});

