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

  describe('mailings without list headers, by content and form', () => {
    test.each([
      // a call for papers: its subject, its words and a letter-spaced layout
      [{ own: 'C A L L   F O R   P A P E R S\n\n                    Crete, 12-15 June\n                    Submissions by 1 March\n\nWe invite contributed papers.', subject: 'FINAL CALL FOR PAPERS' }],
      [{ own: 'Beste onderzoeker,\n\nDe call for papers voor het congres van 2027 is geopend: stuur uw bijdrage voor 1 maart. U ontvangt deze oproep via onze mailinglijst.', subject: 'Call for papers NVO-congres' }],
      // a press release: its dateline and a mailbox named after the organisation
      [{ own: 'Dulles, VA -- January 25, 2027 - The agency will display its new storage survey at the spring forum.', from: 'gasforum@gasforum.example' }],
      [{ own: 'UTRECHT, 12 maart 2027 - Het energiecongres opent dit jaar met een sessie over opslag.', from: 'energiecongres@energiecongres.example' }],
      // a form letter: the reader's own address block above the greeting, and an announcement
      [{ own: 'Acme Trading Corp.\nVince Kaminski\n1400 Smith Street\nHouston, TX 77002\n\nDear Vince Kaminski,\n\nThis is to inform you of the release of Forecaster 2.2.' }],
      [{ own: 'Bakkerij De Bakker\nWim de Bakker\nDorpsstraat 12\n1234 AB Ons Dorp\n\nBeste Wim de Bakker,\n\nWij zijn een van de snelst groeiende leveranciers van verpakkingen in Nederland.' }],
      // fares and prices, with a mailbox of a role
      [{ own: 'Our lowest fares of the year: save up to 60% on flights to Lisbon.', from: 'info@fares.example' }],
      [{ own: 'Deze week 30% korting op alle vluchten naar Lissabon: de laagste prijzen van het jaar.', from: 'info@vliegreizen.example' }],
      // a club's mailing list in its own words
      [{ own: 'Dear Alumni,\n\nWe will be e-mailing you periodically about events you might like to attend.' }],
      [{ own: 'Beste oud-leden,\n\nVoortaan sturen we u maandelijks een nieuwsbrief. Meld ook uw jaargenoten aan voor onze mailinglijst.' }],
      // a recruiter's sales pitch
      [{ own: 'Glocap is one of the fastest growing recruiting firms in the nation. Thank you for taking the time to consider our service.' }],
      [{ own: 'Wij zijn een van de grootste bureaus van het land. Wilt u kennismaken met onze diensten? Bel ons gerust.\nVoortaan ontvangt u wekelijks een bericht met kandidaten.' }],
      // a system notice: documents waiting for the reader
      [{ own: 'Dear Representative of Acme Trading. There are new confirmations available for your review at https://confirms.example/docs' }],
      [{ own: 'Geachte vertegenwoordiger van Bakkerij De Bakker. Er wachten drie facturen op uw goedkeuring.', from: 'meldingen@facturen.example' }],
      // a booking receipt laid out in capitals
      [{ own: 'AGENT AA/HM BOOKING REF YVEGYS\nTAYLOR/MARK E\nETKT RECEIPT\nCONTINENTAL AIRLINES 18OCT HOUSTON TX\nCO 616 T THU G.BUSH INTERCO\nRESERVATION CONFIRMED 2:48 DURATION\nNORTHWEST AIRLINES 18OCT MINNEAPOLIS MN\nNW 5626 V THU ST PAUL INTL\nNON SMOKING TERMINAL L\nFLIGHT OPERATED BY 9E EXPRESS' }],
      [{ own: 'RESERVERINGSNUMMER KX81Q\nVLUCHT KL 1234 AMSTERDAM - LISSABON\nVERTREK 09:40 AANKOMST 12:05\nSTOEL 14A BEVESTIGD\nBAGAGE 1 STUK 23 KG\nVLUCHT KL 1235 LISSABON - AMSTERDAM\nVERTREK 13:00 AANKOMST 16:40\nSTOEL 14A BEVESTIGD' }],
      // marketing footers
      [{ own: 'You have received this message because you subscribed to our fare alerts. This email was sent to: joan@prinsweb.example' }],
      [{ own: 'U heeft deze e-mail ontvangen omdat u zich hebt aangemeld voor onze tarievenservice.' }],
    ])('%j is a mailing', (input) => {
      expect(bulkReason(input)).not.toBe(false);
    });

    test.each([
      // one sign alone is a person (or a firm) writing
      [{ own: 'Hi Joan, the call for papers closes Friday. Shall I send in our abstract?', subject: 'Call for papers' }],
      [{ own: 'Hoi Joan, de call for papers sluit vrijdag. Zal ik ons abstract insturen?' }],
      [{ own: 'Houston, January 25, 2027\n\nDear Joan, please find our comments on the draft agreement below.' }],
      [{ own: 'Utrecht, 12 maart 2027\n\nBeste Joan, hierbij onze opmerkingen bij de conceptovereenkomst.' }],
      [{ own: 'Hi Joan, can you book the flight? The lowest fares are on Tuesday.', from: 'tom@harbourcafe.example' }],
      [{ own: 'Hoi Joan, kun jij de vlucht boeken? Dinsdag zijn de laagste prijzen.', from: 'wim@bakkerijdebakker.example' }],
      [{ own: 'Mr. Joan Prins\nPrins Web\nKeizersgracht 1\n\nDear Mr. Prins,\n\nOn behalf of our client we ask you to confirm the termination date.' }],
      [{ own: 'Mevrouw J. Prins\nPrins Web\nKeizersgracht 1\n\nGeachte mevrouw Prins,\n\nNamens onze cliënt vragen wij u de einddatum te bevestigen.' }],
      [{ own: 'Our booking reference is KX81Q; could you move the dinner to 8?' }],
      [{ own: 'Ons reserveringsnummer is KX81Q; kun je het diner naar acht uur verzetten?' }],
    ])('%j is not a mailing', (input) => {
      expect(bulkReason(input)).toBe(false);
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
