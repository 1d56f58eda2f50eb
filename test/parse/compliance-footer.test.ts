import { describe, test, expect } from '@jest/globals';
import { splitReply } from '../../src/parse/split.js';
import { findQuestions } from '../../src/text/questions.js';

// A broker's or bank's compliance notice under a personal note: orders by e-mail are not accepted, e-mail is monitored.
describe('compliance notices are a legal footer', () => {
  test.each([
    [
      'en',
      'This is a very sad day for Houston. I am truly sorry.\n\nVirginia Hodge\nVice President - Investments\n\nNotice Regarding Entry of Orders and Instructions:\nPlease do not transmit orders and/or instructions\nregarding your account(s) by e-mail.\nOrders and/or instructions transmitted by e-mail will\nnot be accepted by the firm.\n\nNotice Regarding Privacy and Confidentiality:\nThe firm reserves the right to monitor and\nreview the content of all e-mail communications.',
    ],
    [
      'nl',
      'Wat een verdrietige dag. Sterkte!\n\nEls Jansen\nBeleggingsadviseur\n\nGeef geen orders of instructies per e-mail: orders die per e-mail worden gegeven worden niet uitgevoerd.\n\nDe bank behoudt zich het recht voor om e-mail van en aan medewerkers te controleren.',
    ],
  ] as const)('%s: the notice is cut and asks nothing', (lang, text) => {
    const s = splitReply(text);
    expect(s.disclaimer).not.toBe('');
    expect(s.newText).not.toMatch(/orders|e-mail/i);
    expect(findQuestions(s.newText, lang)).toEqual([]);
  });

  test.each([
    ['en', 'Please do not send the orders by e-mail this time: can you bring them to the meeting?'],
    ['nl', 'Stuur de orders deze keer niet per e-mail. Kun je ze morgen meenemen?'],
  ] as const)('%s: a person asking about orders keeps the text', (_, text) => {
    expect(splitReply(text).newText).toBe(text);
  });
});
