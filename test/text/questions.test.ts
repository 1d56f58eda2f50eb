import { describe, test, expect } from '@jest/globals';
import { findQuestions, isClosingThanks } from '../../src/text/questions.js';
import type { Language } from '../../src/model.js';

const kinds = (t: string, lang: Language) => findQuestions(t, lang).map((q) => q.kind);
const found = (t: string, lang: Language) => findQuestions(t, lang).length > 0;

describe('findQuestions — Dutch, found', () => {
  test.each([
    ['Kun je me de offerte sturen?', 'question'],
    ['Wanneer komt de monteur?', 'question'],
    ['Kunt u me laten weten of de levering morgen lukt.', 'request'],
    ['Graag hoor ik wanneer u langs kunt komen.', 'request'],
    ['Ik hoor graag of dit zo akkoord is.', 'request'],
    ['Zou je de factuur willen aanpassen.', 'request'],
    ['Stuur me de offerte.', 'request'],
    ['Bel me als de levering weer te laat is.', 'request'],
    ['Kunt u dat vandaag nog doen.', 'request'],
    ['Wanneer komt de monteur.', 'request'],
    ['Is het mogelijk om volgende week af te spreken', 'request'],
    ['Piet, kun je even naar de planning kijken.', 'request'],
    ['Nog één ding: kunt u de factuur opnieuw sturen.', 'request'],
    ['Ik vraag me af of de koppeling al werkt.', 'request'],
    ['Ik ben benieuwd wanneer de site live gaat.', 'request'],
    ['Laat u mij weten wat de kosten zijn.', 'request'],
    ['Bel me even terug.', 'request'],
    ['Wat vindt u van het ontwerp.', 'request'],
  ] as const)('%s', (t, kind) => {
    expect(kinds(t, 'nl')).toEqual([kind]);
  });
});

describe('findQuestions — Dutch, rightly not', () => {
  test.each([
    'Heb je vragen, laat het weten.',
    'Heeft u nog vragen? Laat het me gerust weten.',
    'Mocht u nog vragen hebben, neem gerust contact op.',
    'Bij vragen kunt u mij altijd bellen.',
    'Laat het weten als je nog vragen hebt.',
    'Hoe gaat het?',
    'Hoi Piet, hoe gaat het met je?',
    'Dan kunt u het formulier invullen.',
    'U kunt mij bereiken op 06-12345678.',
    'Maak je geen zorgen.',
    'Zie je morgen!',
    'Zie https://example.nl/zoek?q=offerte voor de voorwaarden.',
    'Ik heb de offerte gisteren verstuurd.',
    'Met vriendelijke groet,',
    'Wat is het mooi geworden!',
    // the request to be contacted is itself the offer
    'Bel me als je nog vragen hebt.',
    'Neem contact met mij op als u meer informatie wilt.',
    'Laat het weten als ik ergens mee kan helpen.',
    'Als ik je ergens mee kan helpen, laat het maar weten.',
    // aankondigingen en instructies die geen antwoord vragen
    'Noteer de datum alvast in je agenda.',
    'Vermeld bij alle correspondentie uw ordernummer.',
  ])('%s', (t) => {
    expect(findQuestions(t, 'nl')).toEqual([]);
  });
});

describe('findQuestions — English, found', () => {
  test.each([
    ['Can you send me the quote?', 'question'],
    ['Please let me know when you are free.', 'request'],
    ['Could you send the invoice', 'request'],
    ["I'd like to know the price of the upgrade.", 'request'],
    ['I was wondering whether you got my last mail.', 'request'],
    ['Send me the signed contract.', 'request'],
    ['Did you ever send the copies of the demand charges.', 'request'],
    ['Jim, can you check with her too.', 'request'],
    ['Would you mind calling me back this afternoon.', 'request'],
    ["Why don't you send it to Steve for review.", 'request'],
    ['What is the status of the order.', 'request'],
    ['It would be great if you could confirm by Friday.', 'request'],
    ['Please call me if the delivery is late again.', 'request'],
  ] as const)('%s', (t, kind) => {
    expect(kinds(t, 'en')).toEqual([kind]);
  });
});

describe('findQuestions — English, rightly not', () => {
  test.each([
    'Let me know if you have any questions.',
    'Any questions? Just ask.',
    'Should you need anything, let me know.',
    'Please find attached the invoice.',
    'Please feel free to call me if you need further assistance.',
    "Please don't hesitate to contact us.",
    'How are you?',
    'Hope you are well.',
    'See https://example.com/page?id=3 for more.',
    'Thanks, that is all!',
    'He also let me know that they are interested.',
    'A selection of gifts sure to please everyone.',
    'I sent the report yesterday.',
    'See you tomorrow!',
    // the request to be contacted is itself the offer
    'Please call me if you have any questions.',
    'Please call either myself (555-0101) or Keith (555-0102) if you have any questions.',
    'Let me know if I could be of any help.',
    'If we can assist you in any way, please let me know.',
    // announcements and instructions that ask for no reply
    'Please mark your calendar for January 17 for this important event.',
    'Please reference your order number on all correspondence.',
  ])('%s', (t) => {
    expect(findQuestions(t, 'en')).toEqual([]);
  });
});

describe('findQuestions on a whole message', () => {
  test('finds each question with its offsets, skips greeting, closer and signature', () => {
    const mail = [
      'Hoi Joan,',
      '',
      'Bedankt voor de snelle reactie. Kun je me de offerte voor de nieuwe site sturen? Verder hoor ik graag',
      'wanneer jullie kunnen beginnen.',
      '',
      'Heb je vragen, laat het weten.',
      '',
      'Groet,',
      'Piet',
    ].join('\n');
    const qs = findQuestions(mail, 'nl');
    expect(qs.map((q) => q.kind)).toEqual(['question', 'request']);
    for (const q of qs) expect(mail.slice(q.start, q.end)).toBe(q.text);
    expect(qs[1].text).toContain('wanneer jullie kunnen beginnen');
  });
  test('a quoted line is never a new question', () => {
    expect(findQuestions('> Kun je me de offerte sturen?', 'nl')).toEqual([]);
  });
});

describe('isClosingThanks', () => {
  test.each([
    ['Top, dank je wel!', 'nl'],
    ['Perfect, bedankt', 'nl'],
    ['Super, tot dan!', 'nl'],
    ['Helemaal goed, bedankt voor de snelle hulp!\n\nGroet,\nPiet', 'nl'],
    ["Thanks, that's all!", 'en'],
    ['Great, thank you so much!', 'en'],
    ['Perfect, see you then. Cheers, Jim', 'en'],
  ] as const)('closing: %s', (t, lang) => {
    expect(isClosingThanks(t, lang)).toBe(true);
  });
  test.each([
    ['Bedankt! Kun je ook de factuur sturen?', 'nl'],
    ['Bedankt, de offerte ziet er goed uit maar de planning moet anders.', 'nl'],
    ['Thanks! Can you also send the invoice?', 'en'],
    ['Thanks for the quote. We would like to move the start to next month because of the holidays.', 'en'],
    ['', 'en'],
  ] as const)('not closing: %s', (t, lang) => {
    expect(isClosingThanks(t, lang)).toBe(false);
  });
});

test('found() helper agrees with kinds', () => {
  expect(found('Stuur me de offerte.', 'nl')).toBe(true);
});

describe('requests for a quote and "graag" with an infinitive, without "?"', () => {
  test.each([
    ['nl', 'Namens VvE De Zeehoeve vragen wij een offerte voor het vervangen van de dakgoten.'],
    ['nl', 'Wij vragen u een prijsopgave voor twee nieuwe radiatoren.'],
    ['nl', 'Akkoord, graag leveren op het adres Keizersgracht 401.'],
    ['nl', 'Graag de factuur sturen naar onze administratie.'],
    ['en', "We'd like to request a quote for replacing the gutters."],
    ["en", "I'm requesting a callback about my order."],
  ] as const)('found: %s: %s', (lang, t) => expect(kinds(t, lang)).toEqual(['request']));
  test.each([
    ['nl', 'Graag bellen we u terug om een afspraak te maken.'],
    ['nl', 'Voor deze actie vragen wij geen extra kosten.'],
    ['nl', 'Wij komen graag langs.'],
    ['en', 'We would like to thank you for your order.'],
    ['en', "We're asking everyone to update their details this month."],
  ] as const)('rightly not: %s: %s', (lang, t) => expect(kinds(t, lang)).toEqual([]));
});
