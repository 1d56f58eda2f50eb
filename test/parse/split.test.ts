import { describe, test, expect } from '@jest/globals';
import { splitReply, unquote } from '../../src/parse/split.js';

const lines = (...xs: string[]) => xs.join('\n');

describe('reply headers', () => {
  test('Gmail English "On … wrote:" with > quotes', () => {
    const s = splitReply(
      lines('Sure, Tuesday is fine.', '', 'On Mon, Mar 3, 2025 at 4:12 PM Jan de Vries <jan@klant.example> wrote:', '', '> Can we meet on Tuesday?', '>', '> Jan'),
    );
    expect(s.newText).toBe('Sure, Tuesday is fine.');
    expect(s.quotedText).toContain('wrote:');
    expect(unquote(s.quotedText)).toContain('Can we meet on Tuesday?');
  });

  test('Gmail Dutch "Op … schreef …:" wrapped over two lines', () => {
    const s = splitReply(
      lines(
        'Dat is goed.',
        '',
        'Op ma 3 mrt 2025 om 16:12 schreef Jan de Vries <',
        'jan@klant.example>:',
        '',
        '> Kan het dinsdag?',
      ),
    );
    expect(s.newText).toBe('Dat is goed.');
    expect(s.quotedText.startsWith('Op ma 3 mrt 2025')).toBe(true);
  });

  test('"Op … heeft … het volgende geschreven:" (Apple Mail, Dutch)', () => {
    const s = splitReply(
      lines('Top, dank je wel!', '', 'Op 7 mrt. 2025 om 17:45 heeft Joan Prins <joan@prinsweb.example> het volgende geschreven:', '', '> De website staat live.'),
    );
    expect(s.newText).toBe('Top, dank je wel!');
    expect(s.quotedText).toContain('De website staat live.');
  });

  test('short attributions without date or address: "Jan de Vries schreef:"', () => {
    const s = splitReply(lines('Klopt.', '', 'Jan de Vries schreef:', '> Klopt het bedrag?'));
    expect(s.newText).toBe('Klopt.');
    expect(s.quotedText).toBe('Jan de Vries schreef:\n> Klopt het bedrag?');
  });

  test('an attribution followed by unquoted text cuts everything below', () => {
    const s = splitReply(lines('Prima.', '', 'On 3/3/25 10:12, Jan wrote:', 'Could you call me?', '', 'Jan'));
    expect(s.newText).toBe('Prima.');
    expect(s.quotedText).toContain('Could you call me?');
  });

  test('Outlook English block with -----Original Message-----', () => {
    const s = splitReply(
      lines('Yes, please go ahead.', '', '-----Original Message-----', 'From: Joan Prins <joan@prinsweb.example>', 'Sent: Thursday, March 6, 2025 5:10 PM', 'To: Tom', 'Subject: Go ahead?', '', 'Shall I start?'),
    );
    expect(s.newText).toBe('Yes, please go ahead.');
    expect(s.quotedText).toContain('Shall I start?');
  });

  test('Outlook Dutch block "Van:/Verzonden:/Aan:/Onderwerp:" with a horizontal line', () => {
    const s = splitReply(
      lines(
        'Het werkt weer, dank je.',
        '',
        '________________________________',
        'Van: PrinsWeb <info@prinsweb.example>',
        'Verzonden: woensdag 5 maart 2025 16:02',
        'Aan: Pieter Bakker <p.bakker@bakkerij.example>',
        'Onderwerp: Re: Storing',
        '',
        'Wil je het nog eens proberen?',
      ),
    );
    expect(s.newText).toBe('Het werkt weer, dank je.');
    expect(s.quotedText.startsWith('________________________________\nVan: PrinsWeb')).toBe(true);
    expect(s.quotedText).toContain('Wil je het nog eens proberen?');
  });

  test('Outlook Dutch block with -----Oorspronkelijk bericht-----', () => {
    const s = splitReply(
      lines('Akkoord.', '', '-----Oorspronkelijk bericht-----', 'Van: Jan <jan@klant.example>', 'Verzonden: dinsdag 4 maart 2025 10:00', 'Aan: Joan', '', 'Akkoord met de offerte?'),
    );
    expect(s.newText).toBe('Akkoord.');
    expect(s.quotedText).toContain('Akkoord met de offerte?');
  });

  test('a header block that starts with Date: (Hotmail) after a horizontal line', () => {
    const s = splitReply(
      lines('Prima, doe maar.', '', '----------', 'Datum: do 26 jun 2014 13:53', 'Onderwerp: Test', 'Van: jan@klant.example', 'Aan: joan@prinsweb.example', '', 'Zal ik het doen?'),
    );
    expect(s.newText).toBe('Prima, doe maar.');
    expect(s.quotedText.startsWith('----------\nDatum:')).toBe(true);
  });

  test('forward markers: Gmail, Apple Mail, Dutch', () => {
    for (const marker of ['---------- Forwarded message ---------', 'Begin forwarded message:', '---------- Doorgestuurd bericht ----------', 'Begin doorgestuurd bericht:']) {
      const s = splitReply(lines('Kun jij dit oppakken?', '', marker, 'From: Kees <kees@visser.example>', '', 'Hoeveel opslag zit erin?'));
      expect(s.newText).toBe('Kun jij dit oppakken?');
      expect(s.quotedText).toContain('Hoeveel opslag zit erin?');
    }
  });

  test('body text that mentions writing is not a header', () => {
    const body = lines(
      'Op vrijdag schreef ik al dat de factuur niet klopt.',
      'Op 3 maart schreef u: "we passen het aan". Dat is niet gebeurd.',
      'As I wrote before, the invoice is wrong.',
      'Vorige week schreef ik u het volgende:',
      'de levering is op dinsdag.',
      'Here is what you wrote:',
      'the price is fixed.',
      'From: the moment we signed, nothing happened.',
      '',
      'Kun je het aanpassen?',
    );
    const s = splitReply(body);
    expect(s.quotedText).toBe('');
    expect(s.newText).toBe(body);
  });
});

describe('> quoting', () => {
  test('nested quotes all go to quotedText', () => {
    const s = splitReply(lines('Agreed.', '', '> I think so.', '>', '>> Is it ready?', '>>> Almost.'));
    expect(s.newText).toBe('Agreed.');
    expect(s.quotedText.split('\n')).toHaveLength(4);
  });

  test('inline answers: own lines stay new, quoted lines quoted', () => {
    const s = splitReply(
      lines(
        'Hoi Joan,',
        '',
        'Op 10-03-2025 om 15:00 schreef Joan Prins:',
        '> 1. Welke kleuren wil je?',
        '',
        'Blauw en wit.',
        '',
        '> 2. Heb je al teksten?',
        '',
        'Nog niet.',
        '',
        '> 3. Wie is de contactpersoon?',
        '',
        'Groeten,',
        'Jan',
      ),
    );
    expect(s.newText).toBe('Hoi Joan,\n\nBlauw en wit.\n\nNog niet.');
    expect(s.signature).toBe('Groeten,\nJan');
    expect(s.quotedText).toContain('> 3. Wie is de contactpersoon?');
    expect(s.quotedText).not.toContain('Blauw');
  });

  test('bottom posting: the quote first, the answer below', () => {
    const s = splitReply(lines('> Can you send the invoice?', '', 'Sent it this morning.'));
    expect(s.newText).toBe('Sent it this morning.');
    expect(s.quotedText).toBe('> Can you send the invoice?');
  });
});

describe('signatures', () => {
  test('"-- " separator', () => {
    const s = splitReply(lines('See you then.', '', '-- ', 'Sarah Miller', 'Client Ltd.'));
    expect(s.newText).toBe('See you then.');
    expect(s.signature).toBe('--\nSarah Miller\nClient Ltd.');
  });

  test.each([
    ['Sent from my iPhone'],
    ['Verzonden vanaf mijn iPhone'],
    ['Verstuurd vanaf mijn Samsung Galaxy'],
    ['Verzonden vanuit Outlook voor Android'],
    ['Get Outlook for iOS'],
  ])('mobile footer %s', (footer) => {
    const s = splitReply(lines('Prima, tot morgen.', '', footer));
    expect(s.newText).toBe('Prima, tot morgen.');
    expect(s.signature).toBe(footer);
  });

  test('"Met vriendelijke groet," block; the greeting at the top stays', () => {
    const s = splitReply(lines('Beste Joan,', '', 'Wanneer komt de offerte?', '', 'Met vriendelijke groet,', '', 'Pieter Bakker', 'Bakkerij Bakker', '06-12345678'));
    expect(s.newText).toBe('Beste Joan,\n\nWanneer komt de offerte?');
    expect(s.signature.startsWith('Met vriendelijke groet,')).toBe(true);
    expect(s.signature).toContain('06-12345678');
  });

  test.each([['Groet, Jan'], ['Best regards,\nTom'], ['Kind regards'], ['Thanks,\nTom'], ['Mvg,\nJan'], ['Groetjes,\nAnna']])('sign-off %j', (signOff) => {
    const s = splitReply(lines('Could you send it today?', '', signOff));
    expect(s.newText).toBe('Could you send it today?');
    expect(s.signature).toBe(signOff);
  });

  test('a thank-you that is the message is not a signature', () => {
    expect(splitReply('Thanks, that is all!').newText).toBe('Thanks, that is all!');
    expect(splitReply('Top, dank je wel!').newText).toBe('Top, dank je wel!');
    const s = splitReply(lines('Bedankt voor de snelle hulp!', '', 'Jan'));
    expect(s.newText).toBe('Bedankt voor de snelle hulp!\n\nJan');
    expect(splitReply(lines('Thanks for the quick reply.', 'It works now.')).signature).toBe('');
  });

  test('a sign-off inside the text (long text below it) is not a signature', () => {
    const long = 'This paragraph is long enough to be real content and not a name or a phone number in a signature block.';
    const s = splitReply(lines('Hi,', '', 'Regards', long));
    expect(s.signature).toBe('');
  });
});

test('CRLF input gives LF output', () => {
  const s = splitReply('Ja.\r\n\r\nOp 3 mrt. 2025 schreef Jan <jan@klant.example>:\r\n> Akkoord?\r\n');
  expect(s.newText).toBe('Ja.');
  expect(s.quotedText).toBe('Op 3 mrt. 2025 schreef Jan <jan@klant.example>:\n> Akkoord?');
});
