import { describe, test, expect } from '@jest/globals';
import { splitSentences } from '../../src/text/sentences.js';

const texts = (t: string, lang: 'nl' | 'en' = 'nl') => splitSentences(t, lang).map((s) => s.text);

describe('splitSentences', () => {
  test('offsets point into the input', () => {
    const input = 'Hoi Piet,\n\nKun je de offerte sturen? Alvast dank.\n';
    for (const s of splitSentences(input, 'nl')) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
  test('a greeting line is its own sentence', () => {
    expect(texts('Hoi Piet,\nKun je de offerte sturen?')).toEqual(['Hoi Piet,', 'Kun je de offerte sturen?']);
    expect(texts('Hi Jim,\nCould you send it?', 'en')).toEqual(['Hi Jim,', 'Could you send it?']);
  });
  test('Dutch abbreviations do not end a sentence', () => {
    expect(texts('Ik heb dhr. Jansen gebeld over o.a. de planning. Hij belt z.s.m. terug.')).toEqual([
      'Ik heb dhr. Jansen gebeld over o.a. de planning.',
      'Hij belt z.s.m. terug.',
    ]);
    expect(texts('Stuur bijv. de factuur mee.')).toEqual(['Stuur bijv. de factuur mee.']);
  });
  test('English abbreviations do not end a sentence', () => {
    expect(texts('Mr. Smith called, e.g. about the invoice. Call him back.', 'en')).toEqual([
      'Mr. Smith called, e.g. about the invoice.',
      'Call him back.',
    ]);
  });
  test('a question mark inside a URL does not split', () => {
    expect(texts('Zie https://example.nl/pagina?id=3&x=1 voor de details. Klopt dat?')).toEqual([
      'Zie https://example.nl/pagina?id=3&x=1 voor de details.',
      'Klopt dat?',
    ]);
  });
  test('bullet lines are sentences of their own', () => {
    expect(texts('Wat ik nodig heb:\n- de offerte\n- de planning\n* een contactpersoon')).toEqual([
      'Wat ik nodig heb:',
      '- de offerte',
      '- de planning',
      '* een contactpersoon',
    ]);
  });
  test('hard-wrapped prose is joined', () => {
    const t = 'Ik heb de offerte van vorige week nog eens goed bekeken en ik vind hem\nprima, maar de planning klopt niet.';
    expect(texts(t)).toEqual([t]);
  });
  test('a sign-off and name stay apart from the text', () => {
    expect(texts('Bedankt voor je hulp.\n\nMet vriendelijke groet,\nJan de Vries')).toEqual([
      'Bedankt voor je hulp.',
      'Met vriendelijke groet,',
      'Jan de Vries',
    ]);
  });
  test('empty text gives nothing', () => {
    expect(splitSentences('  \n\n ', 'en')).toEqual([]);
  });
});
