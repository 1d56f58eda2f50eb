import { describe, test, expect } from '@jest/globals';
import { findAftercare, findApology, findJobConcluded, isHoldingReply } from '../../src/text/acknowledge.js';
import type { Language } from '../../src/model.js';

describe('isHoldingReply', () => {
  test.each([
    ['Ik zoek het uit en kom er z.s.m. op terug.', 'nl'],
    ['Bedankt voor uw bericht, we kijken ernaar.', 'nl'],
    ['We hebben uw vraag in goede orde ontvangen.', 'nl'],
    ['U hoort morgen van ons.', 'nl'],
    ["Thanks, I'll look into it and get back to you.", 'en'],
    ["We have received your request and we're looking into it.", 'en'],
    ['Let me check with the team.', 'en'],
  ] as const)('holding: %s', (t, lang) => expect(isHoldingReply(t, lang)).toBe(true));
  test.each([
    ['De offerte is € 1.200 exclusief btw.', 'nl'],
    ['Komt u morgen terug?', 'nl'],
    ['The price is 1,200 euros.', 'en'],
    ['Can you get back to me tomorrow?', 'en'],
  ] as const)('not holding: %s', (t, lang) => expect(isHoldingReply(t, lang)).toBe(false));
});

describe('findApology (delays only)', () => {
  test.each([
    ['Excuses voor de late reactie.', 'nl'],
    ['Sorry voor de vertraging, hierbij alsnog de offerte.', 'nl'],
    ['Het heeft even geduurd, maar hier is het antwoord.', 'nl'],
    ['Dank voor uw geduld.', 'nl'],
    ['Sorry for the delay.', 'en'],
    ['Apologies for the late reply.', 'en'],
    ['Sorry it took so long to get back to you.', 'en'],
  ] as const)('apology: %s', (t, lang) => {
    const s = findApology(`Hoi,\n\n${t}\n\nGroet`, lang);
    expect(s?.text).toBe(t);
  });
  test.each([
    ['Excuses voor de fout in de factuur.', 'nl'],
    ['Sorry, ik begrijp je vraag niet.', 'nl'],
    ['Sorry to hear about the broken screen.', 'en'],
  ] as const)('not a delay apology: %s', (t, lang) => expect(findApology(t, lang)).toBeUndefined());
});

describe('findJobConcluded', () => {
  test.each([
    ['De website is opgeleverd.', 'nl'],
    ['Hierbij de factuur voor de werkzaamheden.', 'nl'],
    ['In de bijlage vindt u de eindfactuur.', 'nl'],
    ['Je nieuwe webshop staat nu live.', 'nl'],
    ['Your order has been shipped.', 'en'],
    ['Invoice attached.', 'en'],
    ['The job is done.', 'en'],
    ["We've delivered the final designs.", 'en'],
  ] as const)('concluded: %s', (t, lang) => expect(findJobConcluded(t, lang)?.text).toBe(t));
  test.each([
    ['Wanneer wordt de website opgeleverd?', 'nl'],
    ['We beginnen maandag aan de website.', 'nl'],
    ['Could you send the invoice?', 'en'],
  ] as const)('not concluded: %s', (t, lang) => expect(findJobConcluded(t, lang)).toBeUndefined());
});

describe('findAftercare', () => {
  test.each([
    ['Is alles naar wens?', 'nl'],
    ['Bevalt de nieuwe site?', 'nl'],
    ['Is de pas goed aangekomen?', 'nl'],
    ['Hoe bevalt de nieuwe printer?', 'nl'],
    ['How is it working out?', 'en'],
    ['Is everything working as expected?', 'en'],
    ['Are you happy with the new website?', 'en'],
    ['Did the package arrive?', 'en'],
  ] as const)('aftercare: %s', (t, lang: Language) => expect(findAftercare(t, lang)?.text).toBe(t));
  test.each([
    ['Hierbij de factuur.', 'nl'],
    ['How are you?', 'en'],
  ] as const)('not aftercare: %s', (t, lang: Language) => expect(findAftercare(t, lang)).toBeUndefined());
});
