import { describe, expect, test } from '@jest/globals';
import { answeredInline } from '../../src/analyze/inline.js';

describe('answeredInline', () => {
  const reply = [
    'Hoi Piet,',
    '',
    '> Kunnen jullie ook de logo\'s',
    '> aanleveren?',
    'Ja, die sturen we morgen mee.',
    '',
    '> En wat kost de hosting per jaar?',
    '>',
    '> Groet, Piet',
  ].join('\n');

  test('a question wrapped over two quoted lines, answered right under it', () =>
    expect(answeredInline("Kunnen jullie ook de logo's aanleveren?", reply)).toBe(true));
  test('a quoted question with only more quote under it is not answered', () =>
    expect(answeredInline('En wat kost de hosting per jaar?', reply)).toBe(false));
  test('a question that is not quoted at all', () => expect(answeredInline('Is de site klaar?', reply)).toBe(false));
  test('a reply header under the quote is not an answer', () =>
    expect(answeredInline('Can you send the invoice?', '> Can you send the invoice?\n\nOn Mon, 2 Nov 2026 John wrote:\n> older')).toBe(false));
  test('CRLF text', () => expect(answeredInline('Can you send the invoice?', '> Can you send the invoice?\r\nSure, attached.\r\n')).toBe(true));
});
