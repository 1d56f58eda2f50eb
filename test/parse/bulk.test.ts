import { describe, test, expect } from '@jest/globals';
import { bulkReason } from '../../src/parse/bulk.js';

const own = (...xs: string[]) => ({ own: xs.join('\n') });

describe('bulk by content', () => {
  test.each([
    ['Dit is een automatisch bericht. U kunt niet op deze e-mail antwoorden.', 'no-reply-notice'],
    ['Dit bericht is automatisch verzonden.', 'no-reply-notice'],
    ['Please do not reply to this message.', 'no-reply-notice'],
    ['FYI, no response required.', 'no-reply-notice'],
    ['This is an automated notification from the billing system.', 'no-reply-notice'],
    ['To unsubscribe from these updates, click here: https://fonts.example/u/8812', 'unsubscribe'],
    ['TO UNSUBSCRIBE:\nPlease visit https://example.com/profile', 'unsubscribe'],
    ['Geen berichten meer ontvangen? Afmelden: https://drukkerij.example/afmelden', 'unsubscribe'],
    ['Klik hier om je af te melden voor deze nieuwsbrief.', 'unsubscribe'],
    ['You are receiving this e-mail because you have an account with us.', 'marketing-footer'],
    ['Je ontvangt deze e-mail omdat je klant bent bij ons.', 'marketing-footer'],
    ['Voeg ons toe aan je adresboek.', 'marketing-footer'],
    ['View this email in your browser', 'newsletter'],
    ['Bekijk deze e-mail online: https://webvak.example/nb/112', 'newsletter'],
  ])('%j → %s', (text, reason) => {
    expect(bulkReason(own(text))).toBe(reason);
  });

  test('undisclosed recipients in the To header', () => {
    expect(bulkReason({ own: 'Hello all,', toRaw: 'undisclosed-recipients:;' })).toBe('undisclosed-recipients');
    expect(bulkReason({ own: 'Beste leden,', toRaw: 'Undisclosed recipients:;' })).toBe('undisclosed-recipients');
    expect(bulkReason({ own: 'Hoi Joan,', toRaw: 'Joan Prins <joan@prinsweb.example>' })).toBe(false);
  });

  test.each([
    'How do I unsubscribe my colleague?',
    'Hoe kan ik mijn collega afmelden voor de nieuwsbrief?',
    'Kun je mij afmelden\nvoor deze nieuwsbrief? Ik wil hem niet meer.',
    'I would like to unsubscribe from your newsletter.',
    'Moet ik op dit automatische bericht reageren?',
    'Do we still need the "do not reply to this message" line in the confirmation?',
    'Our table of contents is on page 2; can you check it?',
    'Please send the preferences file and the browser list.',
  ])('a person writing about it is not bulk: %j', (text) => {
    expect(bulkReason(own(text))).toBe(false);
  });
});
