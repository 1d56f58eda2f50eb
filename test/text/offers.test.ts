import { describe, test, expect } from '@jest/globals';
import { findQuestions } from '../../src/text/questions.js';

// Offers to be contacted, as real mail writes them: they ask the reader nothing (rules/phrases/*/not-questions.txt).
describe('offers to be contacted are no requests', () => {
  test.each([
    ['en', 'Please let me know if you have any questions.'],
    ['en', 'I have attached a list of the caterers that we work with, please let me know\nif you have any questions.'],
    ['en', 'Let me know if you need to discuss this further - in which case we will get on a call.'],
    ['en', 'Please do let me know if there is anything that I could be of any help.'],
    ['nl', 'Laat het weten als je dit verder wilt bespreken.'],
    ['nl', 'Bel mij (020-1234567) of mijn collega (020-7654321) als u vragen heeft.'],
    ['nl', 'Mocht er iets zijn waarmee ik je kan helpen, laat het dan weten.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(findQuestions(text, lang)).toEqual([]);
  });

  test.each([
    ['en', 'Let me know if you want to meet on Friday or Monday.'],
    ['en', 'Please let me know if you need the originals by courier.'],
    ['en', 'Let me know if you want to discuss the price with Tom.'],
    ['en', 'Please let me know if you have any comments---especially re the EOL stuff.'],
    ['nl', 'Laat maar weten of je het wilt bespreken op maandag of dinsdag.'],
    ['nl', 'Laat maar weten als je het wilt bespreken met Tom op maandag.'],
  ] as const)('a request with its own content stays one: %s %j', (lang, text) => {
    expect(findQuestions(text, lang).map((q) => q.kind)).toEqual(['request']);
  });
});

describe('"have you seen this?" over something forwarded points to it', () => {
  test.each([
    ['en', 'Sue- Have you seen this?  Thought you might get a kick out of it!  Kathy'],
    ['nl', 'Heb je dit al gezien? Grappig toch.'],
  ] as const)('%s: %j asks nothing', (lang, text) => {
    expect(findQuestions(text, lang)).toEqual([]);
  });
  test.each([
    ['en', 'Have you seen this error before?'],
    ['nl', 'Heb je de offerte al gezien?'],
  ] as const)('%s: %j is a question', (lang, text) => {
    expect(findQuestions(text, lang).map((q) => q.kind)).toEqual(['question']);
  });
});
