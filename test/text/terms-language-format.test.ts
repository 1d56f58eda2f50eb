import { describe, test, expect } from '@jest/globals';
import { answersQuestion, keyTerms, sharedTerms } from '../../src/text/terms.js';
import { detectLanguage } from '../../src/text/language.js';
import { formatDuration } from '../../src/text/format.js';

describe('keyTerms', () => {
  test('stems content words and drops function words', () => {
    const t = keyTerms('Wanneer worden de offertes verstuurd?', 'nl');
    expect(t).toEqual(keyTerms('offerte versturen', 'nl'));
    expect(t.has('wanneer')).toBe(false);
    expect(t.has('de')).toBe(false);
  });
  test('English stems and numbers', () => {
    const t = keyTerms('Could you send the invoices for order 4711?', 'en');
    expect(t.has('invoic')).toBe(true);
    expect(t.has('4711')).toBe(true);
    expect(t.has('you')).toBe(false);
  });
  test('URLs and addresses add nothing', () => {
    expect(keyTerms('https://example.com/offerte jan@example.nl', 'nl').size).toBe(0);
  });
});

describe('answersQuestion', () => {
  test('a reply on the topic scores high, an unrelated one low', () => {
    const q = 'Wanneer wordt de offerte voor de nieuwe website verstuurd?';
    expect(answersQuestion(q, 'De offerte voor de website verstuur ik morgen.', 'nl')).toBeGreaterThanOrEqual(0.6);
    expect(answersQuestion(q, 'Bedankt, fijn weekend!', 'nl')).toBe(0);
  });
  test('English', () => {
    const q = 'What is the price of the premium hosting plan?';
    expect(answersQuestion(q, 'The premium hosting plan costs 20 euros a month.', 'en')).toBeGreaterThanOrEqual(0.6);
    expect(answersQuestion(q, 'See you at the meeting tomorrow.', 'en')).toBe(0);
  });
  test('compounds share a prefix', () => {
    expect(answersQuestion('Is de offerte al klaar?', 'De offerteaanvraag is binnen.', 'nl')).toBeGreaterThan(0);
  });
  test('an empty question scores 0', () => {
    expect(answersQuestion('?', 'anything', 'en')).toBe(0);
  });
});

describe('detectLanguage', () => {
  test.each([
    ['Hoi Piet, kun je me de offerte sturen?', 'nl'],
    ['Top, dank je wel!', 'nl'],
    ['Bedankt voor uw bericht, we kijken ernaar.', 'nl'],
    ['Hi Piet, could you send me the quote?', 'en'],
    ['Thanks!', 'en'],
    ['We will look into it and get back to you.', 'en'],
  ] as const)('%s → %s', (t, lang) => expect(detectLanguage(t)).toBe(lang));
  test('fallback when nothing tells', () => {
    expect(detectLanguage('12345', 'nl')).toBe('nl');
    expect(detectLanguage('', 'en')).toBe('en');
  });
});

describe('formatDuration', () => {
  test('Dutch and English', () => {
    const w = { businessHours: 13.5, wallHours: 53 };
    expect(formatDuration(w, 'nl')).toBe('13,5 werkuren (2 dagen 5 uur)');
    expect(formatDuration(w, 'en')).toBe('13.5 business hours (2 days 5 h wall)');
  });
  test('singular and short', () => {
    expect(formatDuration({ businessHours: 1, wallHours: 1 }, 'nl')).toBe('1 werkuur (1 uur)');
    expect(formatDuration({ businessHours: 0.5, wallHours: 0.5 }, 'en')).toBe('0.5 business hours (30 min wall)');
    expect(formatDuration({ businessHours: 8, wallHours: 24 }, 'en')).toBe('8 business hours (1 day wall)');
  });
});

describe('sharedTerms on a long reply (its terms indexed once) gives what comparing term by term gives', () => {
  /** The comparison written out plainly: every question term against every reply term. */
  function plainShared(question: string, reply: string, lang: 'nl' | 'en') {
    const q = keyTerms(question, lang);
    const r = keyTerms(reply, lang);
    let hits = 0;
    for (const t of q) {
      if (r.has(t)) hits++;
      else if (t.length >= 5 && [...r].some((u) => u.length >= 5 && (u.startsWith(t) || t.startsWith(u) || (lang === 'nl' && (u.endsWith(t) || t.endsWith(u)))))) hits++;
    }
    return { hits, total: q.size };
  }
  const WORDS = {
    nl: ['offerte', 'offerteaanvraag', 'afspraak', 'testafspraken', 'levering', 'leveringstermijn', 'factuur', 'factuuradres', 'keuken', 'keukenblad', 'planning', 'monteur', 'garantie', 'garantietermijn', 'website', 'ontwerp', 'kosten', 'prijs'],
    en: ['quote', 'quotation', 'appointment', 'appointments', 'delivery', 'deliveries', 'invoice', 'invoicing', 'kitchen', 'worktop', 'schedule', 'scheduled', 'engineer', 'warranty', 'website', 'design', 'designer', 'price'],
  };
  const UNRELATED = { nl: ['vergunning', 'zonnepaneel', 'parkeren', 'tuin'], en: ['permit', 'parking', 'solar', 'garden'] };
  test.each(['nl', 'en'] as const)('%s', (lang) => {
    let x = 11;
    const next = (n: number) => (x = (x * 1103515245 + 12345) % 2147483648) % n;
    const words = WORDS[lang];
    // the reply uses half the words, the question all: its other terms match only as prefix or suffix, or not at all
    const half = words.filter((_, i) => i % 2 === 0);
    let partial = 0;
    for (let k = 0; k < 60; k++) {
      const reply = Array.from({ length: 80 + next(80) }, () => half[next(half.length)]).join(' ');
      expect(reply.length).toBeGreaterThan(400); // long enough to be indexed
      const pool = [...words, ...UNRELATED[lang]];
      const question = `${Array.from({ length: 2 + next(4) }, () => pool[next(pool.length)]).join(' ')}?`;
      const plain = plainShared(question, reply, lang);
      expect(sharedTerms(question, reply, lang)).toEqual(plain);
      if (plain.hits > 0 && plain.hits < plain.total) partial++;
    }
    expect(partial).toBeGreaterThan(5);
  });
});
