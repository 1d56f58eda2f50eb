import { describe, test, expect, afterEach } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compilePhrase, matchPhrase, parsePhraseFile, phrases, PHRASES_DIR, setExtraPhrases } from '../../src/text/phrases.js';
import { findQuestions } from '../../src/text/questions.js';

afterEach(() => setExtraPhrases({ nl: {}, en: {} }));

describe('phrase files', () => {
  test('comments and blank lines are skipped', () => {
    expect(parsePhraseFile('# kop\n\n  zie bijlage  \n/foo/\n')).toEqual(['zie bijlage', '/foo/']);
  });
  test('every shipped pattern compiles', () => {
    for (const lang of ['nl', 'en']) {
      for (const f of readdirSync(join(PHRASES_DIR, lang)).filter((x) => x.endsWith('.txt'))) {
        for (const line of phrases(lang as 'nl' | 'en', f.replace(/\.txt$/, ''))) expect(() => compilePhrase(line)).not.toThrow();
      }
    }
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
