import { describe, expect, test } from '@jest/globals';
import { nameOnLine, signedBy, signOffNames } from '../../src/text/sign-off.js';

const TEAM = ['Mila', 'Fleur', 'Daan Hofman', 'Tom', 'Priya'];

describe('the name a message is signed with', () => {
  test('nl: "Groet, Mila", "Hartelijke groet,\\nFleur", "Met vriendelijke groet,\\nDaan Hofman"', () => {
    expect(signedBy('Beste Ineke,\n\nIs geregeld.\n\nGroet, Mila', '', TEAM)).toBe('Mila');
    expect(signedBy('Beste meneer Bos,\n\nDe offerte zit in de bijlage.\n\nHartelijke groet,\nFleur', 'Theepot & Co\nKvK 71234567', TEAM)).toBe('Fleur');
    expect(signedBy('Hoi Koen,\n\nVerstuurd.', 'Met vriendelijke groet,\nDaan\nDaan Hofman | inkoop', TEAM)).toBe('Daan Hofman');
    expect(nameOnLine('Kees van den Berg')).toBe('Kees van den Berg');
  });

  test('en: "Best wishes,\\nTom", a name over the company line in the signature', () => {
    expect(signedBy('Hi Sarah,\n\nHere is the invoice.\n\nBest wishes,\nTom', '', TEAM)).toBe('Tom');
    expect(signedBy('Hi Lucy,\n\nOrdered, they\'ll be with you on Thursday.', 'Priya\nBrightpath IT Support', TEAM)).toBe('Priya');
  });

  test('nl: prose naming a colleague, the greeting and a customer\'s name are no sign-off', () => {
    expect(signedBy('Beste mevrouw Roos,\n\nLotte belt u morgenochtend even om een afspraak te maken.', '', ['Lotte'])).toBeUndefined();
    expect(signedBy('Hoi Mila,\n\nDank je wel.', '', TEAM)).toBeUndefined();
    expect(signOffNames('Hoi Mila,\n\nDank je wel.', '')).toEqual([]);
    expect(signedBy('Beste Ineke,\n\nIs geregeld.\n\nGroet, Anouk', '', TEAM)).toBeUndefined();
  });

  test('en: "Tom will call you back this afternoon" and "Thanks Tom for the quick fix!" are no sign-off', () => {
    expect(signedBy('Hi Sarah,\n\nTom will call you back this afternoon.', '', TEAM)).toBeUndefined();
    expect(nameOnLine('Thanks Tom for the quick fix!')).toBeUndefined();
    expect(nameOnLine('Hi Sarah,')).toBeUndefined();
  });

  test('nl + en: the name before a bar or dash with blanks on both sides; a hyphen in a name stays', () => {
    expect(nameOnLine('Daan Hofman | inkoop')).toBe('Daan Hofman');
    expect(nameOnLine('Anne-Marie de Vries – klantenservice')).toBe('Anne-Marie de Vries');
    expect(nameOnLine('Priya - Support')).toBe('Priya');
    expect(nameOnLine('Tom.  —  Brightpath IT')).toBe('Tom');
    expect(nameOnLine('Tom -Brightpath')).toBeUndefined();
  });
});
