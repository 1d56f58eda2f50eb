import { describe, test, expect } from '@jest/globals';
import { segmentPieces, splitSentences } from '../../src/text/sentences.js';

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

describe('splitSentences on one long paragraph (segmented window by window)', () => {
  // Real sentences with the shapes that matter at a window's edge: abbreviations, initials, URLs, quotes, ?, !, …
  const SENTENCES = {
    nl: [
      'Ik heb dhr. Jansen gebeld over o.a. de planning.', 'Kunt u de offerte vóór vrijdag sturen?', 'Zie https://example.nl/pagina?id=3&x=1 voor de details.',
      'Dat is prima!', 'J. de Vries komt morgen langs.', 'Hij zei: "Dat regelen we."', 'Mail naar jan.de.vries@klant.example als er iets is.',
      'De kosten zijn ca. 6.500 euro incl. btw.', 'Wanneer kunnen jullie beginnen…', 'Ik kom erop terug.', 'Bijlage: zie de foto’s (3 stuks).',
      'vervolg in kleine letters', '1. eerste punt', '(tussen haakjes.)', '?!', '...',
    ],
    en: [
      'Mr. Smith called, e.g. about the invoice.', 'Could you send the quote by Friday?', 'See https://example.com/a?b=1 for the details.',
      'That is great!', 'J. Smith will come by tomorrow.', 'He said: "We will sort it."', 'Mail jan@client.example if anything comes up.',
      'The cost is approx. 6,500 euros incl. VAT.', 'When can you start…', "I'll get back to you.", 'Attachment: see the photos (3 of them).',
      'continued in lower case', '1. first point', '(in brackets.)', '?!', '...',
    ],
  };
  const paragraph = (lang: 'nl' | 'en', n: number) => {
    const list = SENTENCES[lang];
    let x = 7; // a seeded sequence, long enough to cross dozens of windows
    const next = () => (x = (x * 1103515245 + 12345) % 2147483648) % list.length;
    return Array.from({ length: n }, () => list[next()]!).join(' ');
  };

  test.each(['nl', 'en'] as const)('%s: window by window gives exactly what one pass over the paragraph gives', (lang) => {
    // one pass costs V8 more per step the longer the paragraph: 40 K characters keep this test short
    const long = paragraph(lang, 1500);
    expect(long.length).toBeGreaterThan(10 * 4096);
    expect(segmentPieces(lang, long)).toEqual(segmentPieces(lang, long, Infinity));
  });

  test.each(['nl', 'en'] as const)('%s: the sentences of a long paragraph point into it', (lang) => {
    const long = paragraph(lang, 2500);
    const got = splitSentences(long, lang);
    expect(got.length).toBeGreaterThan(1500);
    for (const s of got) expect(long.slice(s.start, s.end)).toBe(s.text);
  });

  /** Spans in order, not overlapping, with only blanks between them: together they are the whole text. */
  const covers = (text: string, spans: Array<{ start: number; end: number; text: string }>) => {
    let pos = 0;
    for (const s of spans) {
      expect(text.slice(pos, s.start).trim()).toBe('');
      expect(text.slice(s.start, s.end)).toBe(s.text);
      pos = s.end;
    }
    expect(text.slice(pos).trim()).toBe('');
  };

  test('text with no sentence end is cut into pieces that cover it, never inside a surrogate pair', () => {
    const run = 'woord '.repeat(5000) + '😀'.repeat(3000);
    const got = splitSentences(run, 'nl');
    expect(got.length).toBeGreaterThan(1);
    covers(run, got);
    for (const s of got) expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  test('a long run of abbreviations (no sentence end for ICU) is covered by its pieces', () => {
    const text = `Met ${'dhr. '.repeat(20_000)}Jansen gebeld.`;
    covers(text, splitSentences(text, 'nl'));
  });
});
