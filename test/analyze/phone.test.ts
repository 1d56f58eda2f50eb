import { describe, expect, test } from '@jest/globals';
import type { Message } from '../../src/model.js';
import { speaksOfCall } from '../../src/analyze/phone.js';
import { isCatchUp } from '../../src/text/questions.js';

/** speaksOfCall reads only the new text and its language. */
const msg = (language: 'nl' | 'en', newText: string) => ({ language, newText }) as unknown as Message;

describe('speaksOfCall: the matter moved to the phone', () => {
  test.each([
    ['en', "I'll call you at 3.", true],
    ['en', 'I will definitely give you a buzz so we can catch up.', true],
    ['en', 'Thanks for the call this morning; the figures are attached.', true],
    ['en', 'Could you call me tomorrow?', false],
    ['en', 'Please call me if you have any questions.', false],
    ['nl', 'Ik bel je vanmiddag even.', true],
    ['nl', 'Zoals telefonisch besproken stuur ik de offerte.', true],
    ['nl', 'Kun je me morgen bellen?', false],
    ['nl', 'Bel me gerust als er iets is.', false],
  ] as const)('%s %s → %s', (lang, text, want) => expect(speaksOfCall(msg(lang, text), true)).toBe(want));

  test('a call I announce counts only in my own mail; a talk that took place counts from either side', () => {
    expect(speaksOfCall(msg('en', "I'll call you at 3."), false)).toBe(false);
    expect(speaksOfCall(msg('en', 'During our conversation on 11/14 you asked about the collateral.'), false)).toBe(true);
    expect(speaksOfCall(msg('nl', 'Ik bel je morgen.'), false)).toBe(false);
    expect(speaksOfCall(msg('nl', 'Bedankt voor het telefoongesprek van vanochtend.'), false)).toBe(true);
  });
});

describe('isCatchUp: small talk a long personal reply takes up', () => {
  test.each([
    ['en', "how's houston?", true],
    ['en', 'whats up on the job front?', true],
    ['en', 'Any news from Seattle?', true],
    ['en', 'Will that work for you?', false],
    ['en', 'How is the migration of the billing server going for the Rotterdam office?', false],
    ['nl', 'Hoe bevalt Utrecht?', true],
    ['nl', 'Nog nieuws?', true],
    ['nl', 'Mag ik in twee termijnen betalen?', false],
    ['nl', 'Hoe staat het met de migratie van de factuurserver voor het kantoor in Rotterdam?', false],
  ] as const)('%s %s → %s', (lang, q, want) => expect(isCatchUp(q, lang)).toBe(want));
});
