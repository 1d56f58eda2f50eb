/**
 * Question detection: rhetorical and exclamative questions, a "?" inside quoted text, reported speech, a Dutch
 * topic-drop confirmation ("Doe ik."), and a question after a ". " with a lower-case start. Dutch and English, what
 * is found and what is rightly left alone.
 */
import { describe, expect, test } from '@jest/globals';
import { findQuestions } from '../../src/text/questions.js';
import type { Language } from '../../src/model.js';

const texts = (t: string, lang: Language) => findQuestions(t, lang).map((q) => q.text);

describe('rhetorical and exclamative questions are no questions', () => {
  test.each([
    ['nl', 'Het lekt niet meer. Bedankt voor de tip! Wie had gedacht dat het zo simpel was?'],
    ['nl', 'Wat fijn, toch?'],
    ['nl', 'Hoe hebben we het ooit zonder gedaan?'],
    ['nl', 'Is het niet prachtig geworden?'],
    ['nl', 'Hoe leuk is dat?'],
    ['nl', 'Kan het nog mooier?'],
    ['en', 'Brilliant, thank you! Who knew a label printer could cause so much drama?'],
    ['en', "Isn't it lovely when things are that simple?"],
    ["en", "Isn't that great?"],
    ['en', 'How cool is that?'],
    ['en', 'How did we ever manage without you?'],
    ['en', 'What a relief, right?'],
  ] as const)('%s: %s', (lang, t) => expect(texts(t, lang)).toEqual([]));

  test.each([
    ['nl', 'Is het niet mogelijk om morgen te komen?'],
    ['nl', 'Wat een gedoe, kunnen jullie morgen komen?'],
    ['nl', 'Hoe lang duurt dat?'],
    ['en', "Isn't it possible to come tomorrow?"],
    ['en', 'How long is that?'],
    ['en', 'Who can fix it this week?'],
  ] as const)('a real question stays: %s: %s', (lang, t) => expect(texts(t, lang)).toEqual([t]));
});

describe('a "?" inside quoted text asks nothing', () => {
  test('nl: a title in quotes, the sentence around it still counts', () => {
    expect(texts('Doet u mee met ons webinar "Wat verandert er in 2026?" op 18 maart? Schrijf u in.', 'nl')).toEqual([
      'Doet u mee met ons webinar "Wat verandert er in 2026?" op 18 maart?',
    ]);
    expect(texts('Ze noemde het boek “Waarom slapen we?” heel goed.', 'nl')).toEqual([]);
  });
  test('en: a sign\'s text in quotes', () => {
    expect(texts('The sign said "Open?" all week. Could you check?', 'en')).toEqual(['Could you check?']);
    expect(texts('We loved the talk “What is a brand?” last week.', 'en')).toEqual([]);
  });
});

describe('reported speech is a question when it asks me', () => {
  test.each([
    ['nl', 'Mijn man vroeg nog of jullie ook op zaterdag werken.'],
    ['en', 'My husband asked whether you also work on Saturdays.'],
  ] as const)('%s: %s', (lang, t) => expect(texts(t, lang)).toEqual([t]));
  test.each([
    ['nl', 'Piet vroeg of hij vrijdag vrij kon nemen.'],
    ['en', 'She asked if she could leave early.'],
  ] as const)('about someone else: %s: %s', (lang, t) => expect(texts(t, lang)).toEqual([]));
});

describe('"Doe ik." confirms; it does not ask', () => {
  test.each(['Joris, doe ik. Begin volgende week heb je hem.', 'Marco, regel ik.', 'Stuur ik je morgen.'])('nl: %s', (t) =>
    expect(texts(t, 'nl')).toEqual([]),
  );
  test('nl: with a question mark it asks', () => expect(texts('Doe ik dat zelf?', 'nl')).toEqual(['Doe ik dat zelf?']));
  test('en: "Will do." asks nothing, "Will you do it?" does', () => {
    expect(texts('Will do. Speak soon.', 'en')).toEqual([]);
    expect(texts('Will you do it?', 'en')).toEqual(['Will you do it?']);
  });
});

describe('a question after ". " with a lower-case start is its own sentence', () => {
  test('nl', () => expect(texts('de ketel geeft storing F28 en we hebben geen warm water. kan er vandaag iemand komen kijken???', 'nl')).toEqual(['kan er vandaag iemand komen kijken???']));
  test('en', () => expect(texts('the printer is offline again. can someone have a look today?', 'en')).toEqual(['can someone have a look today?']));
  test('an abbreviation does not split', () => expect(texts('Het is o.a. de ketel en ca. tien meter leiding, kan dat?', 'nl')).toHaveLength(1));
});
