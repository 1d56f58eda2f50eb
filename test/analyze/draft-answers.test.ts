/**
 * src/analyze/draft-answers.ts on its own: the weaker signs a draft may answer by, and their bound (a mail of more
 * questions than a person asks is left to the shared judgement, so a wall of questions costs no square).
 */
import { describe, expect, test } from '@jest/globals';
import { answeredInDraft } from '../../src/analyze/draft-answers.js';
import { findQuestions } from '../../src/text/questions.js';
import { makeMessage } from '../helpers/message.js';

const pair = (lang: 'nl' | 'en', asked: string, reply: string) => {
  const a = makeMessage({ language: lang, newText: asked, text: asked, direction: 'in' });
  const d = makeMessage({ language: lang, newText: reply, text: reply, direction: 'out' });
  return { a, d, qs: findQuestions(asked, lang) };
};

describe('answeredInDraft', () => {
  test('nl: "Glutenvrij kan" takes up the first question only', () => {
    const { a, d, qs } = pair('nl', 'Is de taart glutenvrij te maken? En kunnen jullie hem ook bezorgen?', 'Glutenvrij kan, dat doen we vaker.');
    expect(qs.map((q) => answeredInDraft(q, qs, a, d))).toEqual([true, false]);
  });
  test('en: an instruction answers what the asker is to do; thanks do not', () => {
    const { a, d, qs } = pair('en', 'Do I need to book, or can I just walk in?', 'Just walk in, we keep the mornings free for that.');
    expect(answeredInDraft(qs[0]!, qs, a, d)).toBe(true);
    const other = pair('en', 'Do I need to book?', 'Thanks for your message!');
    expect(answeredInDraft(other.qs[0]!, other.qs, other.a, other.d)).toBe(false);
  });
  test('nl + en: a mail of more than twelve questions gets the shared judgement only', () => {
    for (const [lang, q, r] of [
      ['nl', 'Is de taart glutenvrij? ', 'Glutenvrij kan.'],
      ['en', 'Is the cake gluten-free? ', 'Gluten-free works.'],
    ] as const) {
      const few = pair(lang, q.repeat(2), r);
      const many = pair(lang, q.repeat(13), r);
      expect(few.qs.length).toBe(2);
      expect(many.qs.length).toBe(13);
      expect(answeredInDraft(many.qs[0]!, many.qs, many.a, many.d)).toBe(false);
    }
  });
});
