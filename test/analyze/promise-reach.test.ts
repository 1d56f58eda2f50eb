/**
 * Whom a promise reaches (src/analyze/promise-reach.ts): a promise towards a third party, handed on or an errand off
 * the mail is not one the reader's mailbox can show kept or broken; one that also promises the reader stays.
 */
import { describe, expect, test } from '@jest/globals';
import { towardsOthers } from '../../src/analyze/promise-reach.js';
import { findCommitments } from '../../src/text/commitments.js';

describe('towards others: left out', () => {
  test.each([
    ['I shall contact Mike Gorman.', 'en'],
    ["I'll forward it to the traders this afternoon.", 'en'],
    ['I will be sure to pass that along to Jay.', 'en'],
    ["I'll pass the message along.", 'en'],
    ['I shall ask my assistant to forward you my itinerary.', 'en'],
    ['I shall ask Shirley to distribute your message to the entire group.', 'en'],
    ["I'll just write you a check for your half and drop it off at your mom's house.", 'en'],
    ["I'll get us some tickets for tomorrow's drawing.", 'en'],
    ['I shall reply to Ron directly.', 'en'],
    ['Ik bel morgen de leverancier.', 'nl'],
    ['Ik neem vandaag contact op met de gemeente.', 'nl'],
    ['Ik stuur het vanmiddag door naar de boekhouding.', 'nl'],
    ['Ik vraag Sanne om je morgen de planning te sturen.', 'nl'],
    ['De sleutels breng ik zaterdag bij je moeder langs.', 'nl'],
    ['Ik haal de onderdelen morgen op.', 'nl'],
  ] as const)('%s (%s)', (s, lang) => expect(towardsOthers(s, lang)).toBe(true));
});

describe('reaches the reader: kept', () => {
  test.each([
    ["I'll check with Mike Gorman and let you know tomorrow.", 'en'],
    ["I'll discuss the garden with the landlord and come back to you early next week.", 'en'],
    ["I'll call you tomorrow.", 'en'],
    ["I'll email the figures tomorrow.", 'en'],
    ["I'll send you the report on Monday.", 'en'],
    ["I'll call Monday to confirm.", 'en'],
    ['I shall share with you their reaction.', 'en'],
    ['Ik overleg met de monteur en laat je morgen weten wat het wordt.', 'nl'],
    ['Ik bel u morgen even.', 'nl'],
    ['Ik mail de offerte morgen.', 'nl'],
    ['Ik vraag het even na en laat het u donderdag weten.', 'nl'],
    ['Ik stuur je maandag het overzicht.', 'nl'],
  ] as const)('%s (%s)', (s, lang) => expect(towardsOthers(s, lang)).toBe(false));
});

describe('not promises to judge: a condition on the reader, a hedge, an expectation (phrase lists)', () => {
  const ref = new Date('2026-11-02T10:05:00Z');
  const found = (s: string, lang: 'nl' | 'en') => findCommitments(s, lang, ref, 'Europe/Amsterdam').length > 0;
  test.each([
    ["Send me your postal address and I'll send you a reprint tomorrow.", 'en'],
    ["We'll probably send you the photos next week.", 'en'],
    ['I posted the other copies this morning, so you should have them tomorrow.', 'en'],
    ['I will send the invoice upon receipt of the signed form.', 'en'],
    ["I think we'll do that another time.", 'en'],
    ['We have suspended hiring till we shall sort our space problem.', 'en'],
    ['Stuur me je postadres, dan stuur ik je morgen een overdruk.', 'nl'],
    ["Misschien stuur ik je volgende week de foto's.", 'nl'],
    ['Ik stuur je de factuur na ontvangst van het getekende formulier.', 'nl'],
  ] as const)('left out: %s (%s)', (s, lang) => expect(found(s, lang)).toBe(false));
  test.each([
    ["I'll send you a reprint tomorrow.", 'en'],
    ["You'll have them tomorrow.", 'en'],
    ['I will send the invoice on Friday.', 'en'],
    ['Ik stuur je morgen een overdruk.', 'nl'],
    ["Ik stuur je volgende week de foto's.", 'nl'],
    ['Je krijgt de factuur morgen.', 'nl'],
  ] as const)('still a promise: %s (%s)', (s, lang) => expect(found(s, lang)).toBe(true));
});
