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
    ['If you no longer wish to receive occasional e-mails from us, reply with REMOVE.', 'unsubscribe'],
    ['To stop receiving these issues, simply reply to this e-mail and let us know.', 'unsubscribe'],
    ['Wilt u geen uitnodigingen meer ontvangen, stuur dan een mail naar info@vereniging.example.', 'unsubscribe'],
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

  describe('promotional mail: two different signs of a mailing together', () => {
    test.each([
      ['Dear subscribers,\nOur spring issue is out.', 'en'],
      ['Dear Student,\n\nYour lesson is attached. To view it online, please click here:\nhttps://lessons.example/fr/1015\nor copy and paste the above url into your browser.', 'en'],
      ['Sign up now for our two-day course!\nFree trial issues for the first month.\nRead our privacy policy at https://training.example/privacy', 'en'],
      ['Dear list member,\nWe have improved our alert services for 2026.', 'en'],
      ['Anna has invited you to "Summer barbecue".\nClick below to see the invitation and RSVP.\nhttps://invites.example/r?id=ABC', 'en'],
      ['[image: logo]\n[image: banner]\n[image: offer]\nThis week only: book now and save 30%.', 'en'],
      ['Beste klant,\nDeze week hebben we een speciale aanbieding voor u.', 'nl'],
      ['Klik hier voor de nieuwe collectie.\nBestel nu en ontvang gratis verzending.\n© 2026 Modehuis. Alle rechten voorbehouden.', 'nl'],
      ['Beste abonnee,\nHet nieuwe nummer staat voor u klaar.', 'nl'],
      ['We would appreciate your feedback. Please take a moment to fill out our brief survey at https://conf.example/survey', 'en'],
      ['Acme is pleased to announce version 2.2. Please take a moment to check out the changes at https://acme.example/new', 'en'],
      ['Wij zijn trots om onze nieuwe versie aan te kondigen. Vul onze korte enquête in via https://acme.example/enquete', 'nl'],
      ['Werkt de link niet? Kopieer de link en plak hem in je browser: https://uitnodiging.example/r/1\nLees ons privacybeleid op https://uitnodiging.example/privacy', 'nl'],
    ])('%j is promotional (%s)', (text) => {
      expect(bulkReason(own(text))).toBe('promotional');
    });

    test('a newsletter mailbox or mailing host is one sign; with another it is a mailing', () => {
      const text = 'Click here for this week\'s deals on flights to Lisbon.';
      expect(bulkReason({ own: text })).toBe(false);
      expect(bulkReason({ own: text, from: 'specials@email.airline.example' })).toBe('promotional');
      expect(bulkReason({ own: 'Klik hier voor de aanbiedingen van deze week.', from: 'nieuwsbrief@winkel.example' })).toBe('promotional');
      expect(bulkReason({ own: 'Please review. Click here to open the reports.', from: 'shop_updates@expenses.example' })).toBe('promotional');
      expect(bulkReason({ own: 'Klik hier om de facturen te bekijken.', from: 'meldingen.facturen@boekhouding.example' })).toBe('promotional');
      // a person at the organisation's own domain, or at a host merely called "mail", is no sign
      expect(bulkReason({ own: text, from: 'sarah@airline.example' })).toBe(false);
      expect(bulkReason({ own: 'Klik hier voor de foto\'s van zaterdag.', from: 'jan@mail.devries.example' })).toBe(false);
    });

    test.each([
      'Hi Joan, click here for the photos of Saturday: https://photos.example/album/12. Could you pick three for the site?',
      'Dear customers of the old shop were all moved to the new system, as you asked.',
      'Our privacy policy needs a new paragraph about cookies. Can you draft it?',
      'Hoi Joan, klik hier voor de foto\'s van zaterdag: https://fotos.example/album/12. Kies jij er drie voor de site?',
      'Ons privacybeleid moet een alinea over cookies krijgen. Wil jij die schrijven?',
      'Hi Joan, we are pleased to announce that the shop opens on Friday. Will you put it on the site?',
      'Hoi Joan, wil je de enquête van vorige week nog invullen? Dan kan ik de uitslag maken.',
      // a club or a course greets its group so too: the addressing judgement (recipients) decides those
      'Beste leden,\nOp 20 november is de ledenvergadering. Komt iedereen op tijd?',
      'Dear members,\nThe annual meeting is on 20 November in the club house.',
      'Beste Joan, de klant wil de offerte vandaag nog. Lukt dat?',
    ])('one sign, or none, is a person writing: %j', (text) => {
      expect(bulkReason(own(text))).toBe(false);
    });
  });

  describe('bounded "A, then B within N characters" signs (two patterns and a scan, issue 9)', () => {
    test('en + nl: "to unsubscribe" with a link or a way within 80 characters of its line; a question or a far link is none', () => {
      expect(bulkReason(own('To opt out of these mails, just go to the settings page.'))).toBe('unsubscribe');
      expect(bulkReason(own('Om je af te melden voor deze berichten kun je hier terecht.'))).toBe('unsubscribe');
      expect(bulkReason(own('Do I need to unsubscribe first, or will you remove me from www.list.example?'))).toBe(false);
      expect(bulkReason(own(`Om u af te melden ${'moet u eerst heel even inloggen op de oude omgeving van de vereniging, '.repeat(2)}en dan hier.`))).toBe(false);
    });
    test('en + nl: "copy the link into your browser" and three image placeholders are two signs; one alone is not', () => {
      expect(bulkReason(own('If the button does not work, copy this link into your browser.\n[image: logo]\n[image: banner]\n[cid:image003.png@01DA]'))).toBe('promotional');
      expect(bulkReason(own('Werkt de knop niet? Kopieer de link en plak hem in je browser.\n[afbeelding: logo]\n[IMAGE]\n[img]'))).toBe('promotional');
      expect(bulkReason(own('Copy the table into the spreadsheet, please. [image: chart]'))).toBe(false);
      expect(bulkReason(own('Kopieer de tekst naar de offerte. [afbeelding: plattegrond]'))).toBe(false);
    });
    test('a long run of openers costs a scan, not its square', () => {
      const t0 = performance.now();
      bulkReason(own('[image:'.repeat(20_000) + '\n' + 'copy '.repeat(20_000) + '\n' + 'to unsubscribe '.repeat(10_000)));
      expect(performance.now() - t0).toBeLessThan(2_000);
    });
  });
});
