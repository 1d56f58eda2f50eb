/**
 * The one answer judgement (src/analyze/answers.ts), used by scan, report and lint: kinds of answer, deferrals, two-part
 * questions, automated replies and replies about something else. Dutch and English, what it credits and what it
 * rightly leaves open. Messages are built in memory (a pure unit); the rule fixtures run the same on real .eml files.
 */
import { describe, expect, test } from '@jest/globals';
import { answerQuestions, tellsWhereThingsStand } from '../../src/analyze/answers.js';
import { findQuestions } from '../../src/text/questions.js';
import type { Language, Message } from '../../src/model.js';
import { makeMessage } from '../helpers/message.js';

function judge(asked: string, reply: string | string[], lang: Language, extra: Partial<Message> = {}, replyExtra: Partial<Message> = {}) {
  const m = makeMessage({ newText: asked, language: lang, ...extra });
  const replies = (Array.isArray(reply) ? reply : [reply]).map((t) =>
    makeMessage({ newText: t, language: lang, direction: 'out', from: { address: 'joan@prinsweb.example' }, ...replyExtra }),
  );
  return answerQuestions(m, findQuestions(m.newText, lang), replies, 0.34).map((f) => [f.question.text, f.how ?? null]);
}

describe('an answer of the kind the question asks for', () => {
  test.each([
    ['nl', 'Akkoord. Wanneer kunnen jullie beginnen?', 'Week 23.', 'kind'],
    ['nl', 'Hoeveel tijd kost dat?', 'Een dag of drie.', 'kind'],
    ['nl', 'Wat zijn de kosten?', '€ 120 inclusief btw.', 'kind'],
    ['nl', 'Is dat correct?', 'Klopt helemaal.', 'yes-no'],
    ['nl', 'Kun je de factuur aanpassen?', 'Is aangepast.', 'kind'],
    ['nl', 'Kan ik daar gebruik van maken met mijn omzet?', 'Met ruim 30.000 omzet zit je er net boven, dus helaas niet.', 'yes-no'],
    ['en', 'When could you come round?', 'Tuesday afternoon.', 'kind'],
    ['en', 'How long will it take?', 'About ten minutes.', 'kind'],
    ['en', 'What does it cost?', '£295 including two check-ups.', 'kind'],
    ['en', 'Do I need to sign anything?', 'No need.', 'yes-no'],
    ['en', 'Could you order two black toners?', "Ordered, they'll be with you on Thursday.", 'kind'],
    ['en', 'How do I get my work email on the new iPad?', 'Install the Outlook app and sign in with your usual password.', 'kind'],
  ] as const)('%s: %s → %s', (lang, q, a, how) => expect(judge(q, a, lang).at(-1)).toEqual([expect.any(String), how]));

  test.each([
    ['nl', 'Wanneer kunnen jullie beginnen?', 'Dat hangt van de vergunning af, daar gaat de gemeente over.'],
    ['nl', 'De ketel lekt al weken. Hoeveel gaat de reparatie mij kosten?', 'De ketel is oud en lekt vaker, daar zijn er meer van in de wijk.'],
    ['en', 'When can you start?', 'That depends on the permit, which the council decides.'],
    ['en', 'The boiler has been leaking for weeks. How much will the repair cost me?', 'The boiler is old and leaks more often, there are many like it in the street.'],
  ] as const)('a reply of another kind leaves it open: %s: %s', (lang, q, a) => expect(judge(q, a, lang).map((f) => f[1])).toEqual([null]));
});

describe('a deferral answers nothing', () => {
  test.each([
    ['nl', 'De boiler lekt onderaan. Valt dat nog onder de garantie?', 'Dat vraag ik na bij de fabrikant en maandag laat ik het u weten.'],
    ['nl', 'Heeft u die nog los te koop?', 'Ik vraag het even na bij de leverancier, want die serie is uit ons assortiment.'],
    ['nl', 'Kunt u mij een overzicht sturen van wat ik dit jaar betaald heb?', 'Uiteraard. Ik vraag het overzicht op bij onze financiële afdeling en stuur het u zo spoedig mogelijk toe.'],
    ['en', 'Can you handle Korean to English as well?', 'Thank you for thinking of us. Let me look into this and come back to you.'],
    ['en', 'Could you confirm whether the German version will be ready by the 20th?', "I'm waiting to hear from our German translator; I'll confirm by tomorrow noon."],
    ['en', 'Could you quote for translating our website into Dutch?', "Thank you for your enquiry. I'll send you a quote shortly once I've looked through the site."],
  ] as const)('%s: %s', (lang, q, a) => expect(judge(q, a, lang).map((f) => f[1])).toEqual([null]));

  test('nl: a later real answer does answer', () =>
    expect(judge('Valt dat nog onder de garantie?', ['Dat vraag ik na bij de fabrikant.', 'Ja, de fabrikant vergoedt het onderdeel.'], 'nl')).toEqual([['Valt dat nog onder de garantie?', 'yes-no']]));
  test('en: "I\'ll let you know that …" tells, it does not defer', () =>
    expect(judge('Is the fix in place?', 'I can let you know that it went live this morning.', 'en').map((f) => f[1] !== null)).toEqual([true]));
});

describe('two-part questions: each part needs its answer', () => {
  test('nl: the visit is answered, the price is deferred', () =>
    expect(
      judge(
        'Onze ketel geeft storing E133. Kan er deze week nog iemand langskomen? En wat rekenen jullie aan voorrijkosten?',
        'Onze monteur kan donderdagochtend tussen 8 en 12 uur bij u zijn. Wat het voorrijden kost moet ik even navragen bij kantoor, daar kom ik nog op terug.',
        'nl',
      ).map((f) => f[1]),
    ).toEqual(['kind', null]));
  test('nl: both answered', () =>
    expect(judge('Moet ik de btw-aangifte zelf indienen of doet u dat? En tot wanneer heb ik de tijd?', 'Die aangifte verzorgen wij, net als elk kwartaal. De Belastingdienst wil hem uiterlijk 31 januari binnen hebben.', 'nl').map((f) => f[1] !== null)).toEqual([true, true]));
  test('en: a choice between two is answered by picking one', () =>
    expect(judge('Shall I file the return myself, or do you do that?', 'We file it for you, as every quarter.', 'en').map((f) => f[1])).toEqual(['kind']));
  test('en: both answered by amount', () =>
    expect(judge('How much would you charge for translating a 12-page contract? And could it be certified?', 'Our fee would be £540, and a certified version with our stamp adds £45.', 'en').map((f) => f[1] !== null)).toEqual([true, true]));
  test('en: one of two answered', () =>
    expect(judge('When can you come, and what will it cost?', 'Tuesday.', 'en').length).toBeGreaterThan(0));
  test('en: the yes answers the first, the limit stays open without a number', () =>
    expect(judge('Can I export my invoices to CSV? And is there a limit on how many I can export at once?', 'Yes: go to Invoices and choose CSV.', 'en').map((f) => f[1] !== null)).toEqual([true, false]));
});

describe('replies that answer nothing', () => {
  test.each([
    ['nl', 'Moet ik bij de KvK iets wijzigen nu ik een tweede stoel verhuur?', 'Dank voor je bericht. Ik volg vandaag een cursus en ben maandag 9 maart weer bereikbaar.'],
    ['en', 'Do I need to change anything at Companies House now that I rent out a second chair?', 'Thanks for your email. I am on annual leave until Tuesday 5 May with limited access to email.'],
  ] as const)('an out-of-office reply: %s', (lang, q, a) =>
    expect(judge(q, a, lang, {}, { automated: 'auto-submitted' }).map((f) => f[1])).toEqual([null]));

  test.each([
    ['nl', 'Kun je ook naar de beamer kijken als je er toch bent?', 'Nieuwe voeding geplaatst, het toegangspunt is de hele middag niet uitgevallen.', '> Ik bestel een nieuwe voeding voor het toegangspunt.'],
    ['en', "Could you also look at the projector while you're here?", 'New power supply fitted, the access point has been up all afternoon without a drop.', "> I'll order a replacement power supply for the access point."],
  ] as const)('a reply that goes on with the quoted topic, not the question: %s', (lang, q, a, quoted) =>
    expect(judge(q, a, lang, { quotedText: quoted }).map((f) => f[1])).toEqual([null]));

  test.each([
    ['nl', 'Hoe oud kan zo\'n ketel eigenlijk worden?', 'Een jaar of vijftien, dus die van jou is aan het eind van zijn leven.'],
    ['nl', 'Kunnen jullie ook naar de lekkage in de badkamer kijken?', 'Ruben heeft de kitrand rond het bad vervangen, het water komt daar nu niet meer door.'],
    ['en', 'Is the new laptop being backed up like the old one?', 'Your laptop is now in CloudVault and the first backup finished this afternoon.'],
  ] as const)('one question, a substantive reply on it, still counts: %s', (lang, q, a) =>
    expect(judge(q, a, lang).map((f) => f[1] !== null)).toEqual([true]));
});

describe('delivery by attachment', () => {
  const asked = 'Ingrid, stuur me even de factuur van januari opnieuw.';
  test('nl: "zie bijlage" with nothing attached does not deliver', () => expect(judge(asked, 'Hierbij nogmaals, zie bijlage.', 'nl').map((f) => f[1])).toEqual([null]));
  test('nl: with the attachment it does', () =>
    expect(judge(asked, 'Hierbij nogmaals, zie bijlage.', 'nl', {}, { attachments: [{ filename: 'factuur.pdf', contentType: 'application/pdf', size: 1000 }] as Message['attachments'] }).map((f) => f[1])).toEqual(['kind']));
  test('en: "attached" with nothing attached does not deliver', () => expect(judge('Could you send me the invoice again?', 'Here it is again.', 'en').map((f) => f[1])).toEqual([null]));
});

describe('what to do about it: a question with no content words of its own', () => {
  // "Wat kunnen we eraan doen?" after "Is dat normaal?" is a question of its own (not a closer like "Ik hoor het graag.")
  test('nl: a colleague\'s planned visit answers both parts', () =>
    expect(judge('De buitenunit bromt sinds een week. Is dat normaal? Wat kunnen we eraan doen?', 'Nee, dat hoort niet. Ruben komt maandag kijken en vervangt de dempers.', 'nl').map((f) => f[1] !== null)).toEqual([true, true]));
  test('en: advice answers it', () =>
    expect(judge('The outdoor unit hums at night. Is that normal? What can we do about it?', "No, it shouldn't. I'd suggest switching it to night mode in the app.", 'en').map((f) => f[1] !== null)).toEqual([true, true]));
  test('nl: a reply that only says it is not normal leaves what to do open', () =>
    expect(judge('De buitenunit bromt sinds een week. Is dat normaal? Wat kunnen we eraan doen?', 'Nee, dat hoort niet.', 'nl').map((f) => f[1] !== null)).toEqual([true, false]));
  test('en: the same', () =>
    expect(judge('The outdoor unit hums at night. Is that normal? What can we do about it?', "No, it shouldn't.", 'en').map((f) => f[1] !== null)).toEqual([true, false]));
  test('nl and en: "Wat denk je?" after a real question still adds no question of its own', () => {
    expect(judge('Kunnen jullie de offerte aanpassen naar twee ketels? Wat denk je?', 'Ja, dat kan.', 'nl')).toHaveLength(1);
    expect(judge('Could you change the quote to two boilers? What do you think?', 'Yes, that works.', 'en')).toHaveLength(1);
  });
});

describe('"nog niet" / "not yet" tells where things stand, even beside a deferral', () => {
  test('nl', () =>
    expect(judge('Ik heb het pakket vrijdag teruggestuurd. Is het al binnen?', 'Nog niet, maar ik kijk morgenochtend en mail u zodra het er is.', 'nl').map((f) => f[1] !== null)).toEqual([true]));
  test('en', () =>
    expect(judge('I sent it back last Friday. Has it arrived yet?', "Not yet, but I'll check first thing tomorrow morning and email you as soon as it's here.", 'en').map((f) => f[1] !== null)).toEqual([true]));
  test('nl: "Ja. Ik zoek het uit." is still only a deferral', () =>
    expect(judge('Valt dat nog onder de garantie?', 'Ja. Ik zoek het uit.', 'nl').map((f) => f[1])).toEqual([null]));
  test('en: "Sure, let me look into it" is still only a deferral', () =>
    expect(judge('Is the warranty still valid?', 'Sure. Let me look into this and come back to you.', 'en').map((f) => f[1])).toEqual([null]));
});

describe('a holding reply that tells where things stand is read as a possible answer (facts.ts)', () => {
  const out = (t: string, lang: Language, extra: Partial<Message> = {}) => makeMessage({ newText: t, language: lang, direction: 'out', ...extra });
  test('nl and en: "nog niet" / "not yet" beside the deferral', () => {
    expect(tellsWhereThingsStand(out('Nog niet, maar ik kijk morgenochtend en mail u zodra het er is.', 'nl'))).toBe(true);
    expect(tellsWhereThingsStand(out("Not yet, but I'll check first thing tomorrow morning.", 'en'))).toBe(true);
  });
  test('nl and en: a bare holding reply or an out-of-office does not', () => {
    expect(tellsWhereThingsStand(out('Bedankt voor je mail, ik zoek het uit en laat het je weten.', 'nl'))).toBe(false);
    expect(tellsWhereThingsStand(out("Thanks, let me look into this and come back to you.", 'en'))).toBe(false);
    expect(tellsWhereThingsStand(out('Not yet back in the office, I will reply after the 20th.', 'en', { automated: 'auto-submitted' }))).toBe(false);
  });
});
